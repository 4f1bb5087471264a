# A hook that returns a tensor replaces the gradient. On a non-leaf,
# everything below it in the graph receives the replacement; on a
# leaf, the replacement is what lands in .grad.
import torch

c = torch.tensor([1.0, 10.0, 100.0])

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * x
h.retain_grad()  # to read h.grad after the pass
h.register_hook(lambda grad: grad.clamp(max=10.0))
(h * c).sum().backward()
print("h.grad:", h.grad.tolist())  # what the hook returned
print("x.grad:", x.grad.tolist())  # 2x * clamped, not 2x * c

y = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y.register_hook(lambda grad: grad / 2)
(y * y * c).sum().backward()
print("y.grad:", y.grad.tolist())  # half of [2, 40, 600]
