# NumPy arrays have no autograd: converting a tensor that is part of a graph would
# silently drop the graph, so PyTorch asks you to do that explicitly.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
pred = 3 * w
print("pred.requires_grad:", pred.requires_grad)
pred.numpy()
