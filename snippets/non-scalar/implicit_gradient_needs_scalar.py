# backward() with no argument needs a scalar output: "scalar" means ONE element.
# A one-element tensor gets the implicit gradient 1; a three-element one has no
# obvious choice, so autograd refuses to guess.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

one = (x * x).sum().reshape(1)  # shape [1]: one element, allowed
one.backward()
print("shape", tuple(one.shape), "-> x.grad =", x.grad.tolist())

y = x * x  # shape [3]: three outputs, three possible gradients
print("shape", tuple(y.shape), "-> backward() without a gradient:")
y.backward()
