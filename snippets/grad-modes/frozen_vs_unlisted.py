# Two ways to keep a backbone's weights fixed. `frozen`: its parameters
# stop requiring grad. `unlisted`: they still require grad, but the
# optimizer only holds the head. The weights stay fixed either way; the
# backward pass differs (see the diagram).
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
frozen = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
unlisted = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
unlisted.load_state_dict(frozen.state_dict())
x, y = torch.randn(8, 3), torch.randn(8, 1)

frozen[0].requires_grad_(False)
opt_frozen = torch.optim.SGD(frozen.parameters(), lr=0.1)
opt_unlisted = torch.optim.SGD(unlisted[2].parameters(), lr=0.1)

loss_frozen = F.mse_loss(frozen(x), y)
loss_unlisted = F.mse_loss(unlisted(x), y)
loss_frozen.backward()
loss_unlisted.backward()
opt_frozen.step()
opt_unlisted.step()

for name, model in [("frozen", frozen), ("unlisted", unlisted)]:
    grad = model[0].weight.grad
    print(f"{name:8s} backbone .grad is None: {grad is None}")
print("backbones still equal:",
      torch.equal(frozen[0].weight, unlisted[0].weight))
print("heads equal after the step:",
      torch.equal(frozen[2].weight, unlisted[2].weight))

# graph: loss_frozen, loss_unlisted
