# Failure 2: G's loss is built through D BEFORE D's step (here: both losses first,
# then both updates). opt_d.step() changes D's weights in place; G's backward()
# needs the weights that D's forward saved, and the version counter catches it.
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

d_loss = bce(D(real), ones) + bce(D(fake.detach()), zeros)
g_loss = bce(D(fake), ones)  # saves D's last weight (transposed, [8, 1]) at version 1

opt_d.zero_grad()
d_loss.backward()
opt_d.step()  # in place: D[2].weight goes to version 2
print("D's last weight is now at version", D[2].weight._version)

opt_g.zero_grad()
g_loss.backward()
