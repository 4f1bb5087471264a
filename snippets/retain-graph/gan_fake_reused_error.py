# A GAN step that reuses the generator's output `fake` for both losses. The
# discriminator's backward() runs through G's graph too and frees it; the
# generator's backward() needs that graph again.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 3))
D = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
opt_g = torch.optim.SGD(G.parameters(), lr=0.1)
opt_d = torch.optim.SGD(D.parameters(), lr=0.1)
real, z = torch.randn(4, 3), torch.randn(4, 2)
ones, zeros = torch.ones(4, 1), torch.zeros(4, 1)

fake = G(z)
d_loss = F.binary_cross_entropy_with_logits(D(real), ones) + F.binary_cross_entropy_with_logits(D(fake), zeros)
opt_d.zero_grad()
d_loss.backward()  # goes through D AND through G (fake is G's output), frees both
opt_d.step()

g_loss = F.binary_cross_entropy_with_logits(D(fake), ones)  # new D graph, old G graph
opt_g.zero_grad()
g_loss.backward()
