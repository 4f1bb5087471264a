# torch.inference_mode() records nothing, like no_grad, and in addition
# marks the new tensors it creates as inference tensors (a view of a
# normal tensor stays normal).
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    a = w * 2
with torch.inference_mode():
    print("inside: inference mode", torch.is_inference_mode_enabled(),
          "| grad mode", torch.is_grad_enabled())
    b = w * 2
    b.mul_(10)  # in place inside inference mode: allowed
    v = w[:2]  # a view of a normal tensor stays normal
print("no_grad result:   is_inference", a.is_inference(),
      "| requires_grad", a.requires_grad)
print("inference result: is_inference", b.is_inference(),
      "| requires_grad", b.requires_grad)
print("w itself:         is_inference", w.is_inference())
print("w[:2] made inside: is_inference", v.is_inference())

# An inference tensor may take part in a recorded operation that
# does not save it: the gradient of b + w needs neither b nor w.
(b + w).sum().backward()
print("(b + w).sum().backward(): w.grad =", w.grad.tolist())
