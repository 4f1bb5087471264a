# At x = 0 the slope of sqrt and of log is infinite, and backward
# says so. Squaring is harmless: its slope at 0 is 0.
import torch

cases = {
    "sqrt(x)": torch.sqrt,
    "x ** 0.5": lambda x: x**0.5,
    "pow(x, 0.5)": lambda x: torch.pow(x, 0.5),
    "log(x)": torch.log,
    "x ** 2": lambda x: x**2,
    "x * x": lambda x: x * x,
}
for name, f in cases.items():
    x = torch.tensor(0.0, requires_grad=True)
    y = f(x)
    y.backward()
    print(f"{name:12s} value {y.item():5}  grad {x.grad.item()}")

# Outside the domain the value is nan, and the gradient is
# "arbitrary" (the autograd notes): nan for sqrt, not for log.
for name, f in [("sqrt(-1)", torch.sqrt), ("log(-1)", torch.log)]:
    x = torch.tensor(-1.0, requires_grad=True)
    y = f(x)
    y.backward()
    print(f"{name:12s} value {y.item():5}  grad {x.grad.item()}")
