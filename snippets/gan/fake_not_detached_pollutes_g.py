# No detach() and no error: G's loss uses a FRESH G forward, and both optimizers are
# zeroed at the top of the step. D's backward has already written into G's .grad,
# so G's step follows the sum of two gradients that point in opposite directions.
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
real, z = torch.tensor([2.0, -1.0]) + 0.1 * torch.randn(16, 2), torch.randn(16, 2)
flat = lambda grads: torch.cat([g.flatten() for g in grads])

opt_d.zero_grad()
opt_g.zero_grad()  # both at the top: a common layout
d_loss = bce(D(real), ones) + bce(D(G(z)), zeros)  # no detach(): D's loss reaches G
d_loss.backward()
from_d_loss = flat(p.grad for p in G.parameters())
opt_d.step()

g_loss = bce(D(G(z)), ones)  # fresh G forward: no "second time" error
wanted = flat(torch.autograd.grad(g_loss, G.parameters(), retain_graph=True))
g_loss.backward()
used = flat(p.grad for p in G.parameters())
print("G's .grad == gradient of g_loss:", torch.allclose(used, wanted))
print("G's .grad == g_loss part + d_loss part:", torch.allclose(used, wanted + from_d_loss))
cosine = lambda a, b: F.cosine_similarity(a, b, dim=0).item()
print(f"cosine(d_loss part, g_loss part) = {cosine(from_d_loss, wanted):.2f}")
print(f"cosine(G's .grad, g_loss part)   = {cosine(used, wanted):.2f}")
