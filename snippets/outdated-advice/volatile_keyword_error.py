# The tensor factories never accepted volatile: with torch.tensor it is a TypeError.
import torch

inputs = torch.tensor([[1.0, 2.0, 3.0]], volatile=True)
