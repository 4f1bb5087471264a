# Tests 1 and 2 of the several-losses article (see Sources):
# t.backward(z), then z.backward(t). The second call adds nothing to
# x.grad: without zeroing it keeps the first call's value (test 1);
# zeroed in between, it stays zero (test 2).
import torch


def fresh():
    torch.manual_seed(0)
    x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
    return x, y, z, x + y


x, y, z, t = fresh()
t.backward(z, retain_graph=True)
first = x.grad.clone()
z.backward(t)
print("test 1: x.grad unchanged by z.backward(t):", torch.equal(x.grad, first))

x, y, z, t = fresh()
t.backward(z, retain_graph=True)
x.grad.zero_()
y.grad.zero_()
z.backward(t)
zeros = torch.zeros(3)
still_zero = torch.equal(x.grad, zeros) and torch.equal(y.grad, zeros)
print("test 2: x.grad and y.grad still zero:", still_zero)
