# DDP (gloo, one process, CPU) around a model whose first block is
# checkpointed on the input batch, which does not require grad. The
# reentrant variant gives that block no gradient, DDP keeps waiting
# for it, and the next forward pass reports the unfinished reduction.
# find_unused_parameters=True, which the message proposes, silences
# the error and leaves the block untrained.
import datetime
import os
import socket
import warnings

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.checkpoint import checkpoint


class Net(nn.Module):
    def __init__(self, reentrant):
        super().__init__()
        self.block, self.head = nn.Linear(4, 8), nn.Linear(8, 1)
        self.reentrant = reentrant

    def forward(self, x):  # x: data, without requires_grad
        h = checkpoint(self.block, x, use_reentrant=self.reentrant)
        return self.head(torch.relu(h))


with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
timeout = datetime.timedelta(seconds=30)
dist.init_process_group("gloo", rank=0, world_size=1, timeout=timeout)
try:
    torch.manual_seed(0)
    x = torch.randn(8, 4)
    cases = [(False, False), (True, True), (True, False)]
    for reentrant, find_unused in cases:
        model = DDP(Net(reentrant), find_unused_parameters=find_unused)
        print(f"use_reentrant={reentrant}, find_unused_parameters={find_unused}:")
        for iteration in range(2):
            with warnings.catch_warnings():
                # "None of the inputs have requires_grad=True. Gradients
                # will be None": see the section on inputs without grad
                warnings.simplefilter("ignore")
                out = model(x)
            out.pow(2).mean().backward()
            got = model.module.block.weight.grad is not None
            print(f"  iteration {iteration}: block has a gradient: {got}")
finally:
    dist.destroy_process_group()
