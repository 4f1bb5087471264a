# Writing into part of a leaf (w[0] = ...) is an in-place operation on a view of it:
# refused for the same reason as an in-place operation on the whole leaf.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w[0] = 0.0  # e.g. "zero the first weight"
