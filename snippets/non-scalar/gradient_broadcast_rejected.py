# Not even a broadcastable gradient is accepted: [1, 3] broadcasts against [3]
# in ordinary arithmetic, but backward() demands the output's exact shape.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x  # shape [3]
v = torch.tensor([[1.0, 1.0, 1.0]])  # shape [1, 3]
print("y * v broadcasts to shape", tuple((y * v).shape))
y.backward(v)
