# Does every built-in optimizer take complex parameters? Each one
# runs 3 steps on a complex leaf z, and 3 on a real leaf r that
# holds the same numbers as (x, y) pairs. "same steps" means the two
# end points agree (up to rounding): z is optimized as its pair of
# real numbers. The others refuse z with an error.
import torch

torch.manual_seed(0)
start = torch.randn(2, 2, dtype=torch.complex64)
target = torch.tensor(1 + 2j)


def train(opt_class, leaf, as_z, **options):
    opt = opt_class([leaf], lr=0.1, **options)

    def closure():  # LBFGS needs one; the others accept it
        opt.zero_grad()
        loss = ((as_z(leaf) - target).abs() ** 2).sum()
        loss.backward()
        return loss

    for _ in range(3):
        opt.step(closure)
    return torch.view_as_real(as_z(leaf.detach()))


names = ["SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta",
         "Adamax", "NAdam", "RAdam", "ASGD", "Rprop", "LBFGS",
         "Adafactor", "Muon", "SparseAdam"]
for name in names:
    opt_class = getattr(torch.optim, name)
    z = start.clone().requires_grad_()
    try:
        on_z = train(opt_class, z, lambda t: t)
    except (RuntimeError, ValueError) as e:
        print(f"{name:10s} refused: {str(e).split(': ')[-1]}")
        continue
    r = torch.view_as_real(start).clone().requires_grad_()
    on_r = train(opt_class, r, torch.view_as_complex)
    print(f"{name:10s} same steps: {torch.allclose(on_z, on_r)}")

# fused=True (Adam, AdamW, SGD, Adagrad) takes real floating point
# parameters only: accepted when built, refused at the first step.
z = start.clone().requires_grad_()
opt = torch.optim.Adam([z], lr=0.1, fused=True)
(z.abs() ** 2).sum().backward()
try:
    opt.step()
except RuntimeError as e:
    print("Adam(fused=True):", str(e).split(" of supported")[0])
