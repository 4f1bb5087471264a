# torch.optim optimizers step under torch.no_grad() by default. One created with
# differentiable=True records its update instead (so that the update itself can be
# differentiated); on a leaf that requires grad, that recorded in-place update is
# refused with the error of this entry.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w**2).sum().backward()
torch.optim.SGD([w], lr=0.25).step()  # default: under no_grad, not recorded
print("SGD(lr=0.25).step(): w =", w.tolist(), "| is_leaf:", w.is_leaf)

w.grad = None
(w**2).sum().backward()
torch.optim.SGD([w], lr=0.25, differentiable=True).step()  # recorded: refused
