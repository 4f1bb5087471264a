# static_graph=True: DDP records in the first iteration which parameters get
# gradients and trusts that record afterwards. Here head_b is not used at all
# in iteration 0 (a branch switched on later), and used from iteration 1 on.
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
        self.use_b = True

    def forward(self, x):
        h = torch.relu(self.trunk(x))
        return self.head_a(h) + (self.head_b(h) if self.use_b else 0)


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1, timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    model = DDP(TwoHeads(), static_graph=True)
    x = torch.randn(16, 4)
    for iteration in range(2):
        model.module.use_b = iteration > 0  # e.g. an auxiliary head enabled after warm-up
        model(x).pow(2).mean().backward()
        print(f"iteration {iteration}: backward() done")
finally:
    dist.destroy_process_group()
