# 10 micro-batches per epoch, a step every K = 4. Stepping only when (i + 1) % K == 0
# leaves the last 2 micro-batches in .grad: they leak into the next epoch's first
# step. A hook on the weight counts the micro-batches behind each step.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
data = list(zip(torch.randn(40, 4).split(4), torch.randn(40, 1).split(4)))
K = 4


def train(step_on_last, epochs=2):
    model = nn.Linear(4, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    seen, per_step = [0], []
    model.weight.register_hook(lambda grad: seen.__setitem__(0, seen[0] + 1))
    for _ in range(epochs):
        for i, (xb, yb) in enumerate(data):
            (F.mse_loss(model(xb), yb) / K).backward()
            if (i + 1) % K == 0 or (step_on_last and i + 1 == len(data)):
                optimizer.step()
                optimizer.zero_grad()
                per_step.append(seen[0])
                seen[0] = 0
    return per_step, seen[0]


print("step every K only:       micro-batches per step %s, left in .grad: %d" % train(False))
print("also after the last one: micro-batches per step %s, left in .grad: %d" % train(True))
