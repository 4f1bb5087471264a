# Under the pinned PyTorch, a mode "all" group hook fails under
# torch.autograd.grad when grad() is asked for a leaf of the group:
# to count what it waits for, it asks the engine whether the leaf's
# AccumulateGrad node will run, and grad() never runs that node.
import torch
from torch.autograd.graph import register_multi_grad_hook

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
register_multi_grad_hook((a, b), lambda grads: print("all fired"))

loss = (a * b).sum()
loss.backward(retain_graph=True)  # fine
torch.autograd.grad(loss, (a, b))  # fails
