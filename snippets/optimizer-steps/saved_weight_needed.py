# Why the graph keeps the weight: for out = h @ w.T + b, the gradient flowing back
# to h is grad_out @ w. So the last layer saves w (as the [8, 1] view w.T). The first
# layer's input x needs no gradient: that layer saves no weight at all.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(16, 4), torch.randn(16, 1)

h0 = net[0](x)
h = net[1](h0)
h.retain_grad()
out = net[2](h)
print("first layer saved its weight:", h0.grad_fn._saved_mat2 is not None)
print("last layer saved its weight: ", tuple(out.grad_fn._saved_mat2.shape))

loss = F.mse_loss(out, y)
(grad_out,) = torch.autograd.grad(loss, out, retain_graph=True)
loss.backward()
print("h.grad == grad_out @ w:               ", torch.allclose(h.grad, grad_out @ net[2].weight))
optimizer.step()
print("h.grad == grad_out @ w after a step():", torch.allclose(h.grad, grad_out @ net[2].weight))
