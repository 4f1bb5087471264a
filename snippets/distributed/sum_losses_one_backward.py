# The fix for several losses under DDP: add them and call backward() once. One
# backward() per forward is what DDP expects; the gradient is that of the sum.
import copy
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
    plain = TwoHeads()
    model = DDP(copy.deepcopy(plain))
    reductions = []

    def counting_allreduce(group, bucket):  # DDP's default all-reduce, counted
        reductions.append(bucket.index())
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, counting_allreduce)
    x = torch.randn(16, 4)
    for net in (model, plain):
        out_a, out_b = net(x)
        loss = out_a.pow(2).mean() + 0.5 * out_b.abs().mean()  # weights go in the sum
        loss.backward()
    print("all-reduces:", len(reductions))
    pairs = zip(model.parameters(), plain.parameters())
    same = all(torch.allclose(a.grad, b.grad) for a, b in pairs)
    print("DDP gradient == plain gradient:", same)
finally:
    dist.destroy_process_group()
