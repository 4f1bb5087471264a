# The "second time" error is about freed SAVED TENSORS, not about visiting a graph twice.
# x + 1 and sum() need nothing saved to compute their gradients, so this graph can be
# backwarded twice without retain_graph; the gradients simply accumulate.
import torch

x = torch.zeros(3, requires_grad=True)
loss = (x + 1).sum()
loss.backward()
loss.backward()  # no error: nothing was saved, so nothing was freed
print("x.grad after two calls:", x.grad.tolist())

y = x * x  # multiplication saves both inputs: the graph now holds saved tensors
loss = y.sum()
loss.backward()
try:
    loss.backward()
except RuntimeError as err:
    print("x * x, second call:", str(err).split(" (")[0])
