# Write instead: item() for a Python number (logging), detach() for a tensor
# without history (metrics, plotting), detach().clone() for a copy you may modify.
import torch

a = torch.zeros(3, requires_grad=True)
out = a.exp()
loss = out.sum()
print("loss.item():", loss.item(), type(loss.item()).__name__)
snapshot = out.detach().clone()
snapshot.mul_(2)  # a private copy: the saved output is untouched
loss.backward()
print("a.grad:", a.grad.tolist(), "| snapshot:", snapshot.tolist())
