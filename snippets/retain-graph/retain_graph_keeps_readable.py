# retain_graph=True keeps the saved tensors: they stay readable, and a second
# backward() can use them. A call without it frees them at the end.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
y = x * w
loss = y.sum()

loss.backward(retain_graph=True)
print("after backward(retain_graph=True): _saved_self =", y.grad_fn._saved_self.tolist())
loss.backward()  # second pass through the same saved tensors, then frees them
print("x.grad after two calls:", x.grad.tolist())  # 2 * w: the gradients added up
