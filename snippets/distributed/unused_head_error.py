# A head whose output the loss does not use. DDP waits for gradients of EVERY
# parameter before it finishes an iteration; head_b's never come, and the next
# forward pass finds the previous reduction unfinished.
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
    x = torch.randn(16, 4)
    for iteration in range(2):
        out_a, out_b = model(x)  # the error is raised here, in the second forward
        out_a.pow(2).mean().backward()  # out_b is not used
        print(f"iteration {iteration}: backward() done")
finally:
    dist.destroy_process_group()
