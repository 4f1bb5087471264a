# retain_graph=True on the LAST backward() keeps the saved tensors for as long as a
# reference to the losses lives. Same trunk and measuring hooks as the four patterns.
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
alive = {}  # storage -> [saves, bytes]


def release(key):
    alive[key][0] -= 1
    if alive[key][0] == 0:
        del alive[key]


def pack(t):
    key = t.untyped_storage().data_ptr()  # identifies the storage; never printed
    if key not in params:
        alive.setdefault(key, [0, t.numel() * t.element_size()])[0] += 1
        t = t.detach()
        weakref.finalize(t, release, key)
    return t


def held():
    return f"{sum(n for _, n in alive.values()) / 2**20:.1f} MiB"


def losses():  # only the two losses leave this function
    with saved_tensors_hooks(pack, lambda t: t):
        h = trunk(x)
        return F.mse_loss(reg_head(h), y_reg), F.cross_entropy(cls_head(h), y_cls)


l_reg, l_cls = losses()
l_reg.backward(retain_graph=True)
l_cls.backward(retain_graph=True)  # copy-pasted: nothing needs the graph any more
print("retain_graph=True on both calls, losses alive:", held())
del l_reg, l_cls
print("after del l_reg, l_cls:                       ", held())

l_reg, l_cls = losses()
l_reg.backward(retain_graph=True)
l_cls.backward()  # frees every saved tensor on ITS path: trunk and cls_head
print("retain_graph=True on the first call only:     ", held())
