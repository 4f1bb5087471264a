# Two fixes for a rank with an empty batch, on two gloo processes.
# Step 0: the empty rank still calls backward(), on a zero loss
# built from the DDP model's output, so it joins the all-reduce.
# Step 1: the ranks first agree (an all-reduce of a flag) and all
# skip the step together.
import copy
import datetime
import multiprocessing
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP


def train(rank, url, results, both_done):
    report = {"rank": rank, "lines": ["did not finish"]}
    try:
        dist.init_process_group("gloo", init_method=url, rank=rank, world_size=2,
                                timeout=datetime.timedelta(seconds=2))
        torch.manual_seed(0)  # the same initial weights on both ranks
        model = DDP(nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)))
        own = copy.deepcopy(model.module)  # plain copy: the local gradient
        lines = report["lines"] = []

        # Step 0: rank 1 has no data, and calls backward() anyway.
        x = torch.randn(8 if rank == 0 else 0, 4)
        out = model(x)
        if len(x) > 0:
            loss = out.pow(2).mean()
        else:  # zero, but connected to every parameter through out
            loss = out.sum() * 0.0
        loss.backward()
        lines.append("step 0: backward() returned")
        report["grad"] = [p.grad.tolist() for p in model.parameters()]
        if rank == 0:
            own(x).pow(2).mean().backward()
            half = all(torch.allclose(p.grad, q.grad / 2)
                       for p, q in zip(model.parameters(), own.parameters()))
            lines.append(f"step 0: .grad == own gradient / 2: {half}")

        # Step 1: rank 0 has no data; every rank learns it first.
        x = torch.randn(0 if rank == 0 else 8, 4)
        has_data = torch.tensor(int(len(x) > 0))
        dist.all_reduce(has_data, op=dist.ReduceOp.MIN)  # 0 if any rank is empty
        if has_data.item() == 1:
            model(x).pow(2).mean().backward()
            lines.append("step 1: trained")
        else:
            lines.append("step 1: skipped (agreed)")

        dist.barrier()  # the end of the epoch: every rank gets here
        lines.append("final barrier passed")
    except RuntimeError as error:
        report["lines"].append(f"{type(error).__name__}: {error}")
    finally:
        results.put(report)
        both_done.wait()
        if dist.is_initialized():
            dist.destroy_process_group()
        os._exit(0)  # as in the previous example


if __name__ == "__main__":
    with socket.socket() as s:  # a free port for the rendezvous
        s.bind(("127.0.0.1", 0))
        url = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    # DDP() imports torch._dynamo on first use, which can take seconds:
    # import it once here, so that both ranks reach DDP() in time.
    import torch._dynamo  # noqa: F401
    fork = multiprocessing.get_context("fork")
    results, both_done = fork.SimpleQueue(), fork.Barrier(2)
    ranks = [fork.Process(target=train, args=(rank, url, results, both_done))
             for rank in range(2)]
    for process in ranks:
        process.start()
    reports = sorted((results.get() for _ in ranks), key=lambda r: r["rank"])
    for process in ranks:
        process.join()
    for report in reports:
        for line in report["lines"]:
            print(f"rank {report['rank']}, {line}")
    same = reports[0].get("grad") == reports[1].get("grad")
    print("step 0: the same .grad on both ranks:", same)
    print("exit codes:", [process.exitcode for process in ranks])
