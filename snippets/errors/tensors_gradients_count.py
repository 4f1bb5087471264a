# torch.autograd.backward(tensors, grad_tensors): one gradient per tensor.
# Two losses and one gradient: the lists do not pair up.
import torch

w = torch.tensor(2.0, requires_grad=True)
loss1, loss2 = w**2, 3 * w
torch.autograd.backward([loss1, loss2], [torch.tensor(1.0)])
