# Fix: ask for it with retain_grad() BEFORE backward(). d = mean(2b) over 4
# elements, so dd/db = 2/4 = 0.5 for every element.
import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
b = a**2
b.retain_grad()  # keep the gradient that flows through b
d = (b * 2).mean()
d.backward()
print("b.grad:", b.grad.tolist())
