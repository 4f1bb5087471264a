# The CSDN post (see Sources) says out.backward() is the same as
# out.backward(torch.Tensor([1.0])).
# Not any more: out is 0-d (shape []), torch.Tensor([1.0]) has shape [1], and
# the gradient must match the output's shape exactly. Use torch.tensor(1.0).
import torch

x = torch.ones(2, 2, requires_grad=True)
out = ((x + 2) * (x + 2) * 3).mean()
gradient = torch.Tensor([1.0])  # the legacy constructor: a 1-d tensor
print("out has shape", tuple(out.shape), "- the gradient has shape", tuple(gradient.shape))
out.backward(gradient)
