# Keeping the OUTPUT as an attribute makes a reference cycle:
# output -> grad_fn (the ctx) -> output. Only the garbage collector
# frees it. save_for_backward stores it without the cycle.
import gc
import weakref

import torch
from torch.autograd import Function


class ExpSaved(Function):
    @staticmethod
    def forward(x):
        return x.exp()

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)  # exp' = exp: keep the output

    @staticmethod
    def backward(ctx, grad_y):
        (out,) = ctx.saved_tensors
        return grad_y * out


class ExpAttr(ExpSaved):
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.out = output  # wrong: the output as a plain attribute

    @staticmethod
    def backward(ctx, grad_y):
        return grad_y * ctx.out


was_enabled = gc.isenabled()
gc.disable()  # so that no automatic collection runs in between
try:
    for fn in (ExpSaved, ExpAttr):
        x = torch.zeros(1000, requires_grad=True)
        y = fn.apply(x)
        if fn is ExpAttr:
            print("ExpAttr - y.grad_fn.out is y:", y.grad_fn.out is y)
        y_ref = weakref.ref(y)
        del y
        print(fn.__name__, "- y alive after del y:", y_ref() is not None)
        gc.collect()
        print("  after gc.collect():", y_ref() is not None)
finally:
    if was_enabled:
        gc.enable()
