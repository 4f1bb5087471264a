# The cycle p -> p.grad -> its graph -> p is not freed when the model goes away,
# not even by the garbage collector. Resetting .grad to None breaks it;
# zeroing it in place does not (the zeroed tensor still holds the graph).
import gc
import warnings
import weakref

import torch
from torch import nn

warnings.simplefilter("ignore")  # the reference-cycle warning is the subject here

resets = {
    "no reset": lambda model: None,
    "p.grad = None": lambda model: [setattr(p, "grad", None) for p in model.parameters()],
    "optimizer.zero_grad()": lambda model: torch.optim.SGD(model.parameters()).zero_grad(),
    "p.grad.zero_()": lambda model: [p.grad.zero_() for p in model.parameters()],
}
for name, reset in resets.items():
    torch.manual_seed(0)
    model = nn.Linear(3, 1)
    alive = weakref.ref(model.weight)  # a weak reference does not keep the weight alive
    model(torch.randn(4, 3)).pow(3).sum().backward(create_graph=True)
    reset(model)
    del model
    gc.collect()
    print(f"{name:22s} -> weight still alive after del + gc.collect(): {alive() is not None}")
