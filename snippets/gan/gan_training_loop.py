# The standard GAN step on 2-D data: D learns on real and fake.detach(), then G
# learns through a NEW forward of the updated D. Real points sit around (2, -1).
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))  # noise -> point
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))  # point -> logit
opt_g = torch.optim.Adam(G.parameters(), lr=0.01, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=0.01, betas=(0.5, 0.999))
bce = F.binary_cross_entropy_with_logits
ones, zeros = torch.ones(16, 1), torch.zeros(16, 1)

for step in range(101):
    real = torch.tensor([2.0, -1.0]) + 0.1 * torch.randn(16, 2)
    fake = G(torch.randn(16, 2))

    opt_d.zero_grad()  # D step: fake.detach() keeps this backward out of G
    d_loss = bce(D(real), ones) + bce(D(fake.detach()), zeros)
    d_loss.backward()
    opt_d.step()

    opt_g.zero_grad()  # G step: a fresh D(fake) through the updated D
    g_loss = bce(D(fake), ones)  # "non-saturating" loss: G wants D to say "real"
    g_loss.backward()
    opt_g.step()

    if step % 20 == 0:
        mean = ", ".join(f"{v:+.2f}" for v in fake.mean(0).tolist())
        losses = f"d_loss = {d_loss.item():.3f}, g_loss = {g_loss.item():.3f}"
        print(f"step {step:3d}: {losses}, mean fake = ({mean})")
