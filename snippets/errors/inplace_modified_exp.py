# exp() saves its OUTPUT for the backward pass (d/dx exp(x) = exp(x)).
# Changing that output in place bumps its version counter, and backward() refuses
# to use a saved tensor whose version moved since it was saved.
import torch

x = torch.zeros(3, requires_grad=True)
y = x.exp()  # saved by ExpBackward0 at version 0
print("version of y after exp():", y._version)
y.add_(1)  # in place: y is now at version 1
print("version of y after add_():", y._version)
y.sum().backward()
