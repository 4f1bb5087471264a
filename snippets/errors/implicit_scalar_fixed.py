# Fix: reduce the loss to a scalar, or pass `gradient`, one weight per element.
# loss.backward(v) computes the gradient of (loss * v).sum(): with v = 1/n it is the mean.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x, target = torch.randn(4, 3), torch.randn(4)

loss = F.mse_loss(x @ w, target, reduction="none")
loss.mean().backward()
via_mean = w.grad.clone()

w.grad = None
loss = F.mse_loss(x @ w, target, reduction="none")
loss.backward(torch.full_like(loss, 1 / 4))
print("mean().backward() == backward(1/n weights):", torch.allclose(via_mean, w.grad))
