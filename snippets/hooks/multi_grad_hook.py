# register_multi_grad_hook watches a group of tensors. Mode "all"
# fires once, when every gradient of the group that this backward
# computes is ready; mode "any" fires once, on the first of them.
import torch
from torch.autograd.graph import register_multi_grad_hook

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.tensor([5.0, 6.0], requires_grad=True)


def on_all(grads):  # one entry per tensor, None if not computed
    print("all:", [None if g is None else g.tolist() for g in grads])
    print("     .grad written yet:", [t.grad is not None for t in (a, b)])


def on_any(grad):  # the first gradient computed, alone
    print("any:", grad.tolist())


register_multi_grad_hook((a, b, c), on_all)  # mode="all" by default
register_multi_grad_hook((a, b, c), on_any, mode="any")

loss = (a * b).sum()  # c is not used
print("-- backward()")
loss.backward(retain_graph=True)
a.grad = b.grad = None
print("-- backward(inputs=[a])")
loss.backward(inputs=[a])
