# Fix for failure 2 that keeps one D forward: finish G's backward() BEFORE
# opt_d.step(). inputs= limits that backward to G's parameters, so D's .grad
# holds only D's own loss gradient when D steps.
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
g_loss = bce(D(fake), ones)  # through D as it is now

opt_d.zero_grad()
opt_g.zero_grad()
d_loss.backward()
only_d_loss = [p.grad.clone() for p in D.parameters()]
g_loss.backward(inputs=list(G.parameters()))  # before any step; writes G's .grad only
same = all(torch.equal(p.grad, g) for p, g in zip(D.parameters(), only_d_loss))
print("D's .grad still holds only d_loss's gradient:", same)
opt_d.step()
opt_g.step()
print("both steps done, D's last weight at version", D[2].weight._version)
