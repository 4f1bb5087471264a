# volatile=True once switched off graph building for inference. It was removed:
# Variable() warns and ignores it, and the graph is built anyway.
import warnings

import torch
from torch import nn
from torch.autograd import Variable

torch.manual_seed(0)
model = nn.Linear(3, 1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inputs = Variable(torch.randn(2, 3), volatile=True)
out = model(inputs)
print("out.requires_grad:", out.requires_grad, "| out.grad_fn:", type(out.grad_fn).__name__)
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg}")
