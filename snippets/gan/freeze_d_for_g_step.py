# Optional saving: switch off requires_grad of D's parameters during G's step.
# The gradient still flows THROUGH D into G (identical result), but D's weight
# gradients are not computed and D's forward saves fewer tensors for backward.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
G = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
D = nn.Sequential(nn.Linear(2, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
bce = F.binary_cross_entropy_with_logits
z, ones = torch.randn(16, 2), torch.ones(16, 1)


def g_step():
    G.zero_grad()
    D.zero_grad()
    fake = G(z)
    saved = []  # sizes of the tensors D's forward saves for backward
    pack = lambda t: saved.append(t.numel()) or t  # record, keep the tensor as it is
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        g_loss = bce(D(fake), ones)
    g_loss.backward()
    return [p.grad.clone() for p in G.parameters()], saved


trainable_grads, trainable_saved = g_step()
D.requires_grad_(False)  # freeze D for G's step...
frozen_grads, frozen_saved = g_step()
D.requires_grad_(True)  # ...and unfreeze it before D's next step
same = all(torch.equal(a, b) for a, b in zip(trainable_grads, frozen_grads))
print("G's gradient identical:", same)
print("D's .grad after G's backward is None:", all(p.grad is None for p in D.parameters()))
print(f"D trainable: {len(trainable_saved)} saved tensors, {sum(trainable_saved)} numbers")
print(f"D frozen:    {len(frozen_saved)} saved tensors, {sum(frozen_saved)} numbers")
