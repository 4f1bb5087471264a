# requires_grad_(False) freezes a BatchNorm's weight and bias, not its
# running statistics: in training mode they still follow every batch.
# eval() on the layer stops that, until the next model.train().
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.Linear(8, 1))
bn = model[1]
bn.requires_grad_(False)
x = torch.randn(16, 4)


def forward(label):
    mean = bn.running_mean.clone()
    model(x)
    moved = not torch.equal(bn.running_mean, mean)
    print(f"{label:22s} running_mean moved: {moved}")


model.train()
forward("frozen, model.train():")
bn.eval()
forward("after bn.eval():")
model.train()  # sets training=True on every submodule, bn included
forward("after model.train():")
