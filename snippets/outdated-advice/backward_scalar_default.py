# For a scalar output, backward() needs no argument: the default is 1.0 with
# the output's shape. Passing torch.tensor(1.0) (0-d) is the explicit equivalent.
# out = mean(3 (x + 2)^2), so d out / dx = 6 (x + 2) / 4 = 4.5 at x = 1.
import torch


def seed_003_example():
    x = torch.ones(2, 2, requires_grad=True)
    out = ((x + 2) * (x + 2) * 3).mean()
    return x, out


x, out = seed_003_example()
out.backward()
print("out.backward():                  ", x.grad.tolist())
x, out = seed_003_example()
out.backward(torch.tensor(1.0))
print("out.backward(torch.tensor(1.0)): ", x.grad.tolist())
