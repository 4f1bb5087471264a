# The same loss written twice: with complex operations on a complex
# leaf z, and with real operations on a real leaf r = [x, y] per
# element. view_as_real(z.grad) equals r.grad bit for bit, for
# holomorphic pieces (z*z) and non-holomorphic ones (abs, real).
import torch

zs = [1 + 2j, 3 - 1j]
xy = [[1.0, 2.0], [3.0, -1.0]]  # the same numbers as (x, y) pairs
losses = {  # name: (complex form, real form)
    "|z|^2": (lambda z: z.abs() ** 2, lambda x, y: x**2 + y**2),
    "Re(z)^2": (lambda z: z.real**2, lambda x, y: x**2),
    "Re(z^2)": (lambda z: (z * z).real, lambda x, y: x**2 - y**2),
    "Im(z)": (lambda z: z.imag, lambda x, y: y),
}
for name, (on_z, on_xy) in losses.items():
    z = torch.tensor(zs, requires_grad=True)  # complex64
    on_z(z).sum().backward()
    r = torch.tensor(xy, requires_grad=True)
    on_xy(r[:, 0], r[:, 1]).sum().backward()
    same = torch.equal(torch.view_as_real(z.grad), r.grad)
    print(f"{name:8s} z.grad={z.grad.tolist()} same={same}")

# The reverse direction: complex operations on a view of a real
# leaf. r.grad is the real view of the complex gradient.
r = torch.tensor(xy, requires_grad=True)
(torch.view_as_complex(r).abs() ** 2).sum().backward()
print("r.grad through view_as_complex:", r.grad.tolist())

# The numbers above keep every step exact. With arbitrary values
# the two forms round differently (abs() goes through |z|), so they
# agree only up to rounding.
torch.manual_seed(0)
zr = torch.randn(1000, dtype=torch.complex64)
z = zr.clone().requires_grad_()
(z.abs() ** 2).sum().backward()
r = torch.view_as_real(zr).clone().requires_grad_()
(r[:, 0] ** 2 + r[:, 1] ** 2).sum().backward()
g = torch.view_as_real(z.grad)
print("random |z|^2, bitwise equal:", torch.equal(g, r.grad))
print("random |z|^2, allclose:", torch.allclose(g, r.grad))
