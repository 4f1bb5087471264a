# A hand-written SGD step: an in-place update of a leaf that requires grad.
# In grad mode, autograd would have to record the update as part of the graph,
# and a leaf cannot have a history, so the operation is refused.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
print("w.grad:", w.grad.tolist())
w -= 0.1 * w.grad  # in place, grad mode on
