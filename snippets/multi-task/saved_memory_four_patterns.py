# Peak memory held by saved tensors for four ways of training two heads on a trunk.
# pack() runs for every tensor the forward pass saves; we count each storage once,
# skip the parameters (the model holds them anyway), and a finalizer on the alias
# handed to autograd subtracts the bytes when the graph lets that saved tensor go.
import weakref

import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU())
reg_head, cls_head = nn.Linear(512, 1), nn.Linear(512, 10)
model = nn.ModuleList([trunk, reg_head, cls_head])
x, y_reg, y_cls = torch.randn(512, 512), torch.randn(512, 1), torch.randint(0, 10, (512,))
params = {p.untyped_storage().data_ptr() for p in model.parameters()}
alive, mem = {}, {"now": 0, "peak": 0}  # alive: storage -> [saves, bytes]


def release(key):
    alive[key][0] -= 1
    if alive[key][0] == 0:
        mem["now"] -= alive.pop(key)[1]


def pack(t):
    key = t.untyped_storage().data_ptr()  # identifies the storage; never printed
    if key in params:
        return t
    if key not in alive:
        alive[key] = [0, t.numel() * t.element_size()]
        mem["now"] += alive[key][1]
        mem["peak"] = max(mem["peak"], mem["now"])
    alive[key][0] += 1
    alias = t.detach()
    weakref.finalize(alias, release, key)
    return alias


def loss_reg(h):
    return F.mse_loss(reg_head(h), y_reg)


def loss_cls(h):
    return F.cross_entropy(cls_head(h), y_cls)


def a():  # one forward, summed loss, one backward
    h = trunk(x)
    (loss_reg(h) + loss_cls(h)).backward()


def b():  # one forward, one backward per head
    h = trunk(x)
    l_reg, l_cls = loss_reg(h), loss_cls(h)
    l_reg.backward(retain_graph=True)
    l_cls.backward()


def c():  # one forward per head, summed loss, one backward
    (loss_reg(trunk(x)) + loss_cls(trunk(x))).backward()


def d():  # forward 1, backward 1, forward 2, backward 2
    loss_reg(trunk(x)).backward()
    loss_cls(trunk(x)).backward()


grads = {}
for pattern in [a, b, c, d]:
    model.zero_grad()
    mem["peak"] = 0
    with saved_tensors_hooks(pack, lambda t: t):
        pattern()
    name = pattern.__name__
    grads[name] = [p.grad.clone() for p in model.parameters()]
    same = all(torch.allclose(g, r) for g, r in zip(grads[name], grads["a"]))
    peak, held = mem["peak"] / 2**20, mem["now"] / 2**20
    print(f"({name}) peak {peak:.1f} MiB, held after: {held:.1f} MiB, same grads as (a): {same}")
