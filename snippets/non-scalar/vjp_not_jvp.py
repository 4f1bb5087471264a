# backward() is reverse mode: its vector lives in the OUTPUT space and multiplies J
# from the left (v^T J). A Jacobian-vector product J u is forward mode: its vector
# lives in the INPUT space. With 3 inputs and 2 outputs the shapes tell them apart.
import torch
from torch.func import jacrev, jvp

torch.manual_seed(0)
W = torch.randn(2, 3)


def f(x):
    return torch.tanh(W @ x)


x = torch.randn(3, requires_grad=True)
J = jacrev(f)(x.detach())  # [2, 3]

v = torch.randn(2)  # one number per output
f(x).backward(v)
print(f"backward: v {tuple(v.shape)} -> x.grad {tuple(x.grad.shape)}, equals v @ J:", torch.allclose(x.grad, v @ J))

u = torch.randn(3)  # one number per input
_, Ju = jvp(f, (x.detach(),), (u,))
print(f"jvp:      u {tuple(u.shape)} -> J u    {tuple(Ju.shape)}, equals J @ u:", torch.allclose(Ju, J @ u))
