# The several-losses article (see Sources) says "vector * vector is a
# dot product" in PyTorch. It is not: `*` is elementwise and keeps the
# shape; the dot product is its sum. So what t.backward(v)
# differentiates is the scalar sum(t * v), which for 1-d tensors
# equals t.dot(v).
import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print("a * b         =", (a * b).tolist(), "shape", tuple((a * b).shape))
print("(a * b).sum() =", (a * b).sum().item(), "shape", tuple((a * b).sum().shape))
print("a.dot(b)      =", a.dot(b).item(), "shape", tuple(a.dot(b).shape))
