# Fix: do the edit under torch.no_grad() (an initialization, not part of the model),
# or build a new tensor out of place if the edit belongs in the graph.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    w[0] = 0.0
print("edited leaf:", w.tolist(), "| is_leaf:", w.is_leaf)

v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
mask = torch.tensor([0.0, 1.0, 1.0])
(v * mask).sum().backward()  # out of place: the edit is differentiated
print("gradient through the mask:", v.grad.tolist())
