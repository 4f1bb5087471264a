# What moves a parameter's version counter: in-place changes of its values. The
# forward pass, backward() and zero_grad() do not; a step does, by as many in-place
# operations as the optimizer's implementation makes. Under the pinned PyTorch (2.13)
# the fused implementations (fused=True) update the values without moving it at all.
import torch
from torch import nn

torch.manual_seed(0)
optimizers = {
    "SGD": lambda ps: torch.optim.SGD(ps, lr=0.1),
    "SGD(fused=True)": lambda ps: torch.optim.SGD(ps, lr=0.1, fused=True),
    "Adam(fused=True)": lambda ps: torch.optim.Adam(ps, fused=True),
    "AdamW": lambda ps: torch.optim.AdamW(ps),
    "AdamW(foreach=True)": lambda ps: torch.optim.AdamW(ps, foreach=True),
    "AdamW(fused=True)": lambda ps: torch.optim.AdamW(ps, fused=True),
}
print("init, then (backward, step, zero_grad) x 2, and whether the weight changed:")
for name, make in optimizers.items():
    layer = nn.Linear(8, 1)
    optimizer = make(layer.parameters())
    before = layer.weight.detach().clone()
    seen = [layer.weight._version]
    for _ in range(2):
        loss = layer(torch.randn(4, 8)).pow(2).mean()
        loss.backward()
        seen.append(layer.weight._version)
        optimizer.step()
        seen.append(layer.weight._version)
        optimizer.zero_grad()
        seen.append(layer.weight._version)
    changed = not torch.equal(layer.weight, before)
    print(f"{name:<19}", seen, "| changed:", changed)
