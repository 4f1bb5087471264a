# An optimizer keeps the tensor objects it was given. When a
# conversion replaces an object instead of changing it in place, an
# optimizer built BEFORE the conversion updates the old one, silently.
import torch
from torch import nn


def optimizer_still_holds(model, convert):
    optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
    convert(model)
    held = optimizer.param_groups[0]["params"]
    return all(h is p for h, p in zip(held, model.parameters()))


# 1. A plain tensor, converted and made a new leaf after the optimizer.
w = torch.zeros(3, requires_grad=True)
optimizer = torch.optim.SGD([w], lr=0.5)
w = w.double().detach().requires_grad_()  # a NEW tensor
held = optimizer.param_groups[0]["params"][0]
print("plain: optimizer holds w:", held is w)
(w * 2).sum().backward()
optimizer.step()  # the old tensor has no .grad: SGD skips it
print("       w.grad:", w.grad.tolist(), "| held.grad:", held.grad)
print("       w moved:", w.ne(0).any().item())

# 2. Module.to() makes new Parameter objects when this flag is on...
torch.manual_seed(0)
flag = torch.__future__.get_overwrite_module_params_on_conversion()
torch.__future__.set_overwrite_module_params_on_conversion(True)
try:
    same = optimizer_still_holds(nn.Linear(3, 1), lambda m: m.double())
finally:
    torch.__future__.set_overwrite_module_params_on_conversion(flag)
print("overwrite flag: optimizer holds them:", same)

# 3. ...and when the new tensor is of another kind (meta holds no data).
same = optimizer_still_holds(nn.Linear(3, 1), lambda m: m.to("meta"))
print('to("meta"): optimizer holds them:', same)

# The other flag, swap_module_params, swaps the converted data INTO
# the existing objects: the optimizer keeps them.
flag = torch.__future__.get_swap_module_params_on_conversion()
torch.__future__.set_swap_module_params_on_conversion(True)
try:
    same = optimizer_still_holds(nn.Linear(3, 1), lambda m: m.double())
finally:
    torch.__future__.set_swap_module_params_on_conversion(flag)
print("swap flag: optimizer holds them:", same)
