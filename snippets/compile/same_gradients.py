# Compile a small model's loss with the "aot_eager" backend and
# compare its gradients with eager mode, bit for bit.
import torch

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
model = torch.nn.Sequential(
    torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1)
)
x = torch.randn(16, 4)
y = torch.randn(16, 1)


def loss_fn(x, y):
    return torch.nn.functional.mse_loss(model(x), y)


compiled = torch.compile(loss_fn, backend="aot_eager")
loss_eager = loss_fn(x, y)
loss_compiled = compiled(x, y)  # the first call traces and compiles

params = list(model.parameters())
g_eager = torch.autograd.grad(loss_eager, params)
g_compiled = torch.autograd.grad(loss_compiled, params)
print("same loss:", torch.equal(loss_eager, loss_compiled))
print("grads allclose:", all(map(torch.allclose, g_eager, g_compiled)))
print("grads equal:   ", all(map(torch.equal, g_eager, g_compiled)))


def nodes(t):  # the backward nodes reachable from t.grad_fn
    seen, todo = set(), [t.grad_fn]
    while todo:
        fn = todo.pop()
        if fn is not None and fn not in seen:
            seen.add(fn)
            todo += [nxt for nxt, _ in fn.next_functions]
    return sorted(type(fn).__name__ for fn in seen)


print("eager:", len(nodes(loss_eager)), "nodes")
print("compiled:", len(nodes(loss_compiled)), "nodes")
print(" ", loss_compiled.grad_fn.name())
print(" ", nodes(loss_compiled).count("AccumulateGrad"), "AccumulateGrad")
# graph: loss_eager, loss_compiled
