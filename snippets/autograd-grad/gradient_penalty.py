# A gradient penalty in the shape of the official AMP "gradient penalty" recipe (no amp):
# autograd.grad(create_graph=True) -> penalty -> loss + penalty -> backward() -> step().
# The penalty pushes the norm of d output / d input towards 1 for every sample.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
x = torch.randn(5, 2, requires_grad=True)  # the input must require grad
target = torch.randn(5, 1)

optimizer.zero_grad()
output = model(x)
loss = F.mse_loss(output, target)
(grad_x,) = torch.autograd.grad(
    outputs=output, inputs=x, grad_outputs=torch.ones_like(output), create_graph=True
)
penalty = ((grad_x.norm(2, dim=1) - 1) ** 2).mean()
# For comparison only: the gradients of the loss alone (returned, .grad untouched).
loss_only = torch.autograd.grad(loss, list(model.parameters()), retain_graph=True)
(loss + 10.0 * penalty).backward()  # reaches the parameters also through grad_x's graph
optimizer.step()

print(f"loss = {loss.item():.4f}, penalty = {penalty.item():.4f}")
print("grad_x.requires_grad:", grad_x.requires_grad)
for (name, p), g in zip(model.named_parameters(), loss_only):
    changed = not torch.allclose(p.grad, g)
    shape = str(tuple(p.grad.shape))
    print(f"{name:8s} grad {shape:7s} norm {p.grad.norm():7.4f}  changed by the penalty: {changed}")
