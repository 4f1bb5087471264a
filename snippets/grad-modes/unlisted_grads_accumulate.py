# Parameters outside the optimizer that still require grad get a
# gradient at every backward(), and optimizer.zero_grad() resets only
# the optimizer's own parameters: their .grad keeps growing. Added to
# the optimizer later, its first step applies that whole stale sum.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
backbone, head = model[0], model[2]
opt = torch.optim.SGD(head.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
w0 = backbone.weight.detach().clone()


def train_step():
    F.mse_loss(model(x), y).backward()
    opt.step()
    opt.zero_grad()  # resets the optimizer's parameters only


for step in range(1, 4):
    train_step()
    norm = backbone.weight.grad.norm().item()
    print(f"step {step}: backbone .grad norm {norm:.4f}")
print("backbone weights unchanged:", torch.equal(backbone.weight, w0))

# Unfreeze: the backbone joins the optimizer with its stale .grad.
opt.add_param_group({"params": backbone.parameters()})
loss = F.mse_loss(model(x), y)
(own,) = torch.autograd.grad(loss, backbone.weight)  # leaves .grad alone
train_step()
used = (w0 - backbone.weight.detach()).norm().item() / 0.1
print(f"gradient norm the step used: {used:.4f}")
print(f"that step's own gradient:    {own.norm().item():.4f}")
