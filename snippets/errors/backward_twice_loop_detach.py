# Fix: cut the carried state off its history with detach() at the start of each
# iteration. Every backward() then walks only the graph of its own iteration.
import torch

w = torch.tensor(0.5, requires_grad=True)
state = torch.ones(3)
for step in range(3):
    state = w * state.detach() + 1  # a fresh graph per iteration
    loss = state.pow(2).sum()
    w.grad = None
    loss.backward()
    print(f"step {step}: loss = {loss.item():.4f}, w.grad = {w.grad.item():.4f}")
