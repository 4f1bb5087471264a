# To differentiate loss = t . z with respect to x, y AND z, call backward() on the
# loss itself: z is then part of the graph. dl/dx = dl/dy = z, dl/dz = t.
import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y
loss = t.dot(z)
loss.backward()
print("x.grad == z:", torch.equal(x.grad, z), "| y.grad == z:", torch.equal(y.grad, z))
print("z.grad == t:", torch.equal(z.grad, t))
print("still leaves:", x.is_leaf, y.is_leaf, z.is_leaf)
