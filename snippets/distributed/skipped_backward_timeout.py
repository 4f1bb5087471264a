# Two gloo processes on the CPU, three steps each. Rank 1's batch is
# empty in step 0, so it skips backward() there and goes on to its
# next step, as a training loop does. Two models run side by side:
# one without buffers, and one with a BatchNorm layer, whose buffers
# DDP broadcasts at the start of every forward(). A 2-second timeout
# (instead of gloo's default 30 minutes) ends each wait.
import copy
import datetime
import multiprocessing
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

TIMEOUT = datetime.timedelta(seconds=2)


def train(rank, url, batchnorm, results, both_done):
    report = {"rank": rank, "lines": [], "error": None, "own": {}, "grad": {}}
    try:
        dist.init_process_group("gloo", init_method=url, rank=rank,
                                world_size=2, timeout=TIMEOUT)
        torch.manual_seed(0)  # the same initial weights on both ranks
        norm = [nn.BatchNorm1d(8)] if batchnorm else []
        model = DDP(nn.Sequential(nn.Linear(4, 8), *norm, nn.ReLU(),
                                  nn.Linear(8, 1)))
        own = copy.deepcopy(model.module)  # plain copy: the local gradient
        for step in range(3):
            torch.manual_seed(10 * step + rank)  # this rank's batch
            x = torch.randn(0 if (rank, step) == (1, 0) else 8, 4)
            where = "forward()"
            try:
                out = model(x)
                if len(x) == 0:  # "nothing to learn from an empty batch"
                    report["lines"].append(f"step {step}: skipped backward()")
                    continue
                where = "backward()"
                model.zero_grad()
                out.pow(2).mean().backward()
            except RuntimeError as error:
                # gloo starts its message with its source file: drop that
                text = str(error).split("] ", 1)[-1]
                report["lines"].append(f"step {step}: {where} raised")
                report["error"] = f"{type(error).__name__}: {text}"
                break
            report["lines"].append(f"step {step}: backward() returned")
            report["grad"][step] = [p.grad.tolist() for p in model.parameters()]
            own.zero_grad()
            own(x).pow(2).mean().backward()
            report["own"][step] = [p.grad.tolist() for p in own.parameters()]
    finally:
        results.put(report)
        # Rank 1 would go on after its loop; here it waits for rank 0
        # (outside torch.distributed) before shutting down.
        both_done.wait()
        if dist.is_initialized():
            dist.destroy_process_group()
        # Leave at once, without freeing the DDP model: after a failed
        # all-reduce, its destructor can wait forever for gloo's thread.
        os._exit(0)


def averaged(grad, a, b):  # grad == (a + b) / 2, parameter by parameter
    g, a, b = ([torch.tensor(t) for t in ts] for ts in (grad, a, b))
    return all(torch.allclose(gi, (ai + bi) / 2) for gi, ai, bi in zip(g, a, b))


if __name__ == "__main__":
    # DDP() imports torch._dynamo on first use, which can take seconds:
    # import it once here, so that all ranks reach DDP() in time.
    import torch._dynamo  # noqa: F401
    fork = multiprocessing.get_context("fork")
    with socket.socket() as s0, socket.socket() as s1:  # two free ports
        s0.bind(("127.0.0.1", 0))
        s1.bind(("127.0.0.1", 0))
        urls = [f"tcp://127.0.0.1:{s.getsockname()[1]}" for s in (s0, s1)]
    runs = []
    for batchnorm, url in zip((False, True), urls):  # both at once
        results, both_done = fork.SimpleQueue(), fork.Barrier(2)
        ranks = [fork.Process(target=train,
                              args=(rank, url, batchnorm, results, both_done))
                 for rank in range(2)]
        for process in ranks:
            process.start()
        runs.append((batchnorm, results, ranks))
    print("gloo's default timeout:", dist.default_pg_timeout, "| here:", TIMEOUT)
    exit_codes = []
    for batchnorm, results, ranks in runs:
        r0, r1 = sorted((results.get() for _ in ranks), key=lambda r: r["rank"])
        for process in ranks:
            process.join()
            exit_codes.append(process.exitcode)
        print("with BatchNorm:" if batchnorm else "without buffers:")
        for report in (r0, r1):
            for line in report["lines"]:
                print(f"rank {report['rank']}, {line}")
            # With BatchNorm, the messages depend on who gives up first.
            if report["error"] and not batchnorm:
                print(report["error"])
        if not batchnorm:  # rank 0's all-reduce of step 0 got rank 1's step 1
            print("rank 0, step 0: .grad averaged with rank 1's step 1:",
                  averaged(r0["grad"][0], r0["own"][0], r1["own"][1]))
    print("exit codes:", exit_codes)
