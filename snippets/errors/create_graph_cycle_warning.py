# backward(create_graph=True) stores in x.grad a tensor that has a graph, and
# that graph refers back to x: a reference cycle. PyTorch warns about it.
import warnings

import torch

x = torch.tensor(2.0, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).backward(create_graph=True)
print("x.grad:", x.grad.item(), "| has a grad_fn:", x.grad.grad_fn is not None)
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
