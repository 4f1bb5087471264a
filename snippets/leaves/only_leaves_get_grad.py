# backward() fills .grad only in leaves that require grad.
# x is a leaf too, but it asked for no gradient, so nothing is stored for it.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)  # leaf, requires grad
x = torch.tensor([3.0, 4.0])  # leaf, does not require grad
loss = (w * x).sum()  # d loss / dw = x
loss.backward()

print("w.grad:", w.grad.tolist())
print("x.grad:", x.grad)

# The diagram on the page: the grad_fn graph of these tensors, walked after this run.
# graph: loss
