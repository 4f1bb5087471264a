# In code and in words: backward() starts at the roots you pass as `tensors` and
# accumulates into leaves; `inputs=` picks which leaves receive a gradient.
import torch

w = torch.tensor(2.0, requires_grad=True)  # leaf
b = torch.tensor(1.0, requires_grad=True)  # leaf
loss = (3 * w + b) ** 2  # root: (6 + 1)^2 = 49

torch.autograd.backward(tensors=[loss], inputs=[w])  # only w: d/dw = 2 * 7 * 3
print("w.grad:", w.grad.item(), "| b.grad:", b.grad)
