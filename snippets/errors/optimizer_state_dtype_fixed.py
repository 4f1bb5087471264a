# The fix: convert the model first, then build the optimizer, so
# that Adam creates its state in the parameters' final dtype. When
# the conversion has to come after training started, reloading the
# optimizer's state dict casts its state to each parameter's dtype.
import torch
from torch import nn

x64 = torch.ones(2, 3, dtype=torch.float64)

torch.manual_seed(0)
model = nn.Linear(3, 1).double()  # convert first...
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)  # ...then build
for step in range(2):
    optimizer.zero_grad()
    model(x64).sum().backward()
    optimizer.step()
state = optimizer.state[model.weight]
print("converted first:", state["exp_avg"].dtype, "| 2 steps done")

# Converted after the first step: reload the state to convert it too.
torch.manual_seed(0)
model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
model(torch.ones(2, 3)).sum().backward()
optimizer.step()  # float32 state
model.double()
optimizer.load_state_dict(optimizer.state_dict())  # casts the state
optimizer.zero_grad()
model(x64).sum().backward()
optimizer.step()
state = optimizer.state[model.weight]
print("reloaded state:", state["exp_avg"].dtype, "| 2 steps done")
