# .data gives a tensor that autograd does not track: changing it in place is not
# seen by the version counter, and backward() silently uses the changed value.
# d/da sum(exp(a)) = exp(a) = 1 at a = 0; exp() saved its output, which .data doubled.
import torch

a = torch.zeros(3, requires_grad=True)
out = a.exp()
out.data.mul_(2)  # no error, no warning
out.sum().backward()
print("a.grad (true value 1.0):", a.grad.tolist())
