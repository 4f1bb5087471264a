# What one optimizer step does to a parameter p = [1, -2] whose .grad
# holds zeros, versus one whose .grad is None. lr = 0.1. The momentum
# rows first take one step with the gradient [1, 1], as training would.
import torch
from torch.optim import SGD, Adam, AdamW

CASES = [  # name, optimizer, options, an earlier step first
    ("SGD, weight_decay=0.1", SGD, {"weight_decay": 0.1}, False),
    ("Adam, weight_decay=0.1", Adam, {"weight_decay": 0.1}, False),
    ("AdamW, weight_decay=0.1", AdamW, {"weight_decay": 0.1}, False),
    ("SGD, momentum=0.9", SGD, {"momentum": 0.9}, True),
    ("Adam, after a step", Adam, {}, True),
]


def step_change(cls, options, grad, earlier_step):
    p = torch.nn.Parameter(torch.tensor([1.0, -2.0]))
    opt = cls([p], lr=0.1, **options)
    if earlier_step:  # fills the momentum buffers
        p.grad = torch.ones(2)
        opt.step()
    before = p.detach().clone()
    p.grad = grad
    opt.step()
    if torch.equal(p, before):
        return "unchanged"
    return " ".join(f"{v:+.4f}" for v in (p - before).tolist())


print(f"{'':23s} .grad = zeros    .grad = None")
for name, cls, options, earlier_step in CASES:
    zeros = step_change(cls, options, torch.zeros(2), earlier_step)
    none = step_change(cls, options, None, earlier_step)
    print(f"{name:23s} {zeros:16s} {none}")

# The same two columns with the foreach and the fused implementations.
agree = all(
    step_change(cls, {**options, impl: True}, grad, earlier)
    == step_change(cls, options, grad, earlier)
    for _, cls, options, earlier in CASES
    for impl in ("foreach", "fused")
    for grad in (torch.zeros(2), None)
)
print("foreach and fused give the same:", agree)
