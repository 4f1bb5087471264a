# Module hooks: grad_output is the gradient with respect to what
# forward() returned; grad_input, with respect to the tensors it
# was called with. The parameters are in neither.
import torch
from torch import nn

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
x = torch.randn(1, 3, requires_grad=True)  # from earlier layers
seen = {}


def shapes(grads):
    return [None if g is None else tuple(g.shape) for g in grads]


def pre_hook(module, grad_output):
    print("pre-hook grad_output:", shapes(grad_output))


def hook(module, grad_input, grad_output):
    print("hook     grad_input: ", shapes(grad_input))
    print("         grad_output:", shapes(grad_output))
    print("         weight.grad yet:", module[0].weight.grad is not None)
    seen["grad_input"] = grad_input[0]


block.register_full_backward_pre_hook(pre_hook)
block.register_full_backward_hook(hook)
block(x).sum().backward()
print("grad_input[0] is dloss/dx:", torch.equal(seen["grad_input"], x.grad))
with_grad = sum(p.grad is not None for p in block.parameters())
print("parameters with a .grad:", with_grad)


# grad_input covers positional tensors only: a tensor passed by
# keyword gets no entry, though it receives a gradient.
class Scale(nn.Module):
    def forward(self, x, scale):
        return x * scale


scale_mod = Scale()
scale_mod.register_full_backward_hook(
    lambda m, grad_input, go: print("scale by keyword, grad_input:", len(grad_input))
)
s = torch.tensor([2.0], requires_grad=True)
scale_mod(x, scale=s).sum().backward()
print("s.grad is set:", s.grad is not None)
