# The graph of the multi-head notebook (see Sources): b = a**2 is not
# a leaf, so backward() does not keep its gradient.
# Reading b.grad returns None and warns.
import warnings

import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
b = a**2
c = b * 2
d = c.mean()
d.backward()
print("a.grad == a:", torch.equal(a.grad, a))  # d = mean(2a^2), so dd/da = a

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("b.grad:", b.grad)
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
