# One source article calls the tensors passed to backward() "leaf nodes".
# They are the opposite end of the graph: outputs (roots) with a grad_fn.
import torch

x = torch.ones(2, 2, requires_grad=True)
out = ((x + 2) * (x + 2) * 3).mean()
print("out.is_leaf:", out.is_leaf, "| out.grad_fn:", type(out.grad_fn).__name__)
print("x.is_leaf:", x.is_leaf, "| x.grad_fn:", x.grad_fn)
torch.autograd.backward(out)  # out is where the walk STARTS
print("x.grad after backward:", x.grad.tolist())
