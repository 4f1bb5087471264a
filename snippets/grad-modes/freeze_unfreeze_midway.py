# Freezing a backbone mid-training when the optimizer (AdamW with weight
# decay) holds every parameter: requires_grad_(False), and a reset that
# sets .grad to None. Then unfreezing it again: requires_grad_(True).
import torch
import torch.nn.functional as F
from torch import nn


def train(set_to_none):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
    backbone = model[0]
    opt = torch.optim.AdamW(model.parameters(), lr=0.01, weight_decay=0.1)
    x, y = torch.randn(8, 3), torch.randn(8, 1)

    def step():
        opt.zero_grad(set_to_none=set_to_none)
        F.mse_loss(model(x), y).backward()
        opt.step()

    step()
    step()
    backbone.requires_grad_(False)  # freeze
    w = backbone.weight.detach().clone()
    for _ in range(3):
        step()
    print(f"set_to_none={set_to_none}: .grad while frozen:",
          "None" if backbone.weight.grad is None else "zeros")
    print("  frozen backbone moved:", not torch.equal(backbone.weight, w))
    steps = {n: int(s["step"]) for n, s in [
        ("backbone", opt.state[backbone.weight]),
        ("head", opt.state[model[2].weight])]}
    print("  AdamW steps taken:", steps)
    return model, opt, step


model, opt, step = train(set_to_none=True)
train(set_to_none=False)

model[0].requires_grad_(True)  # unfreeze: the optimizer still holds it
w = model[0].weight.detach().clone()
step()
print("after unfreezing, backbone moved:", not torch.equal(model[0].weight, w))
print("its AdamW step count:", int(opt.state[model[0].weight]["step"]),
      "(moments kept from before the freeze)")

for p in model[0].parameters():
    opt.state.pop(p)  # forget its moments: its next step starts afresh
step()
print("after opt.state.pop, step count:",
      int(opt.state[model[0].weight]["step"]))
