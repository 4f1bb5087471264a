# The several-losses article (see Sources): y = x**2 and z = x.
# Every backward() ADDS its gradient into x.grad.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**2  # dy/dx = 2x = 4
z = x  # not a copy: z is the very same leaf tensor
print("z is x:", z is x, "| z.is_leaf:", z.is_leaf, "| z.grad_fn:", z.grad_fn)

y.backward()
print("after y.backward():", x.grad.item())  # None -> 4
z.backward()  # backward on the leaf itself: dx/dx = 1
print("after z.backward():", x.grad.item())  # 4 + 1
z.backward()  # a leaf has no graph to free, so it can be called again
print("after z.backward() again:", x.grad.item())  # 5 + 1
