# The two calls of the several-losses article (see Sources) are the
# two halves of the product rule for loss = t . z:
# d loss/d(x, y) = z (via t.backward(z)) and d loss/dz = t (via z.backward(t)).
# Together they give exactly the gradient of the dot product.
import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y

t.backward(z.detach(), retain_graph=True)  # half 1: z held constant
z.backward(t.detach())  # half 2: t held constant
halves = (x.grad, y.grad, z.grad)

full = torch.autograd.grad(t.dot(z), (x, y, z))  # differentiates both factors
same = all(torch.equal(a, b) for a, b in zip(halves, full))
print("halves == autograd.grad(t.dot(z), (x, y, z)):", same)

x.grad = y.grad = z.grad = None
t.dot(z).backward()  # the seed's loss.backward()
same = all(torch.equal(a, b.grad) for a, b in zip(halves, (x, y, z)))
print("halves == t.dot(z).backward():            ", same)
