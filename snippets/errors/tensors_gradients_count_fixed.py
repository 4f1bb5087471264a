# Fix: give one gradient per tensor. For scalar losses the gradients act as weights:
# backward([l1, l2], [a, b]) equals (a * l1 + b * l2).backward().
import torch

w = torch.tensor(2.0, requires_grad=True)
loss1, loss2 = w**2, 3 * w  # d/dw: 2w = 4 and 3
torch.autograd.backward([loss1, loss2], [torch.tensor(1.0), torch.tensor(0.5)])
print("backward with two weights:", w.grad.item())  # 1 * 4 + 0.5 * 3

w.grad = None
loss1, loss2 = w**2, 3 * w
(1.0 * loss1 + 0.5 * loss2).backward()
print("backward of the weighted sum:", w.grad.item())
