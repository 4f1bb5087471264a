# Old code updates weights through .data. That also avoids the leaf error, but
# autograd no longer sees the change: a gradient computed afterwards is silently wrong.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (w**2).sum()  # saves w: dloss/dw = 2w, with w = [1, 2, 3]
expected = 2 * w.detach().clone()  # the true gradient, computed before the change
w.data.mul_(10)  # an in-place change hidden from autograd
loss.backward()

print("true gradient 2w:       ", expected.tolist())
print("w.grad after the change:", w.grad.tolist())
