# The three-output network of the Russian notebook (see Sources):
# three backward() calls (retain_graph) versus one backward() of the
# sum versus an in-place `loss1 += loss2 + loss3`.
import math

import torch


def losses():
    x = torch.linspace(0.0, 2.0 * math.pi, steps=25, requires_grad=True)
    a = torch.sin(x)
    b = torch.tan(a * a)
    loss1 = torch.sin(b + b * b).sum()
    d = torch.cos(2 * a + 1)
    loss2 = d.sum()
    loss3 = torch.sin(d).sum()
    return x, loss1, loss2, loss3


x, loss1, loss2, loss3 = losses()
print(f"loss1 = {loss1.item():.4f}")
loss1.backward(retain_graph=True)
loss2.backward(retain_graph=True)
loss3.backward()
separate = x.grad

x, loss1, loss2, loss3 = losses()
(loss1 + loss2 + loss3).backward()
summed = x.grad

x, loss1, loss2, loss3 = losses()
loss1 += loss2 + loss3  # in place on a non-leaf 0-d tensor: allowed, loss1 is now the sum
print(f"loss1 after += : {loss1.item():.4f}")
loss1.backward()
in_place = x.grad

torch.set_printoptions(precision=4, sci_mode=False, linewidth=40)  # fits a phone
print("gradient over the input (separate calls):")
print(separate)
print("summed == separate up to rounding:", torch.allclose(summed, separate, atol=1e-6))
print("in-place sum == summed up to rounding:", torch.allclose(in_place, summed, atol=1e-6))
print("summed and separate bit-identical:", torch.equal(summed, separate))
torch.set_printoptions(profile="default")  # print options are global: restore them
