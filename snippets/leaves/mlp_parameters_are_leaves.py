# The MLP fixed: layers are created once in __init__ and called on tensors.
# Every parameter is a leaf that requires grad, so backward() fills its .grad.
import torch
import torch.nn.functional as F
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.fc1 = nn.Linear(4 * 4, 8)
        self.fc2 = nn.Linear(8, 8)
        self.fc3 = nn.Linear(8, 3)

    def forward(self, x):
        x = self.flatten(x)  # (N, 1, 4, 4) -> (N, 16)
        return self.fc3(F.relu(self.fc2(F.relu(self.fc1(x)))))


torch.manual_seed(0)
mlp = MLP()
images, labels = torch.randn(2, 1, 4, 4), torch.tensor([0, 2])
loss = F.cross_entropy(mlp(images), labels)
print("loss: is_leaf =", loss.is_leaf, " grad_fn =", type(loss.grad_fn).__name__)
loss.backward()
for name, p in mlp.named_parameters():
    same_shape = p.grad is not None and p.grad.shape == p.shape
    print(f"{name:10s} is_leaf={p.is_leaf}  shape {str(tuple(p.shape)):7s} grad of that shape: {same_shape}")
