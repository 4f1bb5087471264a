# Ties in a reduction. max() and amax() split the gradient
# evenly between the tied elements; max(dim=...) returns an
# index, the first maximal one, and the whole gradient goes to
# that one element. min and amin behave the same.
import torch


def grad(f, values):
    x = torch.tensor(values, requires_grad=True)
    f(x).sum().backward()
    return x.grad.tolist()


x = [1.0, 3.0, 3.0, 2.0]  # the maximum, 3, is tied
print("x:            ", x)
print("x.max():      ", grad(lambda t: t.max(), x))
print("x.amax():     ", grad(lambda t: t.amax(), x))
print("x.amax(dim=0):", grad(lambda t: t.amax(dim=0), x))
print("x.max(dim=0): ", grad(lambda t: t.max(dim=0).values, x))
print("its index:    ", torch.tensor(x).max(dim=0).indices.item())
y = [2.0, 1.0, 1.0, 3.0]  # the minimum, 1, is tied
print("y:            ", y)
print("y.min():      ", grad(lambda t: t.min(), y))
print("y.amin():     ", grad(lambda t: t.amin(), y))
print("y.min(dim=0): ", grad(lambda t: t.min(dim=0).values, y))
four = [[3.0, 3.0], [3.0, 3.0]]  # a four-way tie
print("4 ties, max():", grad(lambda t: t.max(), four))
