# The classic mistake: a hook that modifies its gradient in place.
# Meant to stop the gradient through one branch of a residual block,
# it also erases the gradient of the skip connection, because
# addition hands the SAME gradient tensor to both of its inputs.
import torch

c = torch.tensor([1.0, 10.0])


def run(hook):
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    w = torch.tensor([3.0, 4.0], requires_grad=True)
    h = x * 2
    branch = h * w
    if hook is not None:
        branch.register_hook(hook)
    out = branch + h  # skip connection
    (out * c).sum().backward()
    return x.grad.tolist()


def zero_in_place(grad):  # wrong: mutates the shared tensor
    grad.zero_()


def return_zeros(grad):  # right: returns a new tensor
    return torch.zeros_like(grad)


print("no hook:          x.grad", run(None))
print("return new zeros: x.grad", run(return_zeros))
print("zero_() in place: x.grad", run(zero_in_place))

# Why: the node of an addition passes the gradient it receives, the
# same tensor object, to both of its inputs.
a = torch.ones(2, requires_grad=True)
b = torch.ones(2, requires_grad=True)
s = a + b


def same_object(grad_inputs, grad_outputs):
    print("one tensor for both inputs:", grad_inputs[0] is grad_inputs[1])
    print("and it is the incoming one:", grad_inputs[0] is grad_outputs[0])


s.grad_fn.register_hook(same_object)
(s * c).sum().backward()
