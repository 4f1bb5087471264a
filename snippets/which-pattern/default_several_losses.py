# The default for several losses on one forward pass: weight them, add them,
# call backward() once, step once. Every parameter that any loss uses gets its
# gradient, and the shared trunk's backward runs once.
import torch
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(4, 16), nn.ReLU())
head_reg, head_cls = nn.Linear(16, 1), nn.Linear(16, 3)
params = [*trunk.parameters(), *head_reg.parameters(), *head_cls.parameters()]
optimizer = torch.optim.SGD(params, lr=0.1)

x, y_reg, y_cls = torch.randn(8, 4), torch.randn(8, 1), torch.randint(0, 3, (8,))
trunk_backward_runs = []
trunk[0].weight.register_hook(lambda grad: trunk_backward_runs.append(1))

optimizer.zero_grad()
h = trunk(x)
loss_reg = nn.functional.mse_loss(head_reg(h), y_reg)
loss_cls = nn.functional.cross_entropy(head_cls(h), y_cls)
loss = 1.0 * loss_reg + 0.5 * loss_cls  # the weights are a modelling choice
loss.backward()
optimizer.step()

print("every parameter has a gradient:", all(p.grad is not None for p in params))
print("trunk backward ran", len(trunk_backward_runs), "time")
print(f"loss = {loss.item():.4f} (regression {loss_reg.item():.4f}, classification {loss_cls.item():.4f})")
