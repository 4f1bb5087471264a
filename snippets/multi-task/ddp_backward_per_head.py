# Pattern (d) under DistributedDataParallel, in one process: a forward
# pass and a backward() per head, in turn. For DDP each pair is an
# iteration, in which the other head gets no gradient. A comm hook
# checks what the step's last all-reduce sends against the gradient
# of the summed loss computed by a plain copy of the model.
import contextlib
import copy
import datetime
import os
import socket

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
        self.heads = nn.ModuleDict({"reg": nn.Linear(32, 1), "cls": nn.Linear(32, 3)})

    def forward(self, x, task):  # one head per call
        return self.heads[task](self.trunk(x))


def head_loss(net, task, x, y):
    loss_fn = F.mse_loss if task == "reg" else F.cross_entropy
    return loss_fn(net(x, task), y)


def run(label, no_sync_first=False, **ddp_options):
    torch.manual_seed(0)
    plain = TwoHeads()
    model = DDP(copy.deepcopy(plain), **ddp_options)
    expected, sent = {}, []

    def checking_allreduce(group, bucket):
        pairs = zip(bucket.parameters(), bucket.gradients())
        sent.append(all(torch.allclose(expected[p], g) for p, g in pairs))
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, checking_allreduce)
    print(label)
    last_sent = []  # per step: did its last all-reduce send it?
    for step in range(3):
        batches = {"reg": (torch.randn(64, 16), torch.randn(64, 1)),
                   "cls": (torch.randn(64, 16), torch.randint(0, 3, (64,)))}
        plain.zero_grad()
        sum(head_loss(plain, t, *b) for t, b in batches.items()).backward()
        expected = {q: p.grad for q, p in zip(model.parameters(), plain.parameters())}
        model.zero_grad()
        for task, batch in batches.items():
            quiet = no_sync_first and task == "reg"
            with model.no_sync() if quiet else contextlib.nullcontext():
                head_loss(model, task, *batch).backward()  # forward, backward
            if step == 0:
                print(f"  step 0, {task}: backward() done")
        last_sent.append(sent[-1])
    print(f"  all-reduces in 3 steps: {len(sent)}")
    print(f"  each step's last sent the sum's gradient: {last_sent}")

with socket.socket() as s:  # ask the OS for a free port, then release it
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1,
                        timeout=datetime.timedelta(seconds=30))
try:
    run("find_unused_parameters=True", find_unused_parameters=True)
    run("same, reg pair under no_sync()", True, find_unused_parameters=True)
    run("defaults")  # raises at the forward pass of the cls head
finally:
    dist.destroy_process_group()
