# Four common ways to end up with a loss that has no graph. Check loss.grad_fn
# before calling backward(): None on a tensor you computed means the history is cut.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.tensor([[3.0, 4.0]])

with torch.no_grad():
    under_no_grad = model(x).sum()
detached = model(x).sum().detach()
rebuilt = torch.tensor(model(x).sum().item())  # a number turned back into a tensor
model.requires_grad_(False)  # every parameter frozen, e.g. by a fine-tuning script
frozen = model(x).sum()

cases = [("under no_grad", under_no_grad), ("detach()", detached), ("tensor(item())", rebuilt), ("frozen model", frozen)]
for name, loss in cases:
    print(f"{name:15} requires_grad={loss.requires_grad}, grad_fn={loss.grad_fn}")
