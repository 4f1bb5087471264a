# The fix: h = h.detach() at the start of each chunk (truncated backpropagation through
# time). The VALUE of h carries over; the gradient stops at the chunk boundary.
import torch
from torch import nn

torch.manual_seed(0)
cell = nn.RNNCell(4, 8)
optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
chunks = torch.randn(3, 5, 2, 4)

h = torch.zeros(2, 8)
for i, chunk in enumerate(chunks):
    h = h.detach()  # cut the link to the previous chunk's (freed) graph
    steps = []  # one entry per time step the backward pass goes through
    for x in chunk:
        h = cell(x, h)
        h.register_hook(lambda grad: steps.append(1))
    loss = h.pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(f"chunk {i}: loss = {loss.item():.4f}, backward went through {len(steps)} time steps")
