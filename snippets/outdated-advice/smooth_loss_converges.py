# The L1 puzzle of the "Understanding gradients" post (see Sources and
# multiple-losses): |2w - 1| has gradient +-2 everywhere, so a constant
# lr makes SGD bounce. A smaller lr only narrows the bounce; a smooth
# loss, whose gradient 4(2w - 1) shrinks near w = 0.5, converges.
import torch
import torch.nn.functional as F


def run(loss_fn, lr, steps=8):
    w = torch.tensor(1.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=lr)
    trace = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss_fn(2 * w - 1, torch.tensor(0.0)).backward()
        optimizer.step()
        trace.append(f"{w.item():.3f}")
    return " ".join(trace)


print("L1,  lr = 1.0:", run(F.l1_loss, 1.0))
print("L1,  lr = 0.1:", run(F.l1_loss, 0.1))
print("MSE, lr = 0.1:", run(F.mse_loss, 0.1))
