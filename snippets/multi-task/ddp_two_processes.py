# Each DDP case of the chapter's warning box, in two processes: with one, an
# averaged gradient cannot be told from a local one. Two gloo
# processes on the CPU, each with its own batches, run each case for
# 3 steps. After each step, the parent compares each rank's .grad
# with what a plain copy of the model computes on each rank's batch:
#   averaged               the mean of both ranks' gradients of the
#                          summed loss, as DDP promises
#   reg averaged, cls own  the reg loss's part averaged, the cls
#                          loss's part this rank's own
#   own                    this rank's own gradient, nothing averaged
# A case that raises prints where, and the error's first words.
# A 2-second timeout (gloo's default: 30 minutes) ends any wait.
import contextlib
import copy
import datetime
import multiprocessing
import os
import re
import socket

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

TIMEOUT = datetime.timedelta(seconds=2)
LOSS_FN = {"reg": F.mse_loss, "cls": F.cross_entropy}


class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
        self.heads = nn.ModuleDict({"reg": nn.Linear(32, 1),
                                    "cls": nn.Linear(32, 3)})

    def forward(self, xs):  # {task: input} -> {task: output}
        return {t: self.heads[t](self.trunk(x)) for t, x in xs.items()}


def losses(net, batches):  # {task: (x, y)} -> {task: loss}
    out = net({t: x for t, (x, _) in batches.items()})
    return {t: LOSS_FN[t](out[t], y) for t, (_, y) in batches.items()}


def batches_of(step, rank):  # each rank has its own batches
    torch.manual_seed(10 * step + rank)
    return {"reg": (torch.randn(8, 16), torch.randn(8, 1)),
            "cls": (torch.randn(8, 16), torch.randint(0, 3, (8,)))}


# One training step of each pattern; at["call"] names the call that
# runs, for the report of an error.
def pattern_a(model, batches, at):  # one forward, one backward()
    at["call"] = "forward()"
    loss = losses(model, batches)
    at["call"] = "backward()"
    (loss["reg"] + loss["cls"]).backward()


def pattern_b(model, batches, at):  # one forward, backward() per head
    at["call"] = "forward()"
    loss = losses(model, batches)
    at["call"] = "reg backward()"
    loss["reg"].backward(retain_graph=True)
    at["call"] = "cls backward()"
    loss["cls"].backward()


def pattern_c(model, batches, at):  # forward per head, one backward()
    total = 0
    for task, batch in batches.items():
        at["call"] = f"{task} forward()"
        total = total + losses(model, {task: batch})[task]
    at["call"] = "backward()"
    total.backward()


def pattern_d(model, batches, at, reg_in_no_sync=False):
    for task, batch in batches.items():  # forward, backward(), in turn
        quiet = reg_in_no_sync and task == "reg"
        with model.no_sync() if quiet else contextlib.nullcontext():
            at["call"] = f"{task} forward()"
            loss = losses(model, {task: batch})[task]
            at["call"] = f"{task} backward()"
            loss.backward()


def gradnorm(model, batches, at, measure_first):
    # GradNorm's measurement, weights at 1: the gradient norm of each
    # loss on the last shared layer, and one backward() of the sum.
    at["call"] = "forward()"
    loss = torch.stack(list(losses(model, batches).values()))
    W = model.module.trunk[0].weight

    def measure():  # the norms GradNorm's weight update would use
        at["call"] = "autograd.grad"
        return [torch.autograd.grad(loss[i], W, retain_graph=True)[0].norm()
                for i in range(2)]

    if measure_first:
        measure()
    at["call"] = "backward()"
    loss.sum().backward(retain_graph=not measure_first)
    if not measure_first:
        measure()


FIND_UNUSED = dict(find_unused_parameters=True)
STATIC = dict(static_graph=True)
CASES = [  # (title, pattern, DDP options, zero_grad's set_to_none)
    ("(a) defaults", pattern_a, {}, True),
    ("(b) defaults", pattern_b, {}, True),
    ("(b) find_unused_parameters=True", pattern_b, FIND_UNUSED, True),
    ("(b) same, zero_grad(set_to_none=False)", pattern_b, FIND_UNUSED,
     False),
    ("(b) static_graph=True", pattern_b, STATIC, True),
    ("(c) defaults", pattern_c, {}, True),
    ("(c) find_unused_parameters=True", pattern_c, FIND_UNUSED, True),
    ("(c) static_graph=True", pattern_c, STATIC, True),
    ("(d) find_unused_parameters=True", pattern_d, FIND_UNUSED, True),
    ("(d) same, reg pair under no_sync()",
     lambda *a: pattern_d(*a, reg_in_no_sync=True), FIND_UNUSED, True),
    ("(d) static_graph=True", pattern_d, STATIC, True),
    ("GradNorm, static_graph=True, measure first",
     lambda *a: gradnorm(*a, measure_first=True), STATIC, True),
    ("GradNorm, static_graph=True, backward() first",
     lambda *a: gradnorm(*a, measure_first=False), STATIC, True),
]


def grads(net):  # as lists, for the queue; zeros where None
    return [(torch.zeros_like(p) if p.grad is None else p.grad).tolist()
            for p in net.parameters()]


def train(rank, url, results, both_done):
    torch.set_num_threads(1)  # two processes on two cores: no spinning
    report = {"rank": rank, "own": [], "cases": []}
    models = []  # kept until the exit (see below)
    try:
        dist.init_process_group("gloo", init_method=url, rank=rank,
                                world_size=2, timeout=TIMEOUT)
        torch.manual_seed(0)  # the same initial weights on both ranks
        plain = TwoHeads()
        for step in range(3):  # this rank's own gradients, per loss
            loss = losses(plain, batches_of(step, rank))
            own = {}
            for task in ("reg", "cls"):
                plain.zero_grad()
                loss[task].backward()
                own[task] = grads(plain)
            report["own"].append(own)
        for _, pattern, options, set_to_none in CASES:
            group = dist.new_group([0, 1])  # each case: its own group
            model = DDP(copy.deepcopy(plain), process_group=group, **options)
            models.append(model)
            case, at = {"grads": [], "error": None}, {}
            for step in range(3):
                try:
                    model.zero_grad(set_to_none=set_to_none)
                    pattern(model, batches_of(step, rank), at)
                except Exception as error:
                    text = str(error).split("] ", 1)[-1]
                    first = " ".join(re.split(r"[.,]", text)[0].split()[:10])
                    case["error"] = (f"step {step}, {at['call']}",
                                     f"{type(error).__name__}: {first}")
                    break
                case["grads"].append(grads(model.module))
            report["cases"].append(case)
    finally:
        results.put(report)
        both_done.wait()
        if dist.is_initialized():
            dist.destroy_process_group()
        # Leave at once, without freeing the DDP models: after a failed
        # iteration, a destructor could wait on gloo's thread.
        os._exit(0)


def verdict(step, r0, r1):  # what both ranks' .grad hold in a step
    def add(x, y):
        return [a + b for a, b in zip(x, y)]

    own = [{task: [torch.tensor(g) for g in lists]
            for task, lists in r["own"][step].items()} for r in (r0, r1)]
    mean = {task: [g / 2 for g in add(own[0][task], own[1][task])]
            for task in ("reg", "cls")}
    expected = {  # name: [rank 0's .grad, rank 1's .grad] if it holds
        "averaged": [add(mean["reg"], mean["cls"])] * 2,
        "reg averaged, cls own": [add(mean["reg"], o["cls"]) for o in own],
        "own": [add(o["reg"], o["cls"]) for o in own],
    }
    for name, per_rank in expected.items():
        if all(torch.allclose(torch.tensor(g), e)
               for r, exp in zip((r0, r1), per_rank)
               for g, e in zip(r["grads"][step], exp)):
            return name
    return "none of these"


def show(title, c0, c1):
    print(title)
    runs = []  # [first step, last step, verdict]: equal steps joined
    for step in range(len(c0["grads"])):
        v = verdict(step, c0, c1)
        if runs and runs[-1][2] == v:
            runs[-1][1] = step
        else:
            runs.append([step, step, v])
    for first, last, v in runs:
        steps = f"steps {first}-{last}" if last > first else f"step {first}"
        print(f"  {steps}: {v}")
    if c0["error"] == c1["error"] and c0["error"]:
        where, error = c0["error"]
        print(f"  {where}, both ranks raise:\n    {error}")
    else:
        for rank, c in enumerate((c0, c1)):
            if c["error"]:
                where, error = c["error"]
                print(f"  rank {rank}: {where} raises:\n    {error}")


if __name__ == "__main__":
    # DDP() imports torch._dynamo on first use, which can take seconds:
    # import it once here, so that both ranks reach DDP() in time.
    import torch._dynamo  # noqa: F401
    fork = multiprocessing.get_context("fork")
    with socket.socket() as s:  # ask the OS for a free port
        s.bind(("127.0.0.1", 0))
        url = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    results, both_done = fork.SimpleQueue(), fork.Barrier(2)
    ranks = [fork.Process(target=train, args=(r, url, results, both_done))
             for r in range(2)]
    for process in ranks:
        process.start()
    r0, r1 = sorted((results.get() for _ in ranks), key=lambda r: r["rank"])
    for process in ranks:
        process.join()
    for i, (title, *_) in enumerate(CASES):
        c0, c1 = ({**r["cases"][i], "own": r["own"]} for r in (r0, r1))
        show(title, c0, c1)
    print("exit codes:", [process.exitcode for process in ranks])
