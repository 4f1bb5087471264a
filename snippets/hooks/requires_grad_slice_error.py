# requires_grad belongs to a whole tensor. A slice of a parameter is
# a new, non-leaf tensor, and its flag cannot be changed.
import torch
from torch import nn

emb = nn.Embedding(4, 3)
emb.weight[:2].requires_grad_(False)
