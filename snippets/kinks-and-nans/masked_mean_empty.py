# A masked mean whose mask selects nothing (a batch without any
# positive sample, a sequence that is all padding). Two common
# spellings: both give nan in the forward pass, only one of them
# in the backward pass.
import torch

v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
mask = torch.tensor([False, False, False])

mean = (v * mask).sum() / mask.sum()  # 0 / 0
mean.backward()
print("sum / count:", mean.item(), " grad", v.grad.tolist())

v.grad = None
mean = v[mask].mean()  # the mean of an empty tensor
mean.backward()
print("v[mask].mean():", mean.item(), " grad", v.grad.tolist())
