# Under torch.no_grad() and torch.inference_mode() no graph is recorded:
# results of ops are leaves with requires_grad=False and no grad_fn. A tensor
# created there with requires_grad=True (a factory call, nn.Parameter) still asks
# for a gradient: the block switches off recording, not the flag you set. A view of
# a tensor that requires grad reports requires_grad=True too, but leads nowhere.
import torch
from torch import nn

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    y = w * 2
    new_weight = torch.ones(3, requires_grad=True)
    param = nn.Parameter(torch.zeros(2))
    view = w[:2]
with torch.inference_mode():
    z = w * 2

for name, t in [("no_grad", y), ("inference_mode", z)]:
    attrs = f"is_leaf={t.is_leaf} requires_grad={t.requires_grad} grad_fn={t.grad_fn}"
    print(f"{name:15s} {attrs} is_inference={t.is_inference()}")
print("w is untouched: requires_grad =", w.requires_grad)
print("created under no_grad: ones(3, requires_grad=True).requires_grad =", new_weight.requires_grad,
      "| nn.Parameter(...).requires_grad =", param.requires_grad)
print("view w[:2] under no_grad: requires_grad =", view.requires_grad, "| grad_fn =", view.grad_fn)
(view * 2).sum().backward()  # runs, but the view is connected to nothing
print("after (view * 2).sum().backward(): w.grad =", w.grad)
