# The shared branch y1 = 2 * w + 1 of the "Understanding gradients"
# post (see Sources) looks like it needs nothing saved, yet it cannot
# be backwarded twice: MulBackward0 keeps the number 2 as a saved tensor.
import torch

w = torch.tensor(1.0, requires_grad=True)
y1 = 2 * w + 1
mul = y1.grad_fn.next_functions[0][0]  # the node of 2 * w, below the + 1
other = mul._saved_other
print(type(mul).__name__, "| _saved_other:", other.item(), "as a tensor of shape", tuple(other.shape))
print("_saved_self:", mul._saved_self)

y1.backward()  # uses, then frees, _saved_other
print("first call: w.grad =", w.grad.item())
y1.backward()
