# A learnable temperature used by the loss, outside the module's
# forward(). With find_unused_parameters=True, DDP's search (from the
# outputs of forward) does not find it, marks it ready early, and its
# own hook then marks it a second time.
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


class Net(nn.Module):
    def __init__(self, scale_inside):
        super().__init__()
        self.lin = nn.Linear(4, 1)
        self.log_t = nn.Parameter(torch.zeros(()))  # log temperature
        self.scale_inside = scale_inside

    def forward(self, x):
        out = self.lin(x)
        return out / self.log_t.exp() if self.scale_inside else out


def train(scale_inside, find_unused, static_graph=False):
    torch.manual_seed(0)
    model = DDP(Net(scale_inside), find_unused_parameters=find_unused,
                static_graph=static_graph)
    x = torch.randn(8, 4)
    for step in range(2):
        out = model(x)
        if not scale_inside:  # the parameter, used outside forward()
            out = out / model.module.log_t.exp()
        out.pow(2).mean().backward()
    static = ", static_graph" if static_graph else ""
    print(f"inside={scale_inside}, find_unused={find_unused}{static}: 2 steps")


with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
timeout = datetime.timedelta(seconds=30)
dist.init_process_group("gloo", rank=0, world_size=1, timeout=timeout)
try:
    train(scale_inside=True, find_unused=True)
    train(scale_inside=False, find_unused=False)
    train(scale_inside=False, find_unused=False, static_graph=True)
    train(scale_inside=False, find_unused=True)
finally:
    dist.destroy_process_group()
