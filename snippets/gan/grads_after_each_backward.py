# Where each backward() of a GAN step writes .grad. D's backward stops at
# fake.detach(), so G's .grad is untouched. G's backward goes THROUGH D, so D's
# .grad receives G's-loss gradients too; the next opt_d.zero_grad() removes them.
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
d_loss = bce(D(real), ones) + bce(D(fake.detach()), zeros)
d_loss.backward()
print("after D's backward, G's .grad is None:", all(p.grad is None for p in G.parameters()))
from_d_loss = [p.grad.clone() for p in D.parameters()]
opt_d.step()

opt_g.zero_grad()  # zeroes G only: D still holds d_loss's gradient
g_loss = bce(D(fake), ones)
from_g_loss = torch.autograd.grad(g_loss, D.parameters(), retain_graph=True)
g_loss.backward()
opt_g.step()
same = all(
    torch.allclose(p.grad, a + b)
    for p, a, b in zip(D.parameters(), from_d_loss, from_g_loss)
)
print("after G's backward, D's .grad == d_loss part + g_loss part:", same)
opt_d.zero_grad()  # the first line of the next D step
print("after the next opt_d.zero_grad(), D's .grad is None:",
      all(p.grad is None for p in D.parameters()))
