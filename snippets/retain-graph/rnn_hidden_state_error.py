# An RNN trained on a long sequence chunk by chunk, carrying the hidden state h from
# one chunk to the next. h still points into the graph of the previous chunk, which
# the previous backward() has already freed.
import torch
from torch import nn

torch.manual_seed(0)
cell = nn.RNNCell(4, 8)
optimizer = torch.optim.SGD(cell.parameters(), lr=0.1)
chunks = torch.randn(3, 5, 2, 4)  # 3 chunks of 5 time steps, batch 2, 4 features

h = torch.zeros(2, 8)
for i, chunk in enumerate(chunks):
    for x in chunk:
        h = cell(x, h)
    loss = h.pow(2).mean()
    optimizer.zero_grad()
    loss.backward()  # chunk 1 walks back into chunk 0's freed graph
    optimizer.step()
    print(f"chunk {i}: backward done")
