# A tensor that does not require grad gets no gradient, so it cannot
# take a hook. Here the tensor was computed under torch.no_grad().
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = w * 2  # not recorded: y.requires_grad is False
print("y.requires_grad:", y.requires_grad)
y.register_hook(lambda g: g)
