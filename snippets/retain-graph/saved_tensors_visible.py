# Every node of the graph (a tensor's grad_fn) keeps what its backward formula needs.
# The _saved_* attributes show it.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)


def saved(node):
    return [name for name in dir(node) if name.startswith("_saved_")]


y = x * w  # d(xw)/dx = w and d(xw)/dw = x: both inputs are needed later
print(type(y.grad_fn).__name__, saved(y.grad_fn))
print("  _saved_self == x:", torch.equal(y.grad_fn._saved_self, x), "| _saved_other == w:", torch.equal(y.grad_fn._saved_other, w))

e = x.exp()  # d exp(x)/dx = exp(x): the OUTPUT is saved
print(type(e.grad_fn).__name__, saved(e.grad_fn))
print("  _saved_result == e:", torch.equal(e.grad_fn._saved_result, e))

s = x + w  # derivative 1: no tensor to keep, only the number alpha of x + alpha * w
print(type(s.grad_fn).__name__, saved(s.grad_fn), "alpha =", s.grad_fn._saved_alpha)

# The diagram on the page: the grad_fn graph of these tensors, walked after this run.
# graph: y, e, s
