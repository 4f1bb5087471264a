# Every kind of backward hook on one small model, and the order in
# which one backward() call fires them.
import torch
from torch import nn
from torch.autograd.graph import register_multi_grad_hook

torch.manual_seed(0)
lin1 = nn.Linear(2, 3)
lin2 = nn.Linear(3, 1)
x = torch.tensor([[1.0, -1.0]])  # input data: no grad
trace = []


def log(event):
    # A hook that only records its name (and returns None).
    return lambda *args: trace.append(event)


w1, w2 = lin1.weight, lin2.weight
w1.register_hook(log("w1: tensor hook"))
w1.register_post_accumulate_grad_hook(log("w1: post-accumulate hook"))
w2.register_hook(log("w2: tensor hook"))
w2.register_post_accumulate_grad_hook(log("w2: post-accumulate hook"))
register_multi_grad_hook([w1, w2], log("w1+w2: multi hook, all"))
register_multi_grad_hook(
    [w1, w2], log("w1+w2: multi hook, any"), mode="any"
)
lin2.register_full_backward_pre_hook(log("lin2: module pre-hook"))
lin2.register_full_backward_hook(log("lin2: module hook"))

h = lin1(x)
a = h.relu()
h.register_hook(log("h: tensor hook"))
a.register_hook(log("a: tensor hook"))
a.grad_fn.register_prehook(log("a.grad_fn: node pre-hook"))
a.grad_fn.register_hook(log("a.grad_fn: node hook"))
out = lin2(a)
loss = out.sum()

loss.backward()
for i, event in enumerate(trace):
    print(f"{i:2d} {event}")

# graph: loss
