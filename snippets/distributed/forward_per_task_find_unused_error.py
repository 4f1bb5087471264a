# The same per-task forward passes with find_unused_parameters=True.
# Each forward() searches the graph of ITS outputs for unused
# parameters; the second one (task b) finds head a unused, and
# head a's own gradient then arrives in the same backward().
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class MultiTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(4, 8)
        self.heads = nn.ModuleDict({"a": nn.Linear(8, 1), "b": nn.Linear(8, 1)})

    def forward(self, x, task):  # one task per call
        return self.heads[task](torch.relu(self.trunk(x)))


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1,
                        timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    model = DDP(MultiTask(), find_unused_parameters=True)
    batches = {"a": torch.randn(16, 4), "b": torch.randn(16, 4)}
    loss = 0
    for task, x in batches.items():
        loss = loss + model(x, task).pow(2).mean()
        print(f"forward for task {task} done")
    loss.backward()  # raises
finally:
    dist.destroy_process_group()
