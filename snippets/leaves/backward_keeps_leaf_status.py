# The questions of the several-losses article (see Sources): after
# t.backward(z), z.grad is None. z is still a leaf: backward() does not
# change leaf status. z simply is not in t's graph (t = x + y); it
# only supplies the weights of t.
import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y
t.backward(z)  # vector-Jacobian product: x.grad = y.grad = z

print("x.grad == z:", torch.equal(x.grad, z), " y.grad == z:", torch.equal(y.grad, z))
print("z.grad:", z.grad)
print("still leaves:", x.is_leaf, y.is_leaf, z.is_leaf)
print("inputs of t's grad_fn:", [type(fn).__name__ for fn, _ in t.grad_fn.next_functions])
