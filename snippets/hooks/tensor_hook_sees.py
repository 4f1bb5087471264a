# A hook registered on a tensor receives the gradient of the loss
# with respect to that tensor, on a non-leaf as on a leaf.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)  # leaf
c = torch.tensor([1.0, 10.0, 100.0])


def show(name):
    def hook(grad):
        print(f"{name} hook sees {grad.tolist()}")

    return hook  # returns None: the gradient is left as it is


h = x * x  # non-leaf, dh/dx = 2x
h.register_hook(show("h"))
x.register_hook(show("x"))
loss = (h * c).sum()  # dloss/dh = c
loss.backward()
print("x.grad:", x.grad.tolist())
