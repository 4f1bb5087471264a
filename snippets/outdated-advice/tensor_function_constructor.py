# torch.tensor (lower case) always reads DATA, infers the dtype and accepts
# requires_grad. For a given shape use torch.zeros / torch.ones / torch.empty.
import torch

print("torch.tensor(3.0):", torch.tensor(3.0).item(), "| shape:", tuple(torch.tensor(3.0).shape))
print("torch.tensor([1, 2]).dtype:", torch.tensor([1, 2]).dtype)
print("torch.tensor([1.0, 2.0]).dtype:", torch.tensor([1.0, 2.0]).dtype)
w = torch.tensor([1.0, 2.0], requires_grad=True)
print("requires_grad:", w.requires_grad)
print("torch.zeros(3):", torch.zeros(3).tolist())
