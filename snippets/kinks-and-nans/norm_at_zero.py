# The Euclidean norm at the zero vector. PyTorch's norm
# functions return the subgradient 0; the same norm written by
# hand, sqrt of a sum of squares, returns nan.
import torch
import torch.nn.functional as F

norms = {
    "linalg.vector_norm(x)": torch.linalg.vector_norm,
    "torch.norm(x)": torch.norm,
    "x.norm(dim=0)": lambda x: x.norm(dim=0),
    "(x * x).sum().sqrt()": lambda x: (x * x).sum().sqrt(),
    "((x*x).sum()+1e-12).sqrt()":
        lambda x: ((x * x).sum() + 1e-12).sqrt(),
}
for name, f in norms.items():
    x = torch.zeros(3, requires_grad=True)
    f(x).backward()
    print(f"{name:26s} grad {x.grad.tolist()}")

# F.normalize(x) = x / max(norm, eps) is finite at 0, but its
# slope there is 1 / eps, with eps = 1e-12 by default.
x = torch.zeros(3, requires_grad=True)
F.normalize(x, dim=0)[0].backward()
print(f"F.normalize(x)[0]: grad[0] = {x.grad[0].item():.3g}")

# F.pairwise_distance(a, b) is the norm of a - b + eps (1e-6):
# at two equal points that vector is not 0, and neither is the
# gradient.
a, b = torch.zeros(3, requires_grad=True), torch.zeros(3)
F.pairwise_distance(a, b).backward()
print("pairwise_distance(a, a):", [round(v, 4) for v in a.grad.tolist()])

# The subgradient 0 is a first derivative. Differentiate it again
# (create_graph=True), and the zero vector gives nan.
x = torch.zeros(3, requires_grad=True)
(g,) = torch.autograd.grad(torch.linalg.vector_norm(x), x,
                           create_graph=True)
(h,) = torch.autograd.grad(g[0], x)
print("second derivative:", h.tolist())
