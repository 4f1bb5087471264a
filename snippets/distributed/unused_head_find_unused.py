# Fix: find_unused_parameters=True. DDP then accepts parameters that receive no
# gradient in an iteration (here head_b, whose output the loss ignores), finishes
# the reduction without them and leaves their .grad alone.
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk, self.head_a, self.head_b = nn.Linear(4, 8), nn.Linear(8, 1), nn.Linear(8, 1)

    def forward(self, x):
        h = torch.relu(self.trunk(x))
        return self.head_a(h), self.head_b(h)


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1, timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    model = DDP(TwoHeads(), find_unused_parameters=True)
    reductions = []

    def counting_allreduce(group, bucket):  # DDP's default all-reduce, counted
        reductions.append(bucket.index())
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, counting_allreduce)
    x = torch.randn(16, 4)
    for iteration in range(3):
        out_a, out_b = model(x)
        out_a.pow(2).mean().backward()  # out_b unused, as before
    print("3 iterations, all-reduces:", len(reductions))
    print("head_a.grad is None:", model.module.head_a.weight.grad is None)
    print("head_b.grad is None:", model.module.head_b.weight.grad is None)
finally:
    dist.destroy_process_group()
