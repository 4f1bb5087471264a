# The same change through .detach() (the supported way to get an untracked view)
# shares autograd's version counter, so backward() detects it and refuses to
# compute a wrong gradient.
import torch

a = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
b = a.exp()  # ExpBackward0 saves its output b (version 0)
b.detach().zero_()  # bumps the version of b to 1
b.sum().backward()
