# Every register_* call returns a handle; handle.remove() takes the
# hook off, even from a graph that was built while it was on.
import torch
from torch import nn

x = torch.tensor([1.0, 2.0], requires_grad=True)
calls = []
handle = x.register_hook(lambda g: calls.append("fired"))

loss = (x * x).sum()
loss.backward(retain_graph=True)
print("calls after backward 1:", len(calls))

handle.remove()
loss.backward()  # same graph, built while the hook was on
print("calls after backward 2:", len(calls))

# The handle is also a context manager: the hook lives for a block.
with x.register_hook(lambda g: calls.append("in with")):
    (x * 3).sum().backward()
(x * 3).sum().backward()
print("calls:", calls)

# Module hooks are the exception: forward() hands the wrapper node
# the list of hooks registered at that moment. Removing one after
# forward() does not take it off the graph already built.
torch.manual_seed(0)
layer = nn.Linear(2, 1)
fired = []
handle = layer.register_full_backward_hook(lambda m, gi, go: fired.append(1))
out = layer(x)
handle.remove()  # after forward(), before backward()
out.sum().backward()
print("module hook removed after forward, fired:", len(fired))
layer(x).sum().backward()  # a new graph: no hook any more
print("and in the next graph:", len(fired))
