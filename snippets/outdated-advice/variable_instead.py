# Write plain tensors: ask for gradients when you create the tensor, or switch
# them on in place on an existing one. Both give a leaf that requires grad.
import torch

x = torch.ones(2, 2, requires_grad=True)
print("torch.ones(..., requires_grad=True):", x.requires_grad, x.is_leaf)

t = torch.ones(2, 2)
same = t.requires_grad_()  # in place: returns t itself
print("t.requires_grad_():", t.requires_grad, t.is_leaf, "| same object:", same is t)
