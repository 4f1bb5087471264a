# The tempting fix, retain_graph=True, only moves the failure: the old graph saved the
# weights, and optimizer.step() has changed them in place since then.
import torch
from torch import nn

torch.manual_seed(0)
cell = nn.RNNCell(4, 8)
optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
chunks = torch.randn(3, 5, 2, 4)

h = torch.zeros(2, 8)
for i, chunk in enumerate(chunks):
    for x in chunk:
        h = cell(x, h)
    loss = h.pow(2).mean()
    optimizer.zero_grad()
    loss.backward(retain_graph=True)  # chunk 1 still walks back into chunk 0
    optimizer.step()
    print(f"chunk {i}: backward done")
