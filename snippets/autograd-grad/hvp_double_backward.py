# Hessian-vector product with autograd.grad: differentiate the
# gradient g once more, against v. f(x) = sum(x^3) + x0*x1 has
# the Hessian H = diag(6x), plus 1 at (0,1) and (1,0). At x = (1,2,3):
# H = [[6,1,0],[1,12,0],[0,0,18]], and for v = (1,2,3), H v = (8,25,54).
import torch


def f(x):
    return (x**3).sum() + x[0] * x[1]


x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
x.requires_grad_()
v = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)

(g,) = torch.autograd.grad(f(x), x, create_graph=True)  # g has a graph
# the gradient of g . v (retain_graph: g is used once more below)
(hv,) = torch.autograd.grad(g @ v, x, retain_graph=True)
# the same as a vector-Jacobian product v^T H (H is symmetric)
(hv_vjp,) = torch.autograd.grad(g, x, grad_outputs=v)
print("g          =", g.tolist())
print("grad(g.v)  =", hv.tolist())
print("grad(g, v) =", hv_vjp.tolist())

H = torch.autograd.functional.hessian(f, x)
print("H =", H.tolist())
same = torch.equal(hv, H @ v) and torch.equal(hv_vjp, H @ v)
print("both equal H @ v:", same)
