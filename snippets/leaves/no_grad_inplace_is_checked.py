# The same change made under torch.no_grad() is tracked by w's version counter:
# autograd notices that a tensor it saved was modified and refuses to go on.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (w**2).sum()  # saves w at version 0
with torch.no_grad():
    w.mul_(10)  # version 1
print("w._version:", w._version)
loss.backward()
