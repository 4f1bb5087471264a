# The same change through detach(): the detached tensor shares memory AND the
# version counter, so autograd notices and refuses to compute a wrong gradient.
import torch

a = torch.zeros(3, requires_grad=True)
out = a.exp()
out.detach().mul_(2)
out.sum().backward()
