# The 2x2 example of the CSDN post (see Sources):
# out = mean(3 * (x + 2)^2) at x = 1 everywhere.
# d out / dx_ij = (1/4) * 6 * (x_ij + 2) = 1.5 * 3 = 4.5 for each of the four entries.
import torch

x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()  # a 0-d tensor: backward() needs no argument
out.backward()
print("out.backward():", x.grad.tolist())

x.grad = None
out = ((x + 2) * (x + 2) * 3).mean()
out.backward(torch.tensor(1.0))  # the explicit form: a 0-d gradient for a 0-d output
print("out.backward(torch.tensor(1.0)):", x.grad.tolist())
