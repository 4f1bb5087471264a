# Registering a hook is not a recorded operation: it works under
# torch.no_grad(). The hook itself runs with grad mode off, unless
# the backward pass builds a graph (create_graph=True).
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    x.register_hook(
        lambda g: print("  in the hook, grad mode on:", torch.is_grad_enabled())
    )

print("backward():")
(x * 3).sum().backward()
print("autograd.grad(..., create_graph=True):")
(g,) = torch.autograd.grad((x**3).sum(), x, create_graph=True)
print("g has a grad_fn:", g.grad_fn is not None)
