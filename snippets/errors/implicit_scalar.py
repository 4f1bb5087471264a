# backward() without an argument needs a single number to differentiate.
# A per-sample loss (reduction="none") is a vector: which gradient would you want?
import torch
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x, target = torch.randn(4, 3), torch.randn(4)
loss = F.mse_loss(x @ w, target, reduction="none")
print("loss shape:", tuple(loss.shape))
loss.backward()
