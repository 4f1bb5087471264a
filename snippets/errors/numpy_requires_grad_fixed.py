# Fix: detach() first (a tensor without history, same memory), then numpy().
# For a single number such as a loss, item() returns a Python float directly.
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
pred = 3 * w
print("pred.detach().numpy():", pred.detach().numpy().tolist())
print("loss.item():", pred.sum().item())
