# DistributedDataParallel in ONE process: gloo backend on 127.0.0.1, world_size=1.
# The all-reduce of one process changes nothing, so DDP's gradient equals the
# plain module's; a comm hook around DDP's default all-reduce counts the calls.
import copy
import datetime
import os
import socket

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP

with socket.socket() as s:  # ask the OS for a free port, then release it
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1, timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    plain = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    model = DDP(copy.deepcopy(plain))  # same weights
    reductions = []

    def counting_allreduce(group, bucket):  # DDP's default all-reduce, counted
        reductions.append(bucket.index())
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, counting_allreduce)
    x, target = torch.randn(16, 4), torch.randn(16, 1)
    F.mse_loss(model(x), target).backward()
    F.mse_loss(plain(x), target).backward()
    print("world size:", dist.get_world_size(), "| all-reduces in one backward():", len(reductions))
    pairs = zip(model.parameters(), plain.parameters())
    same = all(torch.allclose(a.grad, b.grad) for a, b in pairs)
    print("DDP gradient == plain gradient:", same)
finally:
    dist.destroy_process_group()  # always, even when the example raises
