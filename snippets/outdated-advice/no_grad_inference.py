# Inference without a graph: torch.no_grad(), or torch.inference_mode(), whose
# outputs are also marked as inference tensors (no version counter to maintain).
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
inputs = torch.randn(2, 3)
with torch.no_grad():
    out = model(inputs)
print("no_grad:        requires_grad =", out.requires_grad, "| grad_fn =", out.grad_fn)
with torch.inference_mode():
    out = model(inputs)
print("inference_mode: requires_grad =", out.requires_grad, "| grad_fn =", out.grad_fn, "| is_inference =", out.is_inference())
