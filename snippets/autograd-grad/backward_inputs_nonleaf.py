# A non-leaf listed in inputs= gets a .grad, as if retain_grad() had been called,
# and the gradient stops there: the leaf behind it gets nothing.
import warnings

import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
h = a * 3  # non-leaf
loss = (h**2).sum()  # dloss/dh = 2h = [6, 12]
loss.backward(inputs=[h])

print("h.is_leaf:", h.is_leaf, " h.retains_grad:", h.retains_grad)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("h.grad:", h.grad.tolist(), " warnings:", len(caught))
print("a.grad:", a.grad)
