# Integers cannot require grad. The usual way to meet it: a
# tensor written with integer literals is int64.
import torch

print(torch.tensor([1, 2, 3]).dtype)
w = torch.tensor([1, 2, 3], requires_grad=True)
