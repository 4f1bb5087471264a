# Two fixes for a plain tensor: create it on the target dtype (and
# device) directly, or convert first and then make the result a new
# leaf with detach().requires_grad_(). Either way, the variable the
# model uses is the leaf that backward() fills and SGD can update.
import torch

device = torch.device("cpu")  # torch.device("cuda") on a GPU machine

# Fix 1: the factory call creates it where it will live.
w1 = torch.zeros(3, dtype=torch.float64, device=device, requires_grad=True)

# Fix 2: convert, then cut the conversion off and ask for grad.
w2 = torch.zeros(3, requires_grad=True).double()  # a non-leaf copy
w2 = w2.detach().requires_grad_()  # a new float64 leaf

x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, device=device)
for name, w in [("w1", w1), ("w2", w2)]:
    optimizer = torch.optim.SGD([w], lr=0.5)  # accepted: a leaf
    loss = (w * x).sum()
    loss.backward()
    optimizer.step()
    print(f"{name}: is_leaf = {w.is_leaf} | {w.dtype}")
    print(f"    grad = {w.grad.tolist()} | w = {w.tolist()}")
