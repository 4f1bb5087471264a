# The order of the hooks around one node, under the pinned PyTorch.
# A non-leaf with retain_grad(): its .grad is written right after
# its tensor hooks, BEFORE the node's pre-hooks run.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
h.retain_grad()


def tensor_hook(grad):
    print("tensor hook:    h.grad is None:", h.grad is None)
    return grad * 10


def node_pre_hook(grad_outputs):
    print("node pre-hook:  h.grad =", h.grad.tolist())
    return (grad_outputs[0] * 100,)


h.register_hook(tensor_hook)
h.grad_fn.register_prehook(node_pre_hook)
(h * torch.tensor([1.0, 2.0])).sum().backward()
print("h.grad:", h.grad.tolist())  # x10 from the tensor hook only
print("x.grad:", x.grad.tolist())  # 3 * [1, 2] * 10 * 100

# A leaf: post-accumulate hooks run inside its AccumulateGrad node,
# so before that node's post-hooks.
p = torch.tensor([1.0], requires_grad=True)
y = p * 2
node = y.grad_fn.next_functions[0][0]  # p's AccumulateGrad
order = []
p.register_hook(lambda g: order.append("tensor hook"))
node.register_prehook(lambda go: order.append("node pre-hook"))
p.register_post_accumulate_grad_hook(lambda t: order.append("post-accumulate"))
node.register_hook(lambda gi, go: order.append("node post-hook"))
y.sum().backward()
print(" -> ".join(order))
