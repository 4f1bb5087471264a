# Module.to() converts the parameters, not the optimizer's state.
# Adam's running averages, created by the first step, stay float32
# after model.double(), and the next step mixes the two dtypes.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.ones(2, 3)).sum().backward()
optimizer.step()  # creates exp_avg and exp_avg_sq, float32

model.double()
print("weight:", model.weight.dtype)
print("exp_avg:", optimizer.state[model.weight]["exp_avg"].dtype)
optimizer.zero_grad()
model(torch.ones(2, 3, dtype=torch.float64)).sum().backward()
optimizer.step()
