# PyTorch 0.3 code logs the loss with loss.data[0]. A loss is now a 0-d tensor,
# and a 0-d tensor cannot be indexed.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (x**2).sum()
print("loss.shape:", tuple(loss.shape), "(0-d)")
print(loss.data[0])
