# backward() never changes whether a tensor is a leaf, but an in-place operation can.
# A plain tensor (a leaf that does not require grad) accepts in-place operations, and
# one that writes a value requiring grad into it is recorded: the tensor becomes a
# non-leaf. The common case is filling a preallocated buffer.
import torch


def describe(name, t):
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(f"{name:30s} is_leaf={str(t.is_leaf):5s} requires_grad={str(t.requires_grad):5s} grad_fn={grad_fn}")


w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

x = torch.zeros(3)
describe("x = torch.zeros(3)", x)
x.add_(w)  # recorded: x now holds the result of an operation on w
describe("after x.add_(w)", x)

buf = torch.zeros(3)  # a buffer filled row by row, element by element
buf[0] = (w * 2)[0]  # an in-place copy into a slice of buf
describe("after buf[0] = (w * 2)[0]", buf)

(x.sum() + buf.sum()).backward()  # the gradient flows through both to w
print("w.grad:", w.grad.tolist())
try:
    torch.optim.SGD([buf], lr=0.1)
except ValueError as err:
    print("torch.optim.SGD([buf]):", err)
