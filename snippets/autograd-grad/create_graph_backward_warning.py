# backward(create_graph=True) stores in p.grad a gradient that has its own graph,
# and that graph refers back to p: PyTorch warns about the reference cycle.
import warnings

import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)  # think of a parameter
loss = (p**3).sum()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss.backward(create_graph=True)
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")

print("p.grad:", p.grad.tolist(), " has a grad_fn:", p.grad.grad_fn is not None)
