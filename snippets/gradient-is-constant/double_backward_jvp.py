# The gradient argument is a constant for the first-order result. With
# create_graph=True, the result g = J^T v is recorded as a function of v as well,
# and differentiating it with respect to v gives J u: a Jacobian-vector product
# from two vector-Jacobian products (the "double backward trick" that
# torch.autograd.functional.jvp uses).
import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
W = torch.tensor([[1.0, 2.0, 0.0], [0.0, -1.0, 3.0]])
y = W @ x  # the Jacobian of y with respect to x is W

v = torch.zeros(2, requires_grad=True)  # the gradient argument; its value does not matter
(g,) = torch.autograd.grad(y, x, grad_outputs=v, create_graph=True)  # g = W^T v
print("g.grad_fn:", type(g.grad_fn).__name__, "| g depends on v:", g.requires_grad)

u = torch.tensor([1.0, 1.0, -1.0])
(j_u,) = torch.autograd.grad(g, v, grad_outputs=u)  # d(u . W^T v)/dv = W u
print("grad(g, v, u):", j_u.tolist(), "| W @ u:", (W @ u).tolist())
_, jvp = torch.autograd.functional.jvp(lambda x: W @ x, x.detach(), u)
print("torch.autograd.functional.jvp:", jvp.tolist())
