# The several-losses article (see Sources), question 2: why does
# z.backward(t) leave x.grad and y.grad as None?
# z is a leaf: its "graph" is the identity, so the call just does z.grad += t.
# t is the upstream gradient, a constant: nothing flows into t's own graph.
import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y
z.backward(t)
print("z.grad == t:", torch.equal(z.grad, t))
print("x.grad:", x.grad, "| y.grad:", y.grad)
print("still leaves: x", x.is_leaf, "| y", y.is_leaf, "| z", z.is_leaf)

z.grad = None
z.backward(t.detach())  # a detached t gives the same result: t is used as a number
print("same with t.detach():", torch.equal(z.grad, t))
