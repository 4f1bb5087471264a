# Why "equal up to rounding" and not bit-identical: float addition is not associative.
# Separate backward() calls add the per-loss gradients at the leaf, one at a time;
# one backward() of the sum adds them earlier, at the nodes the losses share.
import torch

one, big = torch.tensor(1.0), torch.tensor(1e8)  # float32, like the gradients
print("(1 + 1e8) - 1e8 =", ((one + big) - big).item())
print("1 + (1e8 - 1e8) =", (one + (big - big)).item())
