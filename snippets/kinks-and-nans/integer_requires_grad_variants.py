# Each way of asking for gradients on an integer or bool tensor
# is refused, with slightly different wording (the last one
# leaves out complex, which it accepts). A decimal point, or
# dtype=torch.float32, makes a float tensor, and it works.
import torch

attempts = {
    "tensor(ints, requires_grad=True)":
        lambda: torch.tensor([1, 2], requires_grad=True),
    "tensor(bools, requires_grad=True)":
        lambda: torch.tensor([True, False], requires_grad=True),
    "t.requires_grad = True":
        lambda: setattr(torch.tensor([1, 2]), "requires_grad", True),
    "t.requires_grad_()":
        lambda: torch.tensor([1, 2]).requires_grad_(),
}
for how, attempt in attempts.items():
    try:
        attempt()
    except RuntimeError as err:
        print(f"{how}:\n  {err}")

c = torch.tensor([1j]).requires_grad_()
print("complex requires_grad_():", c.dtype, c.requires_grad)
w = torch.tensor([1.0, 2.0], requires_grad=True)
print("with 1.0, 2.0:", w.dtype, w.requires_grad)
