# The method Tensor.backward() never had the old keyword: there it is a TypeError.
import torch

x = torch.ones(3, requires_grad=True)
y = 2 * x
y.backward(grad_variables=torch.ones(3))
