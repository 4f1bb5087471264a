# Two ways to use cached features for training: compute them under
# no_grad (normal tensors), or clone the inference tensor outside
# inference mode. A clone made inside inference mode is again an
# inference tensor, and enable_grad() does not turn recording back on
# there: only inference_mode(False) does.
import torch
from torch import nn

torch.manual_seed(0)
backbone, head = nn.Linear(4, 8), nn.Linear(8, 2)
x = torch.randn(16, 4)

with torch.no_grad():
    by_no_grad = backbone(x)
with torch.inference_mode():
    cached = backbone(x)
    clone_inside = cached.clone()
    with torch.enable_grad():
        mode_inside = torch.is_grad_enabled()
        y_enable = head(cached)
    with torch.inference_mode(False):
        y_off = head(backbone(x))
clone_outside = cached.clone()

for name, t in [("by_no_grad", by_no_grad), ("clone_inside", clone_inside),
                ("clone_outside", clone_outside)]:
    print(f"{name:13s} is_inference={t.is_inference()}")
print("enable_grad in inference_mode recorded:", y_enable.grad_fn is not None)
print("  though is_grad_enabled() said:", mode_inside)
print("inference_mode(False) recorded:        ", y_off.grad_fn is not None)

for features in (by_no_grad, clone_outside):
    head.zero_grad()
    head(features).square().mean().backward()
    features -= features.mean(dim=0)  # in place: allowed too
    print("head.weight.grad shape:", tuple(head.weight.grad.shape))
