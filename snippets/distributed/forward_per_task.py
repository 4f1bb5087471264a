# A multi-task step that calls the DDP model once per task, then
# calls backward() once on the summed loss. Under the default
# settings and under static_graph=True this works: a comm hook
# records what DDP hands to the all-reduce, and it is the gradient
# of the whole sum, the same as a plain module's.
import copy
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
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


def per_task_steps(label, option):
    torch.manual_seed(0)
    plain = MultiTask()
    model = DDP(copy.deepcopy(plain), **option)
    names = {id(p): n for n, p in model.module.named_parameters()}
    sent = {}  # what each all-reduce received, by parameter name
    calls = []

    def recording_allreduce(group, bucket):
        calls.append(bucket.index())
        for p, g in zip(bucket.parameters(), bucket.gradients()):
            sent[names[id(p)]] = g.clone()
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, recording_allreduce)
    same = True
    for step in range(3):
        batches = {"a": torch.randn(16, 4), "b": torch.randn(16, 4)}
        for net in (model, plain):
            net.zero_grad()
            # one forward pass per task, then ONE backward()
            loss = sum(net(x, t).pow(2).mean() for t, x in batches.items())
            loss.backward()
        for n, p in plain.named_parameters():
            same = same and torch.allclose(sent.pop(n), p.grad)
    print(f"{label}: 3 steps, all-reduces: {len(calls)}")
    print(f"{label}: all-reduced == plain gradient: {same}")


try:
    per_task_steps("default", {})
    per_task_steps("static_graph", dict(static_graph=True))
finally:
    dist.destroy_process_group()
