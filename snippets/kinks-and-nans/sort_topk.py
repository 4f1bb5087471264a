# sort and topk move values around; backward moves each
# gradient back to the position its value came from. Weights
# 1, 10, 100, 1000 tag the output slots, so each input's
# gradient names the slot its value landed in.
import torch

x = torch.tensor([3.0, 1.0, 2.0, 0.0], requires_grad=True)
tags = torch.tensor([1.0, 10.0, 100.0, 1000.0])

values, indices = x.sort()
print("sorted:", values.tolist(), "from", indices.tolist())
(values * tags).sum().backward()
print("x.grad after sort:", x.grad.tolist())

x.grad = None
values, indices = x.topk(2)  # the two largest, largest first
print("top 2: ", values.tolist(), "from", indices.tolist())
(values * tags[:2]).sum().backward()
print("x.grad after topk:", x.grad.tolist())
