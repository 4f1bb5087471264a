# Freezing part of a tensor: requires_grad is one flag for the whole
# tensor, so rows 0 and 1 of an embedding are frozen with a hook
# that zeroes their rows of the gradient.
import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(4, 3)
mask = torch.tensor([[0.0], [0.0], [1.0], [1.0]])  # 0 = frozen row
emb.weight.register_hook(lambda grad: grad * mask)  # a new tensor


def train(weight_decay):
    before = emb.weight.detach().clone()
    opt = torch.optim.SGD(emb.parameters(), lr=0.1, weight_decay=weight_decay)
    for _ in range(3):
        emb(torch.tensor([0, 1, 2, 3])).pow(2).sum().backward()
        opt.step()
        opt.zero_grad()
    changed = (emb.weight != before).any(dim=1)
    print(f"weight_decay={weight_decay}: rows changed", changed.tolist())


train(0.0)
train(0.01)  # decay is added to the gradient AFTER the hook
