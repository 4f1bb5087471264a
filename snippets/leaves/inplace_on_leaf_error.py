# A hand-written SGD step: updating a leaf that requires grad in place, while
# autograd is recording, is refused.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
print("w.grad:", w.grad.tolist())
w -= 0.1 * w.grad  # in place, recorded: error
