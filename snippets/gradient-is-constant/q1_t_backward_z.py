# The several-losses article (see Sources), question 1: why does
# t.backward(z) leave z.grad as None?
# t = x + y does not involve z: its graph reaches only the leaves x and y.
# z is passed as the numeric upstream gradient and is not differentiated.
import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y
nodes = [fn for fn, _ in t.grad_fn.next_functions]
print("t.grad_fn:", type(t.grad_fn).__name__, "->", [type(fn).__name__ for fn in nodes])
print("those nodes hold x and y:", nodes[0].variable is x, nodes[1].variable is y)

t.backward(z)  # x.grad += z^T dt/dx = z, y.grad += z
print("x.grad == z:", torch.equal(x.grad, z), "| y.grad == z:", torch.equal(y.grad, z))
print("z.grad:", z.grad, "| z.is_leaf:", z.is_leaf)
print("x.grad.requires_grad:", x.grad.requires_grad, "(z entered as a plain number)")
