# The CSDN post (see Sources) says out.backward() is the same as
# out.backward(torch.Tensor([1.0])).
# out is 0-d (shape []), torch.Tensor([1.0]) has shape [1]: today that is refused.
import torch

x = torch.ones(2, 2, requires_grad=True)
y = x + 2
z = y * y * 3
out = z.mean()
print("out.shape:", out.shape, "| torch.Tensor([1.0]).shape:", torch.Tensor([1.0]).shape)
out.backward(torch.Tensor([1.0]))
