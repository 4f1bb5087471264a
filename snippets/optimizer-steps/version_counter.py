# What moves a parameter's version counter: in-place changes of its values. The
# forward pass, backward() and zero_grad() do not; every optimizer step does, and
# some optimizers change a parameter in place more than once per step.
import torch
from torch import nn

torch.manual_seed(0)
for make in [lambda ps: torch.optim.SGD(ps, lr=0.1), lambda ps: torch.optim.AdamW(ps)]:
    layer = nn.Linear(8, 1)
    optimizer = make(layer.parameters())
    seen = [layer.weight._version]
    for _ in range(2):
        loss = layer(torch.randn(4, 8)).pow(2).mean()
        loss.backward()
        seen.append(layer.weight._version)
        optimizer.step()
        seen.append(layer.weight._version)
        optimizer.zero_grad()
        seen.append(layer.weight._version)
    print(f"{type(optimizer).__name__:<5} init, then (backward, step, zero_grad) x 2:", seen)
