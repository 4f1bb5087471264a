# One layer checkpointed twice in the same forward pass (applied twice,
# as a shared or recurrent layer is), under DDP with its defaults. A
# comm hook records the gradient DDP all-reduces, to compare it with
# the .grad that backward() leaves.
import copy
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.checkpoint import checkpoint


class Net(nn.Module):
    def __init__(self, embed):
        super().__init__()
        self.embed = nn.Linear(4, 4) if embed else nn.Identity()
        self.shared, self.head = nn.Linear(4, 4), nn.Linear(4, 1)
        self.reentrant = None  # None: no checkpoint (the reference)

    def layer(self, h):
        if self.reentrant is None:
            return torch.tanh(self.shared(h))
        return checkpoint(self.shared, h, use_reentrant=self.reentrant).tanh()

    def forward(self, x):
        return self.head(self.layer(self.layer(self.embed(x))))


def run(embed, reentrant, **ddp_options):
    torch.manual_seed(0)
    plain = Net(embed)
    x = torch.randn(8, 4, requires_grad=True)
    plain(x).pow(2).mean().backward()
    model = DDP(copy.deepcopy(plain), **ddp_options)
    model.module.reentrant = reentrant
    reduced = {}

    def recording_allreduce(group, bucket):
        for param, grad in zip(bucket.parameters(), bucket.gradients()):
            reduced[param] = grad.clone()
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, recording_allreduce)
    for step in range(2):  # the second step has rebuilt buckets
        model.zero_grad()
        model(x).pow(2).mean().backward()
    weight = model.module.shared.weight
    print(f"  .grad == plain: {torch.equal(weight.grad, plain.shared.weight.grad)}"
          f" | all-reduced == .grad: {torch.equal(reduced[weight], weight.grad)}")


with socket.socket() as s:  # a free port on this machine
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
timeout = datetime.timedelta(seconds=30)
dist.init_process_group("gloo", rank=0, world_size=1, timeout=timeout)
try:
    print("shared layer first, use_reentrant=False:")
    run(embed=False, reentrant=False)
    print("shared layer first, use_reentrant=True:")
    run(embed=False, reentrant=True)
    print("shared layer first, use_reentrant=True, static_graph=True:")
    run(embed=False, reentrant=True, static_graph=True)
    print("a layer before it, use_reentrant=False:")
    run(embed=True, reentrant=False)
    print("a layer before it, use_reentrant=True:")
    run(embed=True, reentrant=True)
finally:
    dist.destroy_process_group()
