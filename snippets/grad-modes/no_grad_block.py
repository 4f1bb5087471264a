# torch.no_grad() switches recording off for the code inside the block,
# and puts the previous mode back when the block ends. Its results are
# ordinary tensors: later, with recording on, they can enter a graph,
# where autograd treats them as constants.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print("before the block:", torch.is_grad_enabled())
with torch.no_grad():
    print("inside the block:", torch.is_grad_enabled())
    y = w * 2  # computed, not recorded
print("after the block: ", torch.is_grad_enabled())
print("y.requires_grad:", y.requires_grad, "| y.grad_fn:", y.grad_fn)

loss = (y * w).sum()  # recorded; y enters as a constant factor
with torch.no_grad():
    loss.backward()  # the graph was recorded outside: this works
print("w.grad:", w.grad.tolist())
print("w.grad == y:", torch.equal(w.grad, y))

# The backward pass sets the mode for its own work: with
# create_graph=True it records, even inside no_grad().
loss = (w ** 3).sum()
with torch.no_grad():
    (g,) = torch.autograd.grad(loss, w, create_graph=True)
print("create_graph=True in no_grad: g.grad_fn", type(g.grad_fn).__name__)
