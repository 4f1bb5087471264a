# no_sync() with static_graph=True. DDP records the graph in its first
# iteration, from the hooks that fire during that iteration's backward().
# (1) A first iteration outside no_sync(), then accumulation: it works.
# (2) no_sync() from the very first iteration: the first backward()
# raises an internal assert of DDP's reducer.
import copy
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


def loss_of(net, x):
    return net(x).pow(2).mean()


def accumulate(net, x, K=4):  # K micro-batches, all but the last in no_sync()
    micro = x.chunk(K)
    with net.no_sync():  # forward and backward inside
        for xb in micro[:-1]:
            (loss_of(net, xb) / K).backward()
    (loss_of(net, micro[-1]) / K).backward()  # outside: all-reduce the sum


try:
    torch.manual_seed(0)
    plain = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    model = DDP(copy.deepcopy(plain), static_graph=True)
    reductions = []

    def counting_allreduce(group, bucket):  # DDP's default all-reduce, counted
        reductions.append(bucket.index())
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, counting_allreduce)
    x = torch.randn(16, 4)
    loss_of(model, x).backward()  # (1) iteration 0: no no_sync()
    print("(1) after a synchronized first iteration:", len(reductions))
    model.zero_grad()
    accumulate(model, x)
    print("(1) after 4 micro-batches, 3 in no_sync():", len(reductions))
    loss_of(plain, x).backward()
    pairs = zip(model.parameters(), plain.parameters())
    print("(1) gradient == that of the whole batch:",
          all(torch.allclose(a.grad, b.grad) for a, b in pairs))
    fresh = DDP(copy.deepcopy(plain), static_graph=True)
    print("(2) a new DDP model, no_sync() in its first iteration")
    accumulate(fresh, x)  # raises in the first backward(), inside no_sync()
finally:
    dist.destroy_process_group()
