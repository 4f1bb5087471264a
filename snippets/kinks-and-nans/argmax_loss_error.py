# Training on the predicted class: argmax gives integers, so the
# loss computed from them has no graph back to the model.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
model = torch.nn.Linear(4, 3)
x, target = torch.randn(8, 4), torch.randint(0, 3, (8,))

pred = model(x).argmax(dim=1)  # int64 class ids, no grad_fn
loss = F.mse_loss(pred.float(), target.float())
print("pred:", pred.dtype, " loss.grad_fn:", loss.grad_fn)
loss.backward()
