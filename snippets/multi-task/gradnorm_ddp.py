# GradNorm's measurement under DistributedDataParallel, in one process:
# torch.autograd.grad(L_i, W) per task and one backward() of the
# weighted sum. A comm hook checks what each all-reduce sends against
# the gradient of the weighted sum computed by a plain copy of the model.
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
        # 2 outputs: with 1, the last case also warns about grad strides
        self.reg, self.cls = nn.Linear(32, 2), nn.Linear(32, 3)

    def forward(self, x):
        h = self.trunk(x)
        return self.reg(h), self.cls(h)


def losses(net, x, y_reg, y_cls):
    out_reg, out_cls = net(x)
    return torch.stack([F.mse_loss(out_reg, y_reg),
                        F.cross_entropy(out_cls, y_cls)])


def run(order, **ddp_options):
    torch.manual_seed(0)
    plain = TwoHeads()
    model = DDP(copy.deepcopy(plain), **ddp_options)
    W = model.module.trunk[0].weight  # the last shared layer
    w = torch.ones(2, requires_grad=True)  # GradNorm's task weights
    expected = {}  # plain model: gradient of the weighted sum
    phase, during, sent = [""], set(), []  # per all-reduce: when, what

    def checking_allreduce(group, bucket):
        during.add(phase[0])
        pairs = zip(bucket.parameters(), bucket.gradients())
        sent.append(all(torch.allclose(expected[p], g) for p, g in pairs))
        return allreduce_hook(group, bucket)

    def measure(L, create_graph=False):  # ||grad_W (w_i L_i)||, per task
        phase[0] = "autograd.grad"
        return torch.stack([
            torch.autograd.grad(w[i] * L[i], W, retain_graph=True,
                                create_graph=create_graph)[0].norm()
            for i in range(2)])

    def model_backward(L, **kw):  # the model: weighted sum, no grad for w
        phase[0] = "sum.backward"
        (w.detach() * L).sum().backward(**kw)

    model.register_comm_hook(None, checking_allreduce)
    for step in range(3):
        batch = torch.randn(64, 16), torch.randn(64, 2), torch.randint(0, 3, (64,))
        plain.zero_grad()
        (w.detach() * losses(plain, *batch)).sum().backward()
        expected = {q: p.grad for q, p in zip(model.parameters(), plain.parameters())}
        L = losses(model, *batch)
        model.zero_grad()
        if order == "measure, then backward()":
            G = measure(L)
            model_backward(L)
        elif order == "backward(), then measure":
            model_backward(L, retain_graph=True)
            G = measure(L)
        else:  # the textbook form, and L_grad.backward() without inputs=
            G = measure(L, create_graph=True)
            L_grad = (G - G.mean().detach()).abs().sum()
            phase[0] = "L_grad.backward"
            L_grad.backward(retain_graph=True)  # should be inputs=[w]
            model_backward(L)
    options = ", ".join(f"{k}={v}" for k, v in ddp_options.items())
    print(f"{options or 'defaults'}; {order}")
    print(f"  all-reduces in 3 steps: {len(sent)}, during", *sorted(during))
    print(f"  each sent the weighted sum's gradient: {sent}")


with socket.socket() as s:  # ask the OS for a free port, then release it
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1,
                        timeout=datetime.timedelta(seconds=30))
try:
    run("measure, then backward()")
    run("measure, then backward()", static_graph=True)
    run("backward(), then measure", static_graph=True)
    run("L_grad.backward()")
finally:
    dist.destroy_process_group()
