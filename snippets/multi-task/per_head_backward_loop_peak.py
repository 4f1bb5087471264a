# In a training loop, the per-head pattern keeps the first head's retained branch
# alive until its loss is rebound, i.e. through the NEXT forward pass. Peak measured
# with the same hooks as the four patterns.
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
alive, mem = {}, {"peak": 0}  # alive: storage -> [saves, bytes]


def release(key):
    alive[key][0] -= 1
    if alive[key][0] == 0:
        del alive[key]


def pack(t):
    key = t.untyped_storage().data_ptr()  # identifies the storage; never printed
    if key not in params:
        alive.setdefault(key, [0, t.numel() * t.element_size()])[0] += 1
        mem["peak"] = max(mem["peak"], sum(n for _, n in alive.values()))
        t = t.detach()
        weakref.finalize(t, release, key)
    return t


def train(per_head, drop_losses=False):
    mem["peak"] = 0
    with saved_tensors_hooks(pack, lambda t: t):
        for _ in range(2):
            h = trunk(x)
            l_reg, l_cls = F.mse_loss(reg_head(h), y_reg), F.cross_entropy(cls_head(h), y_cls)
            if per_head:
                l_reg.backward(retain_graph=True)
                l_cls.backward()
            else:
                (l_reg + l_cls).backward()
            if drop_losses:
                del l_reg, l_cls
    return f"{mem['peak'] / 2**20:.1f} MiB"


print("summed loss, 2 iterations:              peak", train(per_head=False))
print("per-head backward, 2 iterations:        peak", train(per_head=True))
print("per-head backward, del l_reg and l_cls: peak", train(per_head=True, drop_losses=True))
