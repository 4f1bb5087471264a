# Anomaly detection checks the output of every backward node for
# nan, and stops at the first node that returns one. It does not
# check for inf, and it does not check the forward pass.
import warnings

import torch


def root_or_zero(x):  # the where trap of the section above
    return torch.where(x > 0, torch.sqrt(x), 0.0)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        # inf is not reported: sqrt at 0 passes unnoticed
        x = torch.tensor([0.0, 4.0], requires_grad=True)
        torch.sqrt(x).sum().backward()
        print("sqrt at 0, no error; x.grad:", x.grad.tolist())
        # nan is reported, at the node that produced it
        x = torch.tensor([-1.0, 4.0], requires_grad=True)
        loss = root_or_zero(x).sum()
        print("loss:", loss.item())  # the forward value is fine
        try:
            loss.backward()
        except RuntimeError as err:
            error = err
for w in caught:
    msg = str(w.message).split(" (Triggered internally at")[0]
    print(f"{w.category.__name__}: {msg.splitlines()[0]}")
    if "Traceback of forward call" in msg:
        print("  the traceback names root_or_zero:",
              "in root_or_zero" in msg)
print("x.grad:", x.grad)  # nothing was accumulated
raise error
