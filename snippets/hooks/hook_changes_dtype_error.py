# The replacement must also keep the tensor's dtype (and device).
# A typical slip: a hook on a bfloat16 parameter that returns its
# gradient in float32.
import torch

p = torch.tensor([1.0, 2.0], dtype=torch.bfloat16, requires_grad=True)


def to_float32(grad):
    return grad.float()  # float32 for a bfloat16 tensor


p.register_hook(to_float32)
(p * p).sum().backward()
