# The old keyword of torch.autograd.backward (in the signature the CSDN
# post quotes, see Sources). It still works under PyTorch 2.13, with a
# FutureWarning: it will be removed.
import warnings

import torch

x = torch.ones(3, requires_grad=True)
y = 2 * x
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.autograd.backward(y, grad_variables=torch.tensor([0.1, 1.0, 0.0001]))
print("x.grad:", [round(g, 4) for g in x.grad.tolist()])
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
