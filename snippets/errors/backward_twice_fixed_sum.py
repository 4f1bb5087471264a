# Fix for "backward through the graph a second time": one backward() on the sum.
# Same graph as multiple-losses/second_backward_error.py; d gives a, e gives 4a.
import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
b = a**2
c = b * 2
d = c.mean()
e = c.sum()

(d + e).backward()  # one walk through the graph: the saved `a` is used once
print("a.grad == 5a:", torch.equal(a.grad, 5 * a))
