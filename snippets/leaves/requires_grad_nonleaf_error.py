# The flag of a NON-leaf cannot be changed: it is decided by its inputs.
# To use an intermediate result as a constant, take h.detach() instead.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 3  # non-leaf: requires_grad=True because w requires grad
print("h.is_leaf:", h.is_leaf)
h.requires_grad_(False)
