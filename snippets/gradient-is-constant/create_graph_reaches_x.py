# With create_graph=True the gradient itself is recorded in a graph. z.grad = t then
# carries a grad_fn whose graph leads back to x. x.grad is still None: z's gradient
# depends on x only in this higher-order graph, not in the gradients backward() wrote.
import warnings

import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    z.backward(t, create_graph=True)
node = z.grad.grad_fn
parents = [type(fn).__name__ for fn, _ in node.next_functions if fn is not None]
print("z.grad.grad_fn:", type(node).__name__, "->", parents, "(the node of t = x + y)")
print("x.grad:", x.grad)

(dgrad_dx,) = torch.autograd.grad(z.grad.sum(), x)  # d/dx of sum(z.grad) = d/dx sum(x + y)
print("d sum(z.grad) / dx =", dgrad_dx.tolist())
for w in caught:  # backward() with create_graph=True warns about a reference cycle
    print(f"{w.category.__name__}: {str(w.message).split(' (Triggered internally at')[0]}")
z.grad = None  # break the cycle, as the warning advises
