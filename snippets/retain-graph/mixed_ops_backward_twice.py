# A graph of views, slicing, concatenation, subtraction and sums saves no tensor
# (their derivatives need only shapes and constants), so it can be backwarded twice.
import torch


def saved_tensors(root):
    """The _saved_* attributes holding a tensor, over every node under root."""
    found, stack, seen = [], [root], set()
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        for name in dir(node):
            if name.startswith("_saved_") and isinstance(getattr(node, name), torch.Tensor):
                found.append(f"{type(node).__name__}.{name}")
        stack.extend(fn for fn, _ in node.next_functions)
    return sorted(found), sorted(type(node).__name__ for node in seen)


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (torch.cat([x, x[:2]]).view(5, 1) - 1).sum()
tensors, nodes = saved_tensors(loss.grad_fn)
print("nodes:", nodes)
print("saved tensors:", tensors)
loss.backward()
loss.backward()  # no retain_graph, no error
print("x.grad after two calls:", x.grad.tolist())  # x[0], x[1] are used twice
