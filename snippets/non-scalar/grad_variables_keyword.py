# The CSDN post (see Sources) documents
# torch.autograd.backward(variables, grad_variables=...).
# The old keyword still works but warns; the current name is grad_tensors.
import warnings

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.autograd.backward([x * x], grad_variables=[torch.ones(3)])
print("x.grad =", x.grad.tolist())
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
