# DDP's buckets, read from a comm hook in one process: the first iteration reduces
# every gradient in one bucket; from the second on, DDP has rebuilt them in the order
# the gradients became ready, and with the default bucket_cap_mb the first of them is
# the small one (about 1 MiB), reduced first.
import datetime
import os
import socket

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.algorithms.ddp_comm_hooks.default_hooks import allreduce_hook
from torch.nn.parallel import DistributedDataParallel as DDP

with socket.socket() as s:  # ask the OS for a free port, then release it
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
dist.init_process_group("gloo", rank=0, world_size=1, timeout=datetime.timedelta(seconds=30))
try:
    torch.manual_seed(0)
    # 40 layers of 256x256: about 10.5 MB of float32 gradients.
    model = DDP(nn.Sequential(*[nn.Linear(256, 256) for _ in range(40)]))
    buckets = []  # (iteration, bytes) of each all-reduce, in the order they ran

    def recording_allreduce(group, bucket):
        buckets.append((iteration, bucket.buffer().numel() * 4))
        return allreduce_hook(group, bucket)

    model.register_comm_hook(None, recording_allreduce)
    x = torch.randn(8, 256)
    for iteration in range(3):
        model(x).pow(2).mean().backward()
    print("first-bucket cap:", dist._DEFAULT_FIRST_BUCKET_BYTES, "bytes")
    for i in range(3):
        sizes = [size for it, size in buckets if it == i]
        print(f"iteration {i}: {len(sizes)} bucket(s), bytes in order: {sizes}")
finally:
    dist.destroy_process_group()  # always, even when the example raises
