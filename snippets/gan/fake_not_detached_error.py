# Failure 1: D's loss uses `fake` itself, not fake.detach(). D's backward()
# then runs on into G and frees G's saved tensors; G's backward() needs them.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=0.01, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=0.01, betas=(0.5, 0.999))
bce = F.binary_cross_entropy_with_logits
ones, zeros = torch.ones(16, 1), torch.zeros(16, 1)
real, fake = torch.tensor([2.0, -1.0]) + 0.1 * torch.randn(16, 2), G(torch.randn(16, 2))

opt_d.zero_grad()
d_loss = bce(D(real), ones) + bce(D(fake), zeros)  # no detach()
d_loss.backward()  # through D AND G: frees the saved tensors of both
print("D's backward also wrote G's .grad:", all(p.grad is not None for p in G.parameters()))
opt_d.step()

opt_g.zero_grad()
g_loss = bce(D(fake), ones)  # a new graph for D, on top of G's old, freed one
g_loss.backward()
