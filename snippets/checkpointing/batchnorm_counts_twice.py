# Side effects inside a checkpointed segment happen again in the
# rerun. BatchNorm in training mode updates its running statistics
# in every forward call: with checkpointing, twice per batch.
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
x = torch.randn(8, 4, requires_grad=True)


def fresh(momentum=0.1):  # the same initial weights every time
    torch.manual_seed(1)
    return nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4, momentum=momentum))


plain = fresh()
plain(x).sum().backward()
ref = plain[0].weight.grad

for reentrant in (False, True):
    seg = fresh()
    checkpoint(seg, x, use_reentrant=reentrant).sum().backward()
    bn = seg[1]
    print(f"use_reentrant={reentrant}:")
    print("  weight.grad equals plain:", torch.equal(seg[0].weight.grad, ref))
    print("  batches tracked:", bn.num_batches_tracked.item(), "(plain: 1)")
    print("  running_mean equals plain:",
          torch.equal(bn.running_mean, plain[1].running_mean))

# Two updates with momentum 0.1 = one update with 1 - 0.9**2 = 0.19.
twice = fresh(momentum=1 - 0.9**2)
twice(x)
print("same as one update with momentum 0.19:",
      torch.allclose(bn.running_mean, twice[1].running_mean))

# That momentum fix assumes one rerun per forward. A second backward()
# through the same graph (retain_graph=True) reruns the segment again.
seg = fresh()
out = checkpoint(seg, x, use_reentrant=False)
out.sum().backward(retain_graph=True)
out.sum().backward()
print("two backward() calls, batches tracked:",
      seg[1].num_batches_tracked.item())
