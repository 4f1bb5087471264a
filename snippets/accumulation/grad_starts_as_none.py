# .grad belongs to a LEAF tensor: it is None until a backward() reaches the leaf,
# then it is a tensor with exactly the leaf's shape.
import torch

w = torch.ones(2, 3, requires_grad=True)  # a leaf: created directly by the user
b = torch.ones(3, requires_grad=True)  # another leaf, but the loss below ignores it
print("before backward: w.grad =", w.grad)

loss = (w * 2).sum()  # d loss / d w = 2 for every element
loss.backward()
print("after backward: w.grad.shape =", tuple(w.grad.shape), "| same shape as w:", w.grad.shape == w.shape)
print("w.grad =", w.grad.tolist())
print("b was not reached: b.grad =", b.grad)
