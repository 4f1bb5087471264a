# The fix that keeps find_unused_parameters=True: a thin wrapper
# whose forward() runs every task of the step, so DDP sees ONE
# forward pass per backward(). Task b has no batch in step 1: its
# head gets no gradient then, which is what the flag is for.
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


class AllTasks(nn.Module):
    """Runs every task of the step in one forward(): {task: output}."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, batches):
        return {task: self.model(x, task) for task, x in batches.items()}


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1,
                        timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    plain = MultiTask()
    model = DDP(AllTasks(copy.deepcopy(plain)), find_unused_parameters=True)
    names = {id(p): n for n, p in model.module.model.named_parameters()}
    sent = {}  # what each all-reduce received, by parameter name
    calls = []

    def recording_allreduce(group, bucket):
        calls.append(bucket.index())
        for p, g in zip(bucket.parameters(), bucket.gradients()):
            sent[names[id(p)]] = g.clone()
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, recording_allreduce)
    for step, tasks in enumerate(["ab", "a", "ab"]):
        batches = {t: torch.randn(16, 4) for t in tasks}
        model.zero_grad()
        outputs = model(batches)  # one DDP forward for all tasks
        sum(out.pow(2).mean() for out in outputs.values()).backward()
        plain.zero_grad()
        sum(plain(x, t).pow(2).mean() for t, x in batches.items()).backward()
        same = all(  # a parameter without a gradient is sent as zeros
            torch.allclose(sent[n], torch.zeros_like(p) if p.grad is None else p.grad)
            for n, p in plain.named_parameters())
        print(f"step {step}, tasks {'+'.join(tasks)}: all-reduces {len(calls)}, "
              f"== plain: {same}")
        calls.clear()
finally:
    dist.destroy_process_group()
