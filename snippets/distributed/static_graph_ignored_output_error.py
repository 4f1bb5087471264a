# static_graph=True copes with a parameter that forward() never uses, but not with
# an output that forward() returns and the loss ignores: that parameter gets an
# (empty) gradient in the recorded first iteration only, and then never again.
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self, return_b):
        super().__init__()
        self.trunk, self.head_a, self.head_b = nn.Linear(4, 8), nn.Linear(8, 1), nn.Linear(8, 1)
        self.return_b = return_b  # False: head_b is never called

    def forward(self, x):
        h = torch.relu(self.trunk(x))
        return (self.head_a(h), self.head_b(h)) if self.return_b else (self.head_a(h),)


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1, timeout=datetime.timedelta(seconds=30))
try:
    x = torch.randn(16, 4)
    for return_b in (False, True):
        torch.manual_seed(0)
        model = DDP(TwoHeads(return_b), static_graph=True)
        for iteration in range(3):
            outputs = model(x)  # the error is raised here, in iteration 2
            outputs[0].pow(2).mean().backward()  # head_a only
            print(f"return_b={return_b}: iteration {iteration} done")
finally:
    dist.destroy_process_group()
