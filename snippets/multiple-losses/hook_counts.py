# Separate backward() calls run the shared trunk's backward once per call;
# one backward() of the sum runs it once. A hook on a trunk parameter counts it.
import torch
from torch import nn

torch.manual_seed(0)
trunk = nn.Linear(8, 8)
head_a, head_b = nn.Linear(8, 1), nn.Linear(8, 1)
x = torch.randn(4, 8)

calls = []
trunk.weight.register_hook(lambda grad: calls.append("trunk.weight"))


def losses():
    h = torch.relu(trunk(x))
    return head_a(h).pow(2).mean(), head_b(h).abs().mean()


loss_a, loss_b = losses()
loss_a.backward(retain_graph=True)
loss_b.backward()
separate = trunk.weight.grad.clone()
print("separate calls: hook fired", len(calls), "times")

calls.clear()
trunk.weight.grad = None
loss_a, loss_b = losses()
(loss_a + loss_b).backward()
print("one call on the sum: hook fired", len(calls), "time")
print("same gradient (allclose):", torch.allclose(separate, trunk.weight.grad))
