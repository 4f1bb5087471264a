# A zero loss keeps a rank in the all-reduce only if DDP's forward()
# ran in the same step: forward() is what tells DDP to expect a
# backward(). One process; a comm hook counts the all-reduces.
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1,
                        timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    model = DDP(nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)))
    reductions = []

    def counting_allreduce(group, bucket):  # DDP's default all-reduce, counted
        reductions.append(bucket.index())
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, counting_allreduce)
    empty = torch.randn(0, 4)  # this rank's batch
    params = list(model.parameters())

    out = model(empty)  # 1. this step's forward, its output times 0
    (out.sum() * 0.0).backward()
    print("1. forward, output * 0:", len(reductions), "all-reduce")

    reductions.clear()
    model(empty)  # 2. this step's forward, the parameters times 0
    (0.0 * sum(p.sum() for p in params)).backward()
    print("2. forward, parameters * 0:", len(reductions), "all-reduce")

    reductions.clear()  # 3. no forward in this step
    (0.0 * sum(p.sum() for p in params)).backward()
    print("3. no forward, parameters * 0:", len(reductions), "all-reduces")

    reductions.clear()  # 4. the usual loss times 0: NaN on an empty batch
    model.zero_grad()
    loss = model(empty).pow(2).mean() * 0.0
    loss.backward()
    zeros = all(p.grad.count_nonzero() == 0 for p in params)
    print("4. forward, usual loss * 0:", len(reductions), "all-reduce")
    print("   loss:", loss.item(), "| gradients all zero:", zeros)
finally:
    dist.destroy_process_group()
