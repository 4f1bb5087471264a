# DDP (gloo, one process, CPU) around a block checkpointed once, with
# find_unused_parameters=True. The non-reentrant variant trains like
# the plain model; the reentrant one hides the block's parameters from
# DDP's search for unused parameters, and they get marked ready twice.
import copy
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.checkpoint import checkpoint


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.block, self.head = nn.Linear(4, 4), nn.Linear(4, 1)
        self.reentrant = None  # None: no checkpoint (the reference)

    def forward(self, x):
        if self.reentrant is None:
            h = self.block(x)
        else:
            h = checkpoint(self.block, x, use_reentrant=self.reentrant)
        return self.head(torch.tanh(h))


def in_graph(out, param):  # what DDP's search walks: the grad_fn graph
    seen, todo = set(), [out.grad_fn]
    while todo:
        fn = todo.pop()
        if fn is not None and fn not in seen:
            seen.add(fn)
            if getattr(fn, "variable", None) is param:  # AccumulateGrad
                return True
            todo += [f for f, _ in fn.next_functions]
    return False


with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
timeout = datetime.timedelta(seconds=30)
dist.init_process_group("gloo", rank=0, world_size=1, timeout=timeout)
try:
    torch.manual_seed(0)
    plain = Net()
    x = torch.randn(8, 4, requires_grad=True)
    plain(x).pow(2).mean().backward()
    for reentrant in (False, True):
        model = DDP(copy.deepcopy(plain), find_unused_parameters=True)
        model.module.reentrant = reentrant
        model.zero_grad()
        print(f"use_reentrant={reentrant}:")
        out = model(x)
        weight = model.module.block.weight
        print("  block.weight in the output's graph:", in_graph(out, weight))
        out.pow(2).mean().backward()
        pairs = zip(model.parameters(), plain.parameters())
        same = all(torch.equal(a.grad, b.grad) for a, b in pairs)
        print("  gradients equal the plain model's:", same)
finally:
    dist.destroy_process_group()
