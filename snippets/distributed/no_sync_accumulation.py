# Gradient accumulation under DDP: backward() of the first K-1 micro-batches
# inside no_sync() only accumulates locally; the K-th backward() all-reduces the
# accumulated sum once. The result is the gradient of the whole batch.
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
    x, target, K = torch.randn(16, 4), torch.randn(16, 1), 4

    def loss_of(net, xb, tb):
        out_a, out_b = net(xb)
        return F.mse_loss(out_a, tb) + F.mse_loss(out_b, -tb)  # two losses, one sum

    micro = list(zip(x.chunk(K), target.chunk(K)))
    with model.no_sync():  # forward AND backward inside: no all-reduce
        for xb, tb in micro[:-1]:
            (loss_of(model, xb, tb) / K).backward()
    print("all-reduces after", K - 1, "micro-batches:", len(reductions))
    (loss_of(model, *micro[-1]) / K).backward()  # outside no_sync: all-reduce the sum
    print("all-reduces after", K, "micro-batches:", len(reductions))
    loss_of(plain, x, target).backward()  # one batch of 16, no DDP
    pairs = zip(model.parameters(), plain.parameters())
    same = all(torch.allclose(a.grad, b.grad) for a, b in pairs)
    print("gradient == that of one batch of 16:", same)
finally:
    dist.destroy_process_group()
