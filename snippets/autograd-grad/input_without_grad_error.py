# Every input passed to autograd.grad must require grad: a plain tensor has
# no place in the graph to receive a gradient.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
c = torch.tensor([3.0, 4.0])  # plain tensor
y = (x * c).sum()
torch.autograd.grad(y, [x, c])
