# Safe masked means: clamp the count to at least 1, so an empty
# mask gives 0 / 1 = 0 with gradient 0. torch.nanmean skips nan
# entries instead, and still returns nan when nothing is left.
import torch

v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for mask in [torch.tensor([True, False, True]),
             torch.tensor([False, False, False])]:
    v.grad = None
    count = mask.sum().clamp(min=1)
    mean = (v * mask).sum() / count
    mean.backward()
    print(f"clamped count {count.item()}: {mean.item()}"
          f"  grad {v.grad.tolist()}")

for mask in [torch.tensor([True, False, True]),
             torch.tensor([False, False, False])]:
    v.grad = None
    mean = torch.nanmean(torch.where(mask, v, torch.nan))
    mean.backward()
    print(f"nanmean: {mean.item()}  grad {v.grad.tolist()}")

# nanmean cannot tell a masked entry from a real nan in the data:
data = torch.tensor([1.0, float("nan"), 3.0])
print("nanmean of data with a nan:", torch.nanmean(data).item())
