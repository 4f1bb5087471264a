# Old tutorials reset gradients with x.grad.data.zero_(). Since PyTorch 2.0
# optimizer.zero_grad() sets .grad to None, and the old line then crashes.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([x], lr=0.1)
(x**2).sum().backward()
x.grad.data.zero_()  # still works while .grad is a tensor
print("after x.grad.data.zero_():", x.grad.tolist())
optimizer.zero_grad()  # set_to_none=True by default
print("after optimizer.zero_grad():", x.grad)
x.grad.data.zero_()
