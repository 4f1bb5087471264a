# An integer or bool result has no gradient: argmax, a cast to
# long, a comparison. Autograd records nothing for them, so the
# graph ends there. Indexing WITH an argmax is fine: the values
# picked stay floats and keep their graph.
import torch

x = torch.tensor([1.0, 3.0, 2.0], requires_grad=True)
for name, t in [("x.argmax()", x.argmax()), ("x.long()", x.long()),
                ("x > 2", x > 2)]:
    print(f"{name:10s} {str(t.dtype):11s} requires_grad "
          f"{t.requires_grad}  grad_fn {t.grad_fn}")

best = x[x.argmax()]  # the largest value, a float
print("x[x.argmax()]:", best.item(), type(best.grad_fn).__name__)
best.backward()
print("x.grad:", x.grad.tolist())
