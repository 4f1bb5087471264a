# GradNorm (Chen et al., 2018) on the last shared layer W. Each step:
#   norm_i = ||grad_W L_i||,  G_i = w_i * norm_i = ||grad_W (w_i L_i)||
#   r_i = (L_i / L_i(0)) / mean_j (L_j / L_j(0))
#   L_grad = sum_i |G_i - mean(G) * r_i^alpha|, the target held constant
# w steps on dL_grad/dw alone, then is rescaled to sum to 2 (the tasks).
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
trunk = nn.Sequential(nn.Linear(16, 32), nn.ReLU())
reg_head, cls_head = nn.Linear(32, 1), nn.Linear(32, 3)
x, y_cls = torch.randn(64, 16), torch.randint(0, 3, (64,))
y_reg = 5 * torch.randn(64, 1)
W = trunk[0].weight  # the last shared layer
w = torch.ones(2, requires_grad=True)  # [w_reg, w_cls]
params = [*trunk.parameters(), *reg_head.parameters(),
          *cls_head.parameters()]
opt = torch.optim.SGD(params, lr=0.01)
opt_w = torch.optim.SGD([w], lr=0.025)
alpha = 1.5


def grad_norm(loss, **kw):  # ||d loss / d W||, one task at a time
    return torch.autograd.grad(loss, W, retain_graph=True, **kw)[0].norm()


def fmt(t):
    return "  ".join(f"{v:7.4f}" for v in t.tolist())


for step in range(25):
    h = trunk(x)
    L = torch.stack([F.mse_loss(reg_head(h), y_reg),
                     F.cross_entropy(cls_head(h), y_cls)])
    if step == 0:
        L0 = L.detach()  # numbers, not the graph: kept all run
    norms = torch.stack([grad_norm(L[0]), grad_norm(L[1])])
    G = w * norms  # while w_i > 0
    ratio = L.detach() / L0
    target = (G.mean() * (ratio / ratio.mean()) ** alpha).detach()
    L_grad = (G - target).abs().sum()
    grad_w = torch.autograd.grad(L_grad, w)[0]  # w only
    if step == 0:
        print("step 0")
        print("  norm_i      ", fmt(norms))
        print("  target_i    ", fmt(target))
        print("  dL_grad/dw  ", fmt(grad_w))
        # The textbook way: autograd differentiates the norm itself.
        G_cg = torch.stack([grad_norm(w[i] * L[i], create_graph=True)
                            for i in range(2)])
        L_cg = (G_cg - target).abs().sum()
        auto = torch.autograd.grad(L_cg, w, retain_graph=True)[0]
        print("  same with create_graph=True:", torch.allclose(auto, grad_w))
        L_cg.backward(retain_graph=True)  # no inputs=[w]: a mistake
        print("  L_grad.backward() wrote W.grad:", W.grad is not None)
        print("step   G_reg    G_cls    w_reg    w_cls")
    if step % 5 == 0 or step > 20:
        print(f"{step:4} {fmt(G.detach())}  {fmt(w.detach())}")
    opt.zero_grad()
    opt_w.zero_grad()
    (w.detach() * L).sum().backward()  # the model: no gradient for w
    w.grad = grad_w
    opt.step()
    opt_w.step()
    with torch.no_grad():
        w *= 2 / w.sum()  # renormalize: the weights sum to 2
