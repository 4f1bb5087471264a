# torch.autograd.backward([l1, l2], [w1, w2]) weights each loss by its "gradient":
# the result equals one backward() of the weighted sum w1 * l1 + w2 * l2.
import torch

torch.manual_seed(0)
model = torch.nn.Linear(4, 2)
x = torch.randn(8, 4)
w1, w2 = torch.tensor(0.3), torch.tensor(2.0)  # 0-d, like the 0-d losses


def losses():
    out = model(x)
    return out[:, 0].pow(2).mean(), out[:, 1].abs().mean()


l1, l2 = losses()
torch.autograd.backward([l1, l2], [w1, w2])
weighted_calls = [p.grad.clone() for p in model.parameters()]

model.zero_grad()  # sets every .grad back to None
l1, l2 = losses()
(w1 * l1 + w2 * l2).backward()
weighted_sum = [p.grad for p in model.parameters()]

same = all(torch.allclose(a, b) for a, b in zip(weighted_calls, weighted_sum))
print("backward([l1, l2], [w1, w2]) == (w1*l1 + w2*l2).backward():", same)
