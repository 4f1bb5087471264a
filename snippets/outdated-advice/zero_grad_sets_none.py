# Reset with optimizer.zero_grad() (or x.grad = None without an optimizer).
# The next backward() simply creates a fresh .grad; set_to_none=False keeps zeros.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
optimizer = torch.optim.SGD([x], lr=0.1)
for step in range(2):
    optimizer.zero_grad()
    print(f"step {step}: after zero_grad():", x.grad)
    (x**2).sum().backward()
    print(f"step {step}: after backward():  ", x.grad.tolist())  # 2x, not accumulated

optimizer.zero_grad(set_to_none=False)
print("zero_grad(set_to_none=False):", x.grad.tolist())
x.grad = None  # the same reset, by hand
print("x.grad = None:", x.grad)
