# requires_grad_() switches gradient tracking on in place, AFTER an initialisation.
# Asking for the gradient first and scaling afterwards gives a non-leaf instead.
import torch

torch.manual_seed(0)
w_bad = torch.randn(3, requires_grad=True) * 0.01  # the scaled RESULT is not a leaf
w_good = (torch.randn(3) * 0.01).requires_grad_()  # scale, then ask for grad: a leaf

print("w_bad:  is_leaf =", w_bad.is_leaf, " grad_fn =", type(w_bad.grad_fn).__name__)
print("w_good: is_leaf =", w_good.is_leaf, " grad_fn =", w_good.grad_fn)
torch.optim.SGD([w_good], lr=0.1)  # fine
torch.optim.SGD([w_bad], lr=0.1)  # an optimizer only accepts leaves
