# The loop of the CSDN post (see Sources), seeded: y = 2^k * x, where k
# counts the doublings until the norm of y reaches 1000. Then
# dy_i/dx_i = 2^k, and y.backward(v) gives exactly v * 2^k.
import torch

torch.manual_seed(1)  # this seed needs 11 doublings, like the article's run
x = torch.randn(3, requires_grad=True)
y = x * 2
k = 1
while y.norm() < 1000:
    y = y * 2
    k += 1

v = torch.tensor([0.1, 1.0, 0.0001])
y.backward(v)
print("doublings k =", k)
print("x.grad = [" + ", ".join(f"{g:.4f}" for g in x.grad.tolist()) + "]")
print("x.grad == v * 2**k:", torch.equal(x.grad, v * 2**k))
