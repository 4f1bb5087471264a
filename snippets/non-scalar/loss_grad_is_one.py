# loss.backward() starts from d loss / d loss = 1. With retain_grad(),
# loss.grad keeps that seed: tensor(1.) in a perfectly healthy run.
# The intermediate h keeps d loss / d h, the vector passed down.
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])
h = w * x  # [3, -8]
loss = (h**2).mean()  # (9 + 64) / 2 = 36.5
loss.retain_grad()
h.retain_grad()
loss.backward()
print("loss.grad:", loss.grad)
print("is ones_like(loss):", torch.equal(loss.grad, torch.ones_like(loss)))
print("h.grad:   ", h.grad.tolist(), " (= h: d mean(h^2)/dh = 2h/2)")
print("w.grad:   ", w.grad.tolist(), " (= h * x)")

# The seed is 1 whatever happens below it: here no gradient reaches w.
w.grad = None
dead = torch.relu(w * x - 10).sum()  # every input below 0: relu is flat
dead.retain_grad()
dead.backward()
print("dead.grad:", dead.grad, "| w.grad:", w.grad.tolist())
