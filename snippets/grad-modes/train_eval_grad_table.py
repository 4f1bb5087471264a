# The two switches are independent. model.train()/eval() decides what
# Dropout and BatchNorm do; the grad mode decides whether autograd
# records. Under no_grad alone, dropout still drops and BatchNorm still
# updates its running statistics.
import torch
from torch import nn

torch.manual_seed(0)
bn, drop = nn.BatchNorm1d(8), nn.Dropout(0.5)
x = torch.randn(16, 8, requires_grad=True)

print("mode  grad   graph  dropped  bn batches seen")
for train in (True, False):
    bn.train(train)
    drop.train(train)
    for grad in (True, False):
        with torch.set_grad_enabled(grad):
            h = bn(x)
            out = drop(h)
        dropped = int((out == 0).sum())  # of 128 values (h has no zeros)
        mode = "train" if train else "eval"
        print(f"{mode:5s} {grad!s:5s}  {out.grad_fn is not None!s:5s}"
              f"  {dropped:3d}      {int(bn.num_batches_tracked)}")
