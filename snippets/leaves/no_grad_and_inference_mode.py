# Under torch.no_grad() and torch.inference_mode() no graph is recorded:
# results of ops are leaves with requires_grad=False and no grad_fn.
import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with torch.no_grad():
    y = w * 2
with torch.inference_mode():
    z = w * 2

for name, t in [("no_grad", y), ("inference_mode", z)]:
    attrs = f"is_leaf={t.is_leaf} requires_grad={t.requires_grad} grad_fn={t.grad_fn}"
    print(f"{name:15s} {attrs} is_inference={t.is_inference()}")
print("w is untouched: requires_grad =", w.requires_grad)
