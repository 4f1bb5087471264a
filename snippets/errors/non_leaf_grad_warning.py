# Reading .grad of a non-leaf tensor: backward() does not store it there, so the
# value is None and PyTorch warns. Shapes and formulas of the
# multi-head notebook (see Sources).
import warnings

import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
b = a**2  # not a leaf: it has a grad_fn
d = (b * 2).mean()
d.backward()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("b.grad:", b.grad)
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
