# checkpoint_sequential(model, segments, x) cuts an nn.Sequential into
# segments and checkpoints all of them but the last. A counter in each
# layer shows which layers run again in backward.
import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint_sequential

torch.manual_seed(0)
runs = [0] * 8


class Layer(nn.Module):
    def __init__(self, i):
        super().__init__()
        self.i, self.lin = i, nn.Linear(16, 16)

    def forward(self, h):
        runs[self.i] += 1
        return torch.relu(self.lin(h))


model = nn.Sequential(*[Layer(i) for i in range(8)])
x = torch.randn(4, 16)  # the input need not require grad here
model(x).sum().backward()
plain = [p.grad.clone() for p in model.parameters()]

for segments in (4, 3):
    runs[:] = [0] * 8
    model.zero_grad()
    out = checkpoint_sequential(model, segments, x, use_reentrant=False)
    out.sum().backward()
    same = all(torch.equal(a, p.grad) for a, p in zip(plain, model.parameters()))
    print(f"segments={segments}: runs per layer {runs}")
    print("  gradients equal the plain run:", same)

# The same with use_reentrant=True: x does not require grad, so no
# checkpointed segment passes a gradient on. Each checkpointed segment
# warns, in each step; Python's default filter shows a warning once
# per line of code that issues it, so a whole training run shows one.


def two_steps(action):  # two training steps under a warnings filter
    model.zero_grad()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        for _ in range(2):
            out = checkpoint_sequential(model, 4, x, use_reentrant=True)
            out.sum().backward()
    return len(caught)


print("reentrant, 2 steps, warnings issued:", two_steps("always"))
print("  shown by the default filter:", two_steps("default"))
lost = [layer.i for layer in model if layer.lin.weight.grad is None]
print("  layers without gradient:", lost)
