# s.backward(v) on a complex output s is the backward of the real loss
# L = Re(sum(conj(v) * s)): v is dL/ds in the same convention as .grad.
import torch


def grad_of(fn):
    z = torch.tensor(1 + 2j, requires_grad=True)
    fn(z)
    return z.grad.item()


for v in (1 + 0j, 1j):
    v_t = torch.tensor(v)  # complex64, like s
    by_v = grad_of(lambda z: (z * z).backward(v_t))
    by_loss = grad_of(lambda z: (v_t.conj() * z * z).real.backward())
    print(f"v={v}: z.grad={by_v} same as loss: {by_v == by_loss}")

# v = 1 asks for the gradient of Re(z^2) = x^2 - y^2: (2x, -2y).
# v = 1j asks for that of Im(z^2) = 2xy: (2y, 2x).
# Any complex dtype is accepted: complex128 for a complex64 output.
z = torch.tensor(1 + 2j, requires_grad=True)
(z * z).backward(torch.tensor(1 + 0j, dtype=torch.complex128))
print("complex128 v accepted:", z.grad.item(), z.grad.dtype)
# But the tensor passed must be complex: a real one is rejected.
z = torch.tensor(1 + 2j, requires_grad=True)
(z * z).backward(torch.tensor(1.0))
