# The two safe orders with one forward pass: (a) every backward() first, then one
# step; (b) one backward() on the sum, then one step. Both run and agree.
import torch
import torch.nn.functional as F
from torch import nn


def setup():
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    out = net(x)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    return net, optimizer, F.mse_loss(out, y), F.l1_loss(out, y)


net_a, optimizer, loss_mse, loss_l1 = setup()
loss_mse.backward(retain_graph=True)
loss_l1.backward()
optimizer.step()  # after the last backward(): nothing needs the old weights any more

net_b, optimizer, loss_mse, loss_l1 = setup()
(loss_mse + loss_l1).backward()
optimizer.step()



def first_weights(net):  # the first 4 of the last layer's 8 weights
    return ", ".join(f"{v:+.4f}" for v in net[2].weight.flatten()[:4].tolist())


print("(a) last layer:", first_weights(net_a), "...")
print("(b) last layer:", first_weights(net_b), "...")
pairs = zip(net_a.parameters(), net_b.parameters())
print("all parameters allclose:", all(torch.allclose(p, q) for p, q in pairs))
