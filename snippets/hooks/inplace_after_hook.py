# A tensor hook belongs to the tensor's grad_fn at the moment it is
# registered. After an in-place op, the tensor has a new grad_fn: a
# hook registered before it sees the gradient of the OLD value.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 2
h.register_hook(lambda g: print("hook before mul_:", g.tolist()))
print("grad_fn before:", type(h.grad_fn).__name__, "version", h._version)
old_node = h.grad_fn

h.mul_(3)  # h is now 6x, an in-place op on a non-leaf
h.register_hook(lambda g: print("hook after mul_: ", g.tolist()))
print("grad_fn after: ", type(h.grad_fn).__name__, "version", h._version)
print("same node:", h.grad_fn is old_node)

(h * torch.tensor([1.0, 10.0])).sum().backward()
print("x.grad:", x.grad.tolist())
