# The same three gradients accumulated into w.grad in two orders.
# Float addition is not associative, so the two results can differ
# in the last bits. No thread here: the order is fixed by the code.
import torch

torch.manual_seed(0)
g = [torch.rand(1000) for _ in range(3)]  # positive contributions


def accumulate(order):
    w = torch.zeros(1000, requires_grad=True)
    for i in order:
        (w * g[i]).sum().backward()  # w.grad += g[i]
    return w.grad


a = accumulate([0, 1, 2])  # (g0 + g1) + g2
b = accumulate([2, 1, 0])  # (g2 + g1) + g0
print("bitwise equal:", torch.equal(a, b))
print("allclose:", torch.allclose(a, b))
# For positive float32 values, the distance in ulps (units in the
# last place) is the difference of their bit patterns as integers.
ulps = (a.view(torch.int32) - b.view(torch.int32)).abs()
print("elements that differ:", int((ulps > 0).sum()), "of", a.numel())
print("largest difference in ulps:", int(ulps.max()))
