# A tensor hook on a leaf runs before .grad is written; a
# post-accumulate-grad hook runs after, and receives the tensor
# itself, not the gradient.
import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)


def tensor_hook(grad):
    print("tensor hook:     p.grad is None:", p.grad is None)


def post_hook(param):
    print("post-accumulate: p.grad =", param.grad.tolist())
    print("  receives p itself:", param is p)


p.register_hook(tensor_hook)
p.register_post_accumulate_grad_hook(post_hook)
(p * 3).sum().backward()

# torch.autograd.grad writes no .grad: the post-accumulate hook
# does not fire at all (the tensor hook does).
print("autograd.grad:")
torch.autograd.grad((p * 3).sum(), p)
print("p.grad unchanged:", p.grad.tolist())
