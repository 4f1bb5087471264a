# What optimizer.step() does for plain SGD, written by hand: an in-place update under
# torch.no_grad(). The parameter stays the same object (the model and the optimizer
# keep pointing at it), stays a leaf, and its version counter moves by one.
import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
by_hand = nn.Linear(8, 1)
by_sgd = copy.deepcopy(by_hand)
optimizer = torch.optim.SGD(by_sgd.parameters(), lr=0.1)
x, y = torch.randn(16, 8), torch.randn(16, 1)
for model in (by_hand, by_sgd):
    F.mse_loss(model(x), y).backward()

w, v_sgd = by_hand.weight, by_sgd.weight._version
optimizer.step()
print(f"SGD.step(): version +{by_sgd.weight._version - v_sgd} | leaf: {by_sgd.weight.is_leaf}")

v_hand = w._version
with torch.no_grad():  # an update is not part of the model: do not record it
    for p in by_hand.parameters():
        p -= 0.1 * p.grad  # in place: the same tensor, new values
same_object = w is by_hand.weight
print(f"by hand:    version +{w._version - v_hand} | leaf: {w.is_leaf} | same object: {same_object}")
same = all(torch.allclose(p, q) for p, q in zip(by_hand.parameters(), by_sgd.parameters()))
print("same values:", same)
