# retain_graph=True also silences the loop error, but each iteration then keeps and
# walks the graphs of ALL previous iterations: the graph grows with every step.
import torch


def graph_size(fn):
    seen, stack = set(), [fn]
    while stack:
        node = stack.pop()
        if node is not None and node not in seen:
            seen.add(node)
            stack.extend(next_fn for next_fn, _ in node.next_functions)
    return len(seen)


w = torch.tensor(0.5, requires_grad=True)
state = torch.ones(3)
for step in range(4):
    state = w * state + 1  # no detach(): the history keeps growing
    loss = state.pow(2).sum()
    loss.backward(retain_graph=True)
    print(f"step {step}: nodes reachable from the loss = {graph_size(loss.grad_fn)}")
