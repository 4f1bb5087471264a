# The same two losses with retain_graph=True on the first call (the
# multi-head notebook, see Sources): d = mean(2a^2) gives a,
# e = sum(2a^2) gives 4a, so a.grad ends as exactly 5a.
import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
c = (a**2) * 2
d = c.mean()
e = c.sum()

d.backward(retain_graph=True)  # keep the saved tensors for the next call
print("after d.backward():  a.grad == a   ->", torch.equal(a.grad, a))
e.backward()  # the last call can free them
print("after e.backward():  a.grad == 5a  ->", torch.equal(a.grad, 5 * a))
