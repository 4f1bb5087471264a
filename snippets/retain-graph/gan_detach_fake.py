# The fix: the discriminator's loss uses fake.detach(). Its backward() stops at the
# generator's output, so G's graph is left intact for the generator's loss.
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
d_loss = F.binary_cross_entropy_with_logits(D(real), ones) + F.binary_cross_entropy_with_logits(D(fake.detach()), zeros)
opt_d.zero_grad()
d_loss.backward()  # D only
opt_d.step()
print("after the D step, G has no gradient:", all(p.grad is None for p in G.parameters()))

g_loss = F.binary_cross_entropy_with_logits(D(fake), ones)  # through the updated D, into G
opt_g.zero_grad()
g_loss.backward()  # G's graph was never freed: no error, no retain_graph
opt_g.step()
print("after the G step, every G parameter has a gradient:", all(p.grad is not None for p in G.parameters()))
