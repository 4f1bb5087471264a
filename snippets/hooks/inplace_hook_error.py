# The same in-place hook where the gradient comes from a sum: sum's
# backward hands out one number expanded to the tensor's shape (one
# memory cell for every element). zero_() writes one value into
# every element and passes; most other in-place ops fail.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2
h.register_hook(lambda grad: grad.zero_())  # in place: no error here
h.sum().backward()
print("zero_() after a sum: no error, x.grad =", x.grad.tolist())

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2
h.register_hook(lambda grad: grad.mul_(0.5))  # wrong: in place
h.sum().backward()
