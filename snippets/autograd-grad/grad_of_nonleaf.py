# autograd.grad takes any tensor of the graph as an input, leaf or not:
# no retain_grad(), no inputs=, and no .grad is written anywhere.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
h = a * 3  # non-leaf
loss = (h**2).sum()
(dloss_dh,) = torch.autograd.grad(loss, h)

print("dloss/dh:", dloss_dh.tolist())  # 2h = [6, 12]
print("h.retains_grad:", h.retains_grad, " a.grad:", a.grad)
