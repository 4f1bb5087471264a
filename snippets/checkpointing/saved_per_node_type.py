# Count what a model saves for backward: how many tensors, how many
# bytes, and which node type keeps them. pack() sees every save but
# not the node; reading a node's _saved_* attribute runs unpack(),
# which tells us whose save it was.
from collections import Counter

import torch
import torch.nn.functional as F
from torch import nn
from torch.autograd.graph import saved_tensors_hooks

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 10))
x = torch.randn(64, 256)  # data: does not require grad
y = torch.randint(0, 10, (64,))
saved = []  # pack id -> the saved tensor
owner = {}  # pack id -> type of the node that reads it
reader = [None]


def pack(t):
    saved.append(t.detach())
    return len(saved) - 1


def unpack(i):
    owner[i] = reader[0]
    return saved[i]


with saved_tensors_hooks(pack, unpack):
    loss = F.cross_entropy(model(x), y)

stack, seen = [loss.grad_fn], set()
while stack:  # walk every node once, reading its saved tensors
    node = stack.pop()
    if node is None or node in seen:
        continue
    seen.add(node)
    reader[0] = node.name()
    for name in dir(node):
        if name.startswith("_saved_"):
            getattr(node, name)  # runs unpack() for a saved tensor
    stack += [n for n, _ in node.next_functions]

count, size = Counter(), Counter()
for i, t in enumerate(saved):
    count[owner[i]] += 1
    size[owner[i]] += t.numel() * t.element_size()
for kind in sorted(count):
    print(f"{kind:<21} {count[kind]} saves {size[kind]:>7} B")
print("saves:", len(saved), "| all read by a node:", len(owner) == len(saved))
print("bytes, per save:", sum(size.values()))
storages = {t.untyped_storage().data_ptr(): t for t in saved}
params = {p.untyped_storage().data_ptr() for p in model.parameters()}
act = [t for k, t in storages.items() if k not in params]
print("distinct storages:", len(storages), "| not parameters:", len(act))
print("bytes outside parameters:", sum(t.numel() * t.element_size() for t in act))
