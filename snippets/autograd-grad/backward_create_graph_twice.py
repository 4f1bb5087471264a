# The tempting way to get d2y/dx2: backward(create_graph=True), then
# backward() on x.grad. The second call ADDS into the same x.grad,
# which already holds dy/dx. y = x^3 at x = 3: dy/dx = 27, d2y/dx2 = 18.
import gc
import textwrap
import warnings
import weakref

import torch

x = torch.tensor(3.0, requires_grad=True)
y = x**3
# PyTorch gives this warning once per process; show it every time
warn_always = torch.is_warn_always_enabled()
torch.set_warn_always(True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y.backward(create_graph=True)
torch.set_warn_always(warn_always)
for w in caught:  # print the first sentence of the warning
    first = str(w.message).split(". ")[0] + "."
    print(textwrap.fill(f"{w.category.__name__}: {first}", 60))
print("x.grad after 1st call:", x.grad.item())  # 3x^2 = 27

x.grad.backward()  # meant as d2y/dx2 = 6x = 18
print("x.grad after 2nd call:", x.grad.item())  # 27 + 18
print("x.grad has a grad_fn: ", x.grad.grad_fn is not None)

# x.grad still holds a graph that refers back to x: a cycle
alive = weakref.ref(x)
del x, y
gc.collect()
print("x alive after del + gc:", alive() is not None)
