# Hooks on a node of the graph (a tensor's grad_fn). The pre-hook
# gets the gradients with respect to the node's forward OUTPUTS;
# the hook gets those too, after the node has computed the
# gradients with respect to its forward INPUTS.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
y = x * w  # y.grad_fn is MulBackward0, inputs x and w
node = y.grad_fn


def pre_hook(grad_outputs):
    print("pre-hook  grad_outputs:", [g.tolist() for g in grad_outputs])


def hook(grad_inputs, grad_outputs):
    print("hook      grad_inputs: ", [g.tolist() for g in grad_inputs])
    print("          grad_outputs:", [g.tolist() for g in grad_outputs])
    # Replace the gradient that goes to w (the second input):
    return (grad_inputs[0], torch.zeros_like(grad_inputs[1]))


node.register_prehook(pre_hook)
node.register_hook(hook)
(y * torch.tensor([1.0, 10.0])).sum().backward()
print("x.grad:", x.grad.tolist(), " w.grad:", w.grad.tolist())
