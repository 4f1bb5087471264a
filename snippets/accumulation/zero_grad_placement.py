# Where zero_grad() goes in a training loop: two right places and two wrong ones.
# Loss (w - 1)^2 has gradient 2(w - 1); w starts at 0, lr = 0.25 (exact in float32).
import torch


def train(placement, steps=3):
    w = torch.tensor(0.0, requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=0.25)
    grads = []
    for _ in range(steps):
        if placement == "before backward":
            optimizer.zero_grad()
        loss = (w - 1) ** 2
        loss.backward()
        grads.append(w.grad.item())
        if placement == "between backward and step":
            optimizer.zero_grad()  # step() then finds .grad None and skips w
        optimizer.step()
        if placement == "after step":
            optimizer.zero_grad()
    return grads, w.item()


for placement in ("before backward", "after step", "never", "between backward and step"):
    grads, w = train(placement)
    print(f"{placement:>25}: w.grad after each backward = {grads}, final w = {w}")
