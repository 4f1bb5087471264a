# The popular wrong fix: make the loss itself require grad. The error goes away,
# but the loss is now a leaf with no history: nothing reaches w, and w never learns.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])
with torch.no_grad():
    loss = (w * x).sum()
loss.requires_grad = True  # silences the error...
loss.backward()  # ...and differentiates the loss with respect to itself
print("loss.is_leaf:", loss.is_leaf)
print("w.grad:", w.grad)
