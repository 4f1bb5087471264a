# Saved tensors pass through saved_tensors_hooks and are freed by
# backward. A tensor kept as an attribute does neither: it lives as
# long as the graph does.
import weakref

import torch
from torch.autograd import Function

refs = []  # weak references to the intermediate s: they keep nothing


class SoftplusSaved(Function):
    @staticmethod
    def forward(ctx, x):  # combined style: s is made inside forward
        s = torch.sigmoid(x)  # softplus'(x) = sigmoid(x)
        refs.append(weakref.ref(s))
        ctx.save_for_backward(s)
        return torch.nn.functional.softplus(x)

    @staticmethod
    def backward(ctx, grad_y):
        (s,) = ctx.saved_tensors
        return grad_y * s


class SoftplusAttr(Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        refs.append(weakref.ref(s))
        ctx.s = s  # wrong: a tensor as a plain attribute
        return torch.nn.functional.softplus(x)

    @staticmethod
    def backward(ctx, grad_y):
        return grad_y * ctx.s


packed = []


def pack(t):  # sees every tensor the graph saves
    packed.append(tuple(t.shape))
    return t


def unpack(t):
    return t


for fn in (SoftplusSaved, SoftplusAttr):
    refs.clear()
    packed.clear()
    x = torch.zeros(1000, requires_grad=True)
    with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
        y = fn.apply(x)
    print(fn.__name__, "- tensors packed:", len(packed))
    y.sum().backward()
    print("  s alive after backward:", refs[0]() is not None)
    del y
    print("  s alive after del y:", refs[0]() is not None)
