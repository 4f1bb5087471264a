# Two losses on one graph, two backward() calls, no retain_graph: the second fails.
# Shapes and formulas of the multi-head notebook (see Sources); the
# first call frees the tensors that b = a ** 2 saved for its backward,
# and the second call needs them again.
import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
b = a**2  # saves a, to compute 2 * a later
c = b * 2
d = c.mean()
e = c.sum()

d.backward()  # frees the saved tensors of the whole graph behind d
print("d.backward() worked, a.grad has shape", tuple(a.grad.shape))
e.backward()  # walks through b = a ** 2 again: its saved `a` is gone
