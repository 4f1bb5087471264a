# The MLP of the multi-head notebook (see Sources), with 4x4 images
# instead of 28x28. Its forward() passes MODULES to the layers:
# nn.Flatten(x) builds a new Flatten layer (x becomes its start_dim
# argument) instead of flattening x, and fc1 receives that layer,
# not a tensor.
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super(MLP, self).__init__()
        self.fc1 = nn.Linear(4 * 4, 8)
        self.fc2 = nn.Linear(8, 8)
        self.fc3 = nn.Linear(8, 3)

    def forward(self, x):
        x = nn.Flatten(x)
        x = self.fc3(nn.ReLU(self.fc2(nn.ReLU(self.fc1(x)))))
        return x


torch.manual_seed(0)
mlp = MLP()
print("fc1.weight.is_leaf:", mlp.fc1.weight.is_leaf)  # what the seed checked: fine
mlp(torch.randn(2, 1, 4, 4))  # what the seed never ran: the forward pass
