# Under the pinned PyTorch (2.13), a fused optimizer step (fused=True) updates the
# weights in place WITHOUT bumping their version counters. The check that protects
# a stale graph then cannot fire: a second backward() through the graph recorded
# before the step runs without an error, and the gradient it sends down to h is
# computed from the weight AFTER the step, with the activations of the old forward
# pass: a gradient of no forward pass that ever ran. The default AdamW is caught.
import torch
import torch.nn.functional as F
from torch import nn


def step_between_backward(fused):
    torch.manual_seed(0)
    net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
    optimizer = torch.optim.AdamW(net.parameters(), lr=0.1, fused=fused)
    x, y = torch.randn(16, 4), torch.randn(16, 1)
    h = net[1](net[0](x))
    h.retain_grad()
    out = net[2](h)
    loss_mse, loss_l1 = F.mse_loss(out, y), F.l1_loss(out, y)
    w = net[2].weight
    w_forward = w.detach().clone()  # the weight this forward pass used
    (grad_out,) = torch.autograd.grad(loss_l1, out, retain_graph=True)
    correct = grad_out @ w_forward  # what loss_l1 must send to h

    loss_mse.backward(retain_graph=True)
    version = w._version
    optimizer.step()
    print(f"AdamW(fused={fused}): step() moved the weight's version by +{w._version - version}")
    h.grad = None
    loss_l1.backward()  # through the graph recorded BEFORE the step
    print("  second backward(): no error")
    print("  h.grad == grad_out @ weight after the step:", torch.allclose(h.grad, grad_out @ w))
    print("  h.grad == grad_out @ weight of the forward:", torch.allclose(h.grad, correct))
    error, size = (h.grad - correct).abs().max().item(), correct.abs().max().item()
    print(f"  largest error in h.grad: {error:.4f} (largest correct entry: {size:.4f})")


step_between_backward(fused=True)  # silently wrong
step_between_backward(fused=False)  # the default: the version check raises
