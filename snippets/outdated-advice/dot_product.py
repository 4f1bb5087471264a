# The dot product is torch.dot, or @ between two vectors, or (a * b).sum().
# That last form is what t.backward(v) differentiates: the gradient of (t * v).sum().
import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print("torch.dot(a, b):", torch.dot(a, b).item(), "| a @ b:", (a @ b).item(), "| (a * b).sum():", (a * b).sum().item())

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
t = x**2
t.backward(b)  # vector-Jacobian product: b * 2x
via_backward = x.grad.clone()
x.grad = None
(x**2 * b).sum().backward()
print("t.backward(v) == grad of (t * v).sum():", torch.equal(via_backward, x.grad), via_backward.tolist())
