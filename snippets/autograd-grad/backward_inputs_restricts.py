# backward(inputs=[...]) accumulates only into the listed tensors.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
loss = (a * b).sum()  # dloss/da = b, dloss/db = a
loss.backward(inputs=[a])

print("a.grad:", a.grad.tolist())
print("b.grad:", b.grad)
