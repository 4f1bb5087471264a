# None and zeros are not the same to an optimizer: a parameter whose .grad is None is
# SKIPPED by step(); one whose .grad is zeros is stepped, and momentum still moves it.
# Parameter b takes part only in the first step. Powers of two keep the numbers exact.
import torch


def run(set_to_none):
    a = torch.tensor(1.0, requires_grad=True)
    b = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([a, b], lr=0.5, momentum=0.5)
    (a + b).backward()  # both gradients are 1
    optimizer.step()  # a = b = 1 - 0.5 * 1 = 0.5
    optimizer.zero_grad(set_to_none=set_to_none)
    (2 * a).backward()  # b is not used: its .grad stays None, or zeros
    optimizer.step()
    return a.item(), b.item()


for set_to_none in (True, False):
    a, b = run(set_to_none)
    print(f"set_to_none={set_to_none}: a = {a}, b = {b}")
