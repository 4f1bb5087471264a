# Three ways to build a loss that has nothing to differentiate: each result has
# requires_grad=False and no grad_fn, exactly what the backward() error reports.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

plain = (x * 2).sum()  # 1. no input requires grad
with torch.no_grad():
    under_no_grad = (w * x).sum()  # 2. computed while recording was off
after_detach = (w.detach() * x).sum()  # 3. the path to w was cut

cases = {"plain tensors": plain, "under no_grad": under_no_grad, "after detach": after_detach}
for name, loss in cases.items():
    print(f"{name:14s} requires_grad={loss.requires_grad} grad_fn={loss.grad_fn}")
