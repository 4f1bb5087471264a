# When do the two hooks of saved_tensors_hooks run? pack: in the
# forward pass, at the moment an operation saves a tensor. unpack:
# when the backward pass (or anyone) reads that saved tensor back.
import torch
from torch.autograd.graph import saved_tensors_hooks

x = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0, 5.0], requires_grad=True)
packed = []  # what the graph holds instead of the tensors


def pack(t):
    print("  pack   ", [round(v, 4) for v in t.tolist()])
    packed.append(t.detach())
    return len(packed) - 1  # any object: here an index


def unpack(i):
    print("  unpack ", [round(v, 4) for v in packed[i].tolist()])
    return packed[i]


with saved_tensors_hooks(pack, unpack):
    print("forward: e = exp(x)")
    e = x.exp()  # saves its output e
    print("forward: loss = (e * w).sum()")
    loss = (e * w).sum()  # saves both factors, e and w
print("forward done, saves:", len(packed))


def announce(node):  # a pre-hook runs just before its node computes
    return lambda grad_outputs: print(" ", node.name(), "runs")


mul_node = loss.grad_fn.next_functions[0][0]
exp_node = e.grad_fn
mul_node.register_prehook(announce(mul_node))
exp_node.register_prehook(announce(exp_node))
print("backward:")
loss.backward()  # the context has exited: unpack still runs
print("x.grad == w * exp(x):", torch.equal(x.grad, w * x.exp()))
