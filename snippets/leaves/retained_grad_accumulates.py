# Gradients accumulate in .grad across backward() calls: in every leaf that requires
# grad, and also in a non-leaf that called retain_grad(). (A non-leaf is usually a new
# tensor in each forward pass, so in a training loop its .grad starts fresh anyway.)
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 3  # a non-leaf
b.retain_grad()
loss = (b * b).sum()  # d loss / db = 2b = [6, 12]
loss.backward(retain_graph=True)
print("after one backward(): b.grad =", b.grad.tolist(), "| a.grad =", a.grad.tolist())
loss.backward()
print("after two backward(): b.grad =", b.grad.tolist(), "| a.grad =", a.grad.tolist())
