# The loop that failed with two backward() calls per iteration, with
# find_unused_parameters=True: one backward() of the sum instead.
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

    def forward(self, x):
        h = torch.relu(self.trunk(x))
        return self.head_a(h), self.head_b(h)


with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
timeout = datetime.timedelta(seconds=30)
dist.init_process_group("gloo", rank=0, world_size=1, timeout=timeout)
try:
    torch.manual_seed(0)
    model = DDP(TwoHeads(), find_unused_parameters=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    x = torch.randn(16, 4)
    for iteration in range(3):
        optimizer.zero_grad()
        out_a, out_b = model(x)
        (out_a.pow(2).mean() + out_b.abs().mean()).backward()  # once
        optimizer.step()
        print(f"iteration {iteration} done")
finally:
    dist.destroy_process_group()
