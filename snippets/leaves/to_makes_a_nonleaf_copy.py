# requires_grad=True first, .double() after: the variable w holds the
# converted COPY, a non-leaf. backward() writes the gradient into the
# original float32 tensor, which the program can no longer name: it is
# only reachable through the graph, as w.grad_fn's next node.
import warnings

import torch

w = torch.zeros(3, requires_grad=True).double()  # or .to(torch.float64)
print("w: is_leaf =", w.is_leaf, "| grad_fn =", type(w.grad_fn).__name__)

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
loss = (w * x).sum()
loss.backward()

# The node below ToCopyBackward0 is the AccumulateGrad of the original.
original = w.grad_fn.next_functions[0][0].variable
print("original: is_leaf =", original.is_leaf, "|", original.dtype)
print("original.grad:", original.grad.tolist(), original.grad.dtype)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("w.grad:", w.grad)
for warning in caught:
    msg = str(warning.message).split(" (Triggered internally at")[0]
    print(f"{warning.category.__name__}: {msg}")
