# The several-losses article (see Sources): t = x + y, t.backward(z)
# leaves z.grad at None, and the article concludes that z "is no
# longer a leaf". is_leaf says otherwise, before and after.
import torch

torch.manual_seed(0)
x, y, z = (torch.randn(3, requires_grad=True) for _ in range(3))
t = x + y
print("before: is_leaf x, y, z =", x.is_leaf, y.is_leaf, z.is_leaf)
t.backward(z, retain_graph=True)  # z is only the weight vector of the product
print("after t.backward(z): is_leaf =", x.is_leaf, y.is_leaf, z.is_leaf, "| z.grad:", z.grad)
print("x.grad == z:", torch.equal(x.grad, z), "| y.grad == z:", torch.equal(y.grad, z))
z.backward(t)  # backward on a leaf: z.grad += t, nothing else is touched
print("after z.backward(t): is_leaf =", x.is_leaf, y.is_leaf, z.is_leaf, "| z.grad == t:", torch.equal(z.grad, t))
