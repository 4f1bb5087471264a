# detach() returns a new leaf that does not require grad but SHARES the storage:
# no copy is made, so an in-place change through one is seen by the other.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = w * 2  # non-leaf, grad_fn=MulBackward0
y_d = y.detach()

print("y_d: is_leaf =", y_d.is_leaf, " requires_grad =", y_d.requires_grad)
print("y_d.grad_fn:", y_d.grad_fn)
print("same memory as y:", y_d.data_ptr() == y.data_ptr())
y_d[0] = 100.0  # writes into y's storage
print("y after writing through y_d:", y.tolist())
