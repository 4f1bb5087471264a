# torch.Tensor is the class; calling it is the legacy constructor. Integers are
# read as SIZES, data always becomes float32, a lone number is rejected.
import torch

print("torch.Tensor(3).shape:", tuple(torch.Tensor(3).shape), "(3 uninitialized values, not the number 3)")
print("torch.Tensor(2, 3).shape:", tuple(torch.Tensor(2, 3).shape))
print("torch.Tensor([1, 2]).dtype:", torch.Tensor([1, 2]).dtype)
torch.Tensor(3.0)
