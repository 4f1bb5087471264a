# Old code wraps tensors in torch.autograd.Variable. Under PyTorch 2.x the name
# still imports and runs, but what comes back is a plain torch.Tensor.
import torch
from torch.autograd import Variable

t = torch.ones(2, 2)
v = Variable(t, requires_grad=True)
print("type(v):", type(v).__name__)
print("v.requires_grad:", v.requires_grad, "| v.is_leaf:", v.is_leaf)
print("v is a new tensor object:", v is not t, "| sharing t's memory:", v.data_ptr() == t.data_ptr())
print("t.requires_grad:", t.requires_grad)
print("any tensor 'is a' Variable:", isinstance(torch.zeros(1), Variable))
