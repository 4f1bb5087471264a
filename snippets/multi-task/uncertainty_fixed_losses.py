# Uncertainty weighting on two fixed loss values, no model: learn
# s_i = log(sigma_i^2) by minimizing sum(a_i*exp(-s_i)*L_i + b_i*s_i).
# d/ds_i = b_i - a_i*exp(-s_i)*L_i is zero where exp(s_i) = a_i*L_i/b_i,
# so the weight on L_i, a_i*exp(-s_i), settles at b_i / L_i.
import torch

L = torch.tensor([8.0, 0.3])  # the two losses, held fixed


def settle(a, b, steps=100, lr=0.5):
    s = torch.zeros(2, requires_grad=True)  # start at weight a_i
    opt = torch.optim.SGD([s], lr=lr)
    for _ in range(steps):
        loss = (a * torch.exp(-s) * L + b * s).sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return s.detach()


def show(name, values):
    print(f"  {name:<11}", "  ".join(f"{v:7.4f}" for v in values.tolist()))


one = torch.ones(2)
print("exp(-s)*L + s for both tasks (a = b = 1)")
s = settle(a=one, b=one)
show("s", s)
show("log(L)", torch.log(L))
show("exp(-s)", torch.exp(-s))
show("1/L", 1 / L)

# Kendall, Gal & Cipolla: L/(2 sigma^2) + log(sigma) for regression,
# L/sigma^2 + log(sigma) for classification; log(sigma) = s/2.
a, b = torch.tensor([0.5, 1.0]), torch.tensor([0.5, 0.5])
print("the paper's terms: task 1 regression, task 2 classification")
s = settle(a, b)
show("s", s)
show("log(a*L/b)", torch.log(a * L / b))
show("a*exp(-s)", a * torch.exp(-s))
show("1/(2L)", 1 / (2 * L))
