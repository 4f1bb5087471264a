# Patching gradients with a hook that replaces nan by 0. One
# weight w is shared by two samples; sample 0 hits the where
# trap, sample 1 is fine and contributes d/dw sqrt(4w) = 1.
import torch

data = torch.tensor([-1.0, 4.0])


def grad_of_w(safe, hook=None):
    w = torch.tensor(1.0, requires_grad=True)
    if hook is not None:
        w.register_hook(hook)  # runs on w's gradient, before .grad
    z = w * data
    if safe:
        z_safe = torch.where(z > 0, z, 1.0)
        y = torch.where(z > 0, torch.sqrt(z_safe), 0.0)
    else:
        y = torch.where(z > 0, torch.sqrt(z), 0.0)
    y.sum().backward()
    return w.grad.item()


print("unsafe:              ", grad_of_w(safe=False))
print("unsafe + nan_to_num: ", grad_of_w(False, torch.nan_to_num))
print("safe:                ", grad_of_w(safe=True))
# nan_to_num also turns inf into the largest float32:
print(torch.nan_to_num(torch.tensor([torch.nan, torch.inf])).tolist())
