# torch.set_grad_enabled(flag) is no_grad or enable_grad chosen by a
# value: one function serves for training and for evaluation.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)


def run_epoch(train):
    model.train(train)
    with torch.set_grad_enabled(train):
        loss = F.mse_loss(model(x), y)
        if train:
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss


for train in (True, False):
    loss = run_epoch(train)
    print(f"train={train!s:5} loss has a graph: {loss.grad_fn is not None}")
print("grad mode afterwards:", torch.is_grad_enabled())
