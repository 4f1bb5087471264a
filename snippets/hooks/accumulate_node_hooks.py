# A leaf's tensor hooks and post-accumulate hooks are kept on the
# tensor. Its AccumulateGrad node is not: the tensor holds it only
# weakly, so it dies with the graph, and the next forward pass makes
# a new one. A hook registered on the node itself dies with it.
import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)
p.register_hook(lambda g: print("  tensor hook"))
p.register_post_accumulate_grad_hook(lambda t: print("  post-accumulate hook"))
node = (p * 2).grad_fn.next_functions[0][0]  # p's AccumulateGrad
print(type(node).__name__)
node.register_prehook(lambda grad_outputs: print("  node pre-hook"))

print("graph 1, while `node` keeps the node alive:")
(p * 2).sum().backward()
del node  # the last reference: the node and its hook are freed
print("graph 2, a new AccumulateGrad node:")
(p * 2).sum().backward()
