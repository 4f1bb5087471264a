# A complete loop: 72 samples, micro-batches of 8, a step every K = 4 micro-batches
# (groups of 32, 32 and 8 samples), against big batches of 32 (32, 32 and 8).
# Same initial weights and the same shuffling: after 3 epochs the weights agree.
import copy

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
data = TensorDataset(torch.randn(72, 4), torch.randn(72, 1))
big_model = nn.Sequential(nn.Linear(4, 16), nn.Tanh(), nn.Linear(16, 1))
acc_model = copy.deepcopy(big_model)


def train(model, batch_size, K):
    shuffle = torch.Generator().manual_seed(0)  # the same order of samples for both runs
    loader = DataLoader(data, batch_size, shuffle=True, generator=shuffle)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    steps = 0
    for epoch in range(3):
        optimizer.zero_grad()
        for i, (xb, yb) in enumerate(loader):
            group = min(K, len(loader) - i // K * K)  # micro-batches in this step
            (F.mse_loss(model(xb), yb) / group).backward()
            if (i + 1) % K == 0 or i + 1 == len(loader):
                optimizer.step()
                optimizer.zero_grad()
                steps += 1
    return steps


print("big batches of 32:         steps", train(big_model, batch_size=32, K=1))
print("micro-batches of 8, K = 4: steps", train(acc_model, batch_size=8, K=4))
print(f"last bias: {big_model[2].bias.item():.4f} vs {acc_model[2].bias.item():.4f}")
pairs = zip(big_model.parameters(), acc_model.parameters())
same = all(torch.allclose(p, q) for p, q in pairs)
print("all parameters allclose:", same)
