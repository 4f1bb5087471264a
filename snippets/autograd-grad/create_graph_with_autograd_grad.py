# The recommended form: autograd.grad(..., create_graph=True) returns the gradients
# instead of storing them in .grad, so no cycle forms and nothing leaks.
import gc
import warnings
import weakref

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
alive = weakref.ref(model.weight)
loss = model(torch.randn(4, 3)).pow(3).sum()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    grads = torch.autograd.grad(loss, list(model.parameters()), create_graph=True)
print("warnings:", len(caught), " grads have a graph:", all(g.requires_grad for g in grads))

del model, loss, grads
gc.collect()
print("weight still alive after del:", alive() is not None)
