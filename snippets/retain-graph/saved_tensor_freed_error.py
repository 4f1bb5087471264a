# backward() frees the saved TENSORS it has used (plain numbers stay). Reading a
# freed one afterwards raises the same error as a second backward() through the graph.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
y = x * w  # MulBackward0 saves the tensors x and w
p = y**2  # PowBackward0 saves the tensor y and the number 2
print("before backward: y.grad_fn._saved_self =", y.grad_fn._saved_self.tolist())

p.sum().backward()  # uses the saved tensors, then frees them
print("backward done: x.grad =", x.grad.tolist())  # 2 * (x * w) * w
print("the nodes are still there:", type(p.grad_fn).__name__, type(y.grad_fn).__name__)
print("a saved number survives: p.grad_fn._saved_exponent =", p.grad_fn._saved_exponent)
print(y.grad_fn._saved_self)
