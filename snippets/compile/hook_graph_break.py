# A hook that prints cannot be traced: Dynamo breaks the graph at
# register_hook, compiles the code before and after it separately,
# and registers the hook for real, between the two.
import torch

torch.compiler.reset()  # forget code compiled by earlier examples

torch.manual_seed(0)
w = torch.randn(3, 3, requires_grad=True)
x = torch.randn(2, 3)


def show(g):
    print("  hook sees a gradient of shape", tuple(g.shape))


def f(x):
    h = (x @ w).sin()
    h.register_hook(show)
    return h.cos().sum()


out = torch.compile(f, backend="aot_eager")(x)
print("forward done, now backward:")
out.backward()

torch.compiler.reset()  # or the code compiled above would be reused
try:
    torch.compile(f, backend="aot_eager", fullgraph=True)(x)
except torch._dynamo.exc.Unsupported as e:  # the message goes on
    # with hints and the file and line: print its first line
    print("fullgraph=True:", type(e).__name__)
    print(" ", str(e).splitlines()[0])
# graph: out
