# retain_graph=True on D's backward silences failure 1, but G's part of the graph
# is then backwarded twice per step. A hook on G's first weight counts the walks.
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
walks = []
G[0].weight.register_hook(lambda grad: walks.append(1))


def gan_step(detach):
    walks.clear()
    real, fake = torch.tensor([2.0, -1.0]) + 0.1 * torch.randn(16, 2), G(torch.randn(16, 2))
    opt_d.zero_grad()
    d_loss = bce(D(real), ones) + bce(D(fake.detach() if detach else fake), zeros)
    d_loss.backward(retain_graph=not detach)  # the "fix" the error message suggests
    opt_d.step()
    opt_g.zero_grad()
    bce(D(fake), ones).backward()
    opt_g.step()
    return len(walks)


print("retain_graph=True, no detach: G's backward ran", gan_step(detach=False), "times")
print("fake.detach():                G's backward ran", gan_step(detach=True), "time")
