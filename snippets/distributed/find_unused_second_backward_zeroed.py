# The two backward() calls of the previous example, with
# zero_grad(set_to_none=False): the error of the next iteration never
# comes. A comm hook records what each all-reduce sends, to compare it
# with a plain copy's gradients: of the first loss alone, or of both.
import copy
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(4, 8)
        self.head_a, self.head_b = nn.Linear(8, 1), nn.Linear(8, 1)

    def forward(self, x):
        h = torch.relu(self.trunk(x))
        return self.head_a(h), self.head_b(h)


def plain_grads(net, x, both):  # a plain copy's gradients, zeros if unused
    out_a, out_b = net(x)
    loss = out_a.pow(2).mean() + (out_b.abs().mean() if both else 0)
    names, params = zip(*net.named_parameters())
    grads = torch.autograd.grad(loss, params, allow_unused=True)
    return {n: torch.zeros_like(p) if g is None else g
            for n, p, g in zip(names, params, grads)}


def same(grads_1, grads_2):  # two {name: gradient} dicts
    return grads_1.keys() == grads_2.keys() and all(
        torch.allclose(g, grads_2[n]) for n, g in grads_1.items())


with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1,
                        timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    model = DDP(TwoHeads(), find_unused_parameters=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    names = {id(p): n for n, p in model.module.named_parameters()}
    sent = []  # per all-reduce: the gradients it received, by name

    def recording_allreduce(group, bucket):
        pairs = zip(bucket.parameters(), bucket.gradients())
        sent.append({names[id(p)]: g.clone() for p, g in pairs})
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, recording_allreduce)
    for iteration in range(3):
        x = torch.randn(16, 4)
        plain = copy.deepcopy(model.module)
        first, both = plain_grads(plain, x, False), plain_grads(plain, x, True)
        optimizer.zero_grad(set_to_none=False)  # zeros, not None
        out_a, out_b = model(x)
        out_a.pow(2).mean().backward(retain_graph=True)
        out_b.abs().mean().backward()
        print(f"iteration {iteration}: all-reduces so far: {len(sent)}")
        print("  sent the 1st loss's gradient:", same(sent[-1], first))
        print("  sent the sum's gradient:", same(sent[-1], both))
        grads = {n: p.grad for n, p in model.module.named_parameters()}
        print("  .grad is the sum's gradient:", same(grads, both))
        optimizer.step()
finally:
    dist.destroy_process_group()
