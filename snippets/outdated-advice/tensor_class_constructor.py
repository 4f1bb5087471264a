# torch.Tensor is the class; calling it is the legacy constructor. Integers are
# read as SIZES, data given as a list becomes the default dtype (float32 unless
# changed), a tensor passed in comes back as an alias with its own dtype, a lone
# number is rejected.
import torch

print("torch.Tensor(3).shape:", tuple(torch.Tensor(3).shape), "(3 uninitialized values, not the number 3)")
print("torch.Tensor(2, 3).shape:", tuple(torch.Tensor(2, 3).shape))
print("torch.Tensor([1, 2]).dtype:", torch.Tensor([1, 2]).dtype)
torch.set_default_dtype(torch.float64)
print("after set_default_dtype(torch.float64):", torch.Tensor([1, 2]).dtype)
torch.set_default_dtype(torch.float32)  # the default dtype is global: restore it
ints = torch.tensor([1, 2])
alias = torch.Tensor(ints)
print("torch.Tensor(torch.tensor([1, 2])).dtype:", alias.dtype, "| shares memory:", alias.data_ptr() == ints.data_ptr())
torch.Tensor(3.0)
