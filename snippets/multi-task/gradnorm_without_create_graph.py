# GradNorm's loss differentiated by autograd, but the per-task gradient
# taken WITHOUT create_graph=True: the gradient comes back as a plain
# tensor, so its norm has no path back to the weight w.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)
x, y_cls = torch.randn(64, 16), torch.randint(0, 3, (64,))
y_reg = 5 * torch.randn(64, 1)
W = trunk[0].weight
w = torch.ones(2, requires_grad=True)

h = trunk(x)
L = torch.stack([F.mse_loss(reg_head(h), y_reg),
                 F.cross_entropy(cls_head(h), y_cls)])
grads = [torch.autograd.grad(w[i] * L[i], W, retain_graph=True)[0]
         for i in range(2)]  # create_graph=True forgotten
print("grad_W (w_reg * L_reg) requires grad:", grads[0].requires_grad)
G = torch.stack([g.norm() for g in grads])
L_grad = (G - G.mean()).abs().sum()
torch.autograd.grad(L_grad, w)
