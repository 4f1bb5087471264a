# In grad_tensors, None stands for the implicit gradient 1 of a scalar output.
# It is allowed exactly where backward() without an argument is: not for a vector.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
v = torch.tensor([1.0, 0.0, -1.0])

loss = (x**2).sum()  # scalar: None is enough, d/dx = 2x
y = 3 * x  # vector: needs its own gradient, contributes 3 * v
torch.autograd.backward([loss, y], [None, v])
print("None for the scalar:      ", x.grad.tolist())

x.grad = None
torch.autograd.backward([(x**2).sum(), 3 * x], [torch.tensor(1.0), v])
print("explicit 1 for the scalar:", x.grad.tolist())

print("None for the vector:")
torch.autograd.backward([3 * x], [None])
