# Even with no optimizer step to trip over, retain_graph=True is no fix for a carried
# hidden state: each backward() walks back through EVERY earlier chunk, so time and
# memory grow with the length of the sequence seen so far.
import torch
from torch import nn

torch.manual_seed(0)
cell = nn.RNNCell(4, 8)
chunks = torch.randn(3, 5, 2, 4)

h = torch.zeros(2, 8)
steps = []  # one entry per time step a backward pass goes through
for i, chunk in enumerate(chunks):
    for x in chunk:
        h = cell(x, h)
        h.register_hook(lambda grad: steps.append(1))
    steps.clear()
    h.pow(2).mean().backward(retain_graph=True)
    print(f"chunk {i}: backward went through {len(steps)} time steps")
