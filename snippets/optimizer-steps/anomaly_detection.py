# Anomaly detection records the forward-pass traceback of every operation. When a
# backward node fails, it first warns with the name of that node and the traceback
# of the forward call that created it. We print the warning's first line and check
# that the traceback reaches the F.linear call inside nn.Linear.forward.
import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.autograd.set_detect_anomaly(True)  # for debugging only: it slows everything down
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)
out = net(x)
loss_mse, loss_l1 = F.mse_loss(out, y), F.l1_loss(out, y)
loss_mse.backward(retain_graph=True)
optimizer.step()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        loss_l1.backward()
    except RuntimeError as err:
        error = err
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg.splitlines()[0]}")
    in_linear = "F.linear(input, self.weight, self.bias)" in msg
    print("the traceback shows nn.Linear's F.linear call:", in_linear)
torch.autograd.set_detect_anomaly(False)  # off again once the culprit is found
raise error  # the same error as before, with a different hint
