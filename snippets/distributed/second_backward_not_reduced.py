# DDP all-reduces each parameter once per forward pass. A second backward() that
# comes after DDP has finished the iteration is simply not all-reduced: (1) each
# loss reaches every parameter; (2) find_unused_parameters=True, one head per loss.
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


def two_backward_calls(label, option, loss_1, loss_2):
    torch.manual_seed(0)
    model = DDP(TwoHeads(), **option)
    reductions = []

    def counting_allreduce(group, bucket):  # DDP's default all-reduce, counted
        reductions.append(bucket.index())
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, counting_allreduce)
    out_a, out_b = model(torch.randn(16, 4))
    loss_1(out_a, out_b).backward(retain_graph=True)
    after_first = len(reductions)
    loss_2(out_a, out_b).backward()  # no error
    print(f"{label}: all-reduces after the 1st backward(): {after_first}, "
          f"after the 2nd: {len(reductions)}")


both_heads = lambda a, b: (a + b).pow(2).mean(), lambda a, b: (a - b).abs().mean()
one_head_each = lambda a, b: a.pow(2).mean(), lambda a, b: b.abs().mean()
try:
    two_backward_calls("(1) default    ", {}, *both_heads)  # the 1st call reaches everything
    two_backward_calls("(2) find_unused", dict(find_unused_parameters=True), *one_head_each)
finally:
    dist.destroy_process_group()
