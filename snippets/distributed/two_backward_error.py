# Two losses on two heads, one backward() each, through ONE forward of a DDP
# model. The first backward() marks the trunk's parameters ready; the second
# reaches the trunk again before DDP has finished the iteration.
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
    model = DDP(TwoHeads())
    out_a, out_b = model(torch.randn(16, 4))
    out_a.pow(2).mean().backward(retain_graph=True)  # trunk + head_a ready; head_b pending
    print("first backward() done")
    out_b.abs().mean().backward()  # trunk again, in the same iteration
finally:
    dist.destroy_process_group()
