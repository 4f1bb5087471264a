# What arrives in loss.grad is the seed of the backward pass, or what
# the chain rule carries down to loss from a root above it.
import warnings

import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

# Without retain_grad(): loss is a non-leaf, .grad is None, with a warning.
loss = (w * x).pow(2).mean()
loss.backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("no retain_grad:", loss.grad)
for warning in caught:
    first = str(warning.message).split(". ")[0]
    print(f"{warning.category.__name__}: {first}.")

# The root is 2 * loss: d(2 loss)/d loss = 2 arrives at loss.
loss = (w * x).pow(2).mean()
loss.retain_grad()
(2 * loss).backward()
print("(2 * loss).backward():", loss.grad)

# Accumulation divides by the number of micro-batches: 1/4 arrives.
loss = (w * x).pow(2).mean()
loss.retain_grad()
(loss / 4).backward()
print("(loss / 4).backward():", loss.grad)

# Two backward() calls through the same loss add up, like any .grad.
loss = (w * x).pow(2).mean()
loss.retain_grad()
loss.backward(retain_graph=True)
loss.backward()
print("two backward() calls:", loss.grad)

# An explicit seed: loss.backward(gradient=v) starts from v.
loss = (w * x).pow(2).mean()
loss.retain_grad()
loss.backward(gradient=torch.tensor(3.0))
print("gradient=tensor(3.):", loss.grad)

# Listing loss in backward(inputs=...) keeps its gradient as well.
w.grad = None
loss = (w * x).pow(2).mean()
loss.backward(inputs=[w, loss])
print("inputs=[w, loss]:", loss.grad, "| w.grad:", w.grad.tolist())

# Mixed precision: scaler.scale(loss) is loss * 2**16, so 65536 arrives.
scaler = torch.amp.GradScaler("cpu")
loss = (w * x).pow(2).mean()
loss.retain_grad()
scaler.scale(loss).backward()
print("scaler.scale(loss).backward():", loss.grad)
