# is_leaf, requires_grad and grad_fn for the four kinds of tensors you meet.
# A tensor is a leaf when no recorded operation created or changed it (grad_fn is None).
import torch


def describe(name, t):
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    leaf, rg = str(t.is_leaf), str(t.requires_grad)
    print(f"{name:36s} is_leaf={leaf:5s} requires_grad={rg:5s} grad_fn={grad_fn}")


w = torch.tensor([1.0, 2.0], requires_grad=True)  # created by you, asks for a gradient
x = torch.tensor([3.0, 4.0])  # created by you, plain data
y = w * x  # result of an op on a tensor that requires grad
z = x * 2  # result of an op on plain tensors only

describe("w = tensor(..., requires_grad=True)", w)
describe("x = tensor(...)", x)
describe("y = w * x", y)
describe("z = x * 2", z)
