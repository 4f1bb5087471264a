# The gradient passed to backward() must have exactly the output's shape.
# Two numbers for a three-element output: which output would go without a weight?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x  # shape [3]
y.backward(torch.tensor([1.0, 1.0]))  # shape [2]
