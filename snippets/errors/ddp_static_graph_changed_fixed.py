# The head switched on after iteration 0, without static_graph=True:
# find_unused_parameters=True lets DDP search each iteration's graph
# for the parameters that get no gradient.
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(4, 8)
        self.head_a, self.head_b = nn.Linear(8, 1), nn.Linear(8, 1)
        self.use_b = True

    def forward(self, x):
        h = torch.relu(self.trunk(x))
        return self.head_a(h) + (self.head_b(h) if self.use_b else 0)


with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
timeout = datetime.timedelta(seconds=30)
dist.init_process_group("gloo", rank=0, world_size=1, timeout=timeout)
try:
    torch.manual_seed(0)
    model = DDP(TwoHeads(), find_unused_parameters=True)
    x = torch.randn(16, 4)
    for iteration in range(3):
        model.zero_grad()
        model.module.use_b = iteration > 0  # the head joins after warm-up
        model(x).pow(2).mean().backward()
        has_grad = model.module.head_b.weight.grad is not None
        print(f"iteration {iteration}: head_b has a gradient: {has_grad}")
finally:
    dist.destroy_process_group()
