# A loss computed under torch.no_grad() has no graph behind it: backward() has
# nothing to walk back through. Same for a detached loss or a freshly made tensor.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])
with torch.no_grad():  # e.g. an evaluation helper reused for training
    loss = (w * x).sum()
print("loss.requires_grad:", loss.requires_grad, "| loss.grad_fn:", loss.grad_fn)
loss.backward()
