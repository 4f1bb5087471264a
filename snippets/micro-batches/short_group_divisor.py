# The short last group (2 micro-batches instead of K = 4) must be divided by its own
# size. Each step's accumulated gradient is compared with the mean gradient of the
# samples of its group, computed in one piece at the same weights.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
data = list(zip(torch.randn(40, 4).split(4), torch.randn(40, 1).split(4)))
K = 4
groups = [data[i : i + K] for i in range(0, len(data), K)]  # 4, 4 and 2 micro-batches


def steps_match(divide_by_group_size):
    torch.manual_seed(1)
    model = nn.Linear(4, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    matches = []
    for group in groups:
        xs, ys = torch.cat([xb for xb, _ in group]), torch.cat([yb for _, yb in group])
        mean_grad = torch.autograd.grad(F.mse_loss(model(xs), ys), model.weight)[0]
        divisor = len(group) if divide_by_group_size else K
        for xb, yb in group:
            (F.mse_loss(model(xb), yb) / divisor).backward()
        matches.append(torch.allclose(model.weight.grad, mean_grad))
        optimizer.step()
        optimizer.zero_grad()
    return matches


print("divide by K:               ", steps_match(False))
print("divide by the group's size:", steps_match(True))
