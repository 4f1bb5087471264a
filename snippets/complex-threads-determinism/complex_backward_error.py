# backward() with no argument needs a REAL scalar output: the implicit
# seed 1.0 is the gradient of a real loss. A complex scalar is refused.
import torch

z = torch.tensor(1 + 2j, requires_grad=True)
s = z * z  # complex64 scalar, holomorphic
print("s:", s.item(), s.dtype)
s.backward()
