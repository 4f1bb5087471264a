# One source article says that * between two vectors is a dot product.
# It is not: * multiplies element by element (and broadcasts shapes).
import torch

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, 5.0, 6.0])
print("a * b:", (a * b).tolist(), "| shape:", tuple((a * b).shape))
print("a * tensor([10.]):", (a * torch.tensor([10.0])).tolist(), "(broadcast, no shape check)")
