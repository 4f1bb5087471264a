# retain_grad() asks backward() to keep the gradient of a non-leaf
# (the multi-head notebook, see Sources).
# d = mean(2b) over 4 elements, so dd/db = 2/4 = 0.5 whatever a is.
import torch

torch.manual_seed(0)
a = torch.rand(1, 4, requires_grad=True)
b = a**2
b.retain_grad()  # before backward(): mark b to keep its .grad
c = b * 2
d = c.mean()
d.backward()

print("b.is_leaf:", b.is_leaf, " b.retains_grad:", b.retains_grad)
print("b.grad:", b.grad.tolist())
print("a.grad == a:", torch.equal(a.grad, a))  # the leaf gets its gradient as before
