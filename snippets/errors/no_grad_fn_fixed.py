# Fix: compute the loss with grad mode on, from tensors that require grad.
# Then loss.grad_fn is set and backward() reaches w.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])
loss = (w * x).sum()
print("loss.grad_fn:", type(loss.grad_fn).__name__)
loss.backward()
print("w.grad:", w.grad.tolist())
