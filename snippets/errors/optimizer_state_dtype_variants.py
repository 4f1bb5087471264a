# The same mistake with other dtypes and optimizers: state created in
# float32, model converted afterwards. Adam names the new dtype in the
# message; its foreach version (the default for CUDA parameters) says
# the same; the fused kernel words it differently. SGD with momentum
# and RMSprop raise nothing and keep their state in float32.
import torch
from torch import nn


def step_after_conversion(make_optimizer, convert, reload=False):
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    optimizer = make_optimizer(model.parameters())
    model(torch.ones(2, 3)).sum().backward()
    optimizer.step()  # the state is created here, in float32
    convert(model)
    if reload:  # the fix: the reload casts the state
        optimizer.load_state_dict(optimizer.state_dict())
    optimizer.zero_grad()
    model(torch.ones(2, 3, dtype=model.weight.dtype)).sum().backward()
    try:
        optimizer.step()
    except RuntimeError as e:
        return f"RuntimeError: {e}", False
    state = optimizer.state[model.weight]
    kept = {k: v.dtype for k, v in state.items() if k != "step"}
    same = all(d == model.weight.dtype for d in kept.values())
    kept = [f"{k} {d}" for k, d in kept.items()]
    return "no error | " + ", ".join(kept), same


half = nn.Module.half
double = nn.Module.double
cases = {
    "Adam, model.half()": (torch.optim.Adam, {}, half),
    "Adam(foreach=True), model.double()": (
        torch.optim.Adam, {"foreach": True}, double),
    "Adam(fused=True), model.double()": (
        torch.optim.Adam, {"fused": True}, double),
    "SGD(momentum=0.9), model.double()": (
        torch.optim.SGD, {"momentum": 0.9}, double),
    "RMSprop, model.double()": (torch.optim.RMSprop, {}, double),
}
fixed = []
for name, (cls, kwargs, convert) in cases.items():
    def make(params):
        return cls(params, lr=0.1, **kwargs)

    print(name)
    print(step_after_conversion(make, convert)[0])
    fixed.append(step_after_conversion(make, convert, reload=True)[1])

# Adagrad creates its state when it is built: converting the model
# before the first step is already too late for it.
model = nn.Linear(3, 1)
optimizer = torch.optim.Adagrad(model.parameters())
model.double()
print("Adagrad built, then model.double():")
print("state sum:", optimizer.state[model.weight]["sum"].dtype)
optimizer.load_state_dict(optimizer.state_dict())  # the same fix
model(torch.ones(2, 3, dtype=torch.float64)).sum().backward()
optimizer.step()
fixed.append(optimizer.state[model.weight]["sum"].dtype == torch.float64)

# With load_state_dict(state_dict()) after the conversion, all six
# step, with their state in the model's dtype.
print("reloaded, all steps ran in the new dtype:", all(fixed))
