# The `gradient` passed to backward() must have exactly the shape of the output:
# it holds d(something)/d(output), one entry per output element.
import torch

x = torch.ones(3, requires_grad=True)
y = 2 * x  # shape [3]
y.backward(torch.ones(2))  # shape [2]
