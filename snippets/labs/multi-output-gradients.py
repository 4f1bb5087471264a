# %% setup
--8<-- "labs/_setup.py"

# %% network
--8<-- "multiple-losses/multi_output_network.py"

# %% contributions
# Each loss's own gradient over the input: what each backward() call adds to x.grad.
x, loss1, loss2, loss3 = losses()
parts = (torch.autograd.grad(loss1, x, retain_graph=True)[0],
         torch.autograd.grad(loss2, x, retain_graph=True)[0],
         torch.autograd.grad(loss3, x)[0])
xs = x.detach()
fig, ax = plt.subplots(figsize=(4.4, 4.0))
for part, name in zip(parts, ["loss1", "loss2", "loss3"]):
    ax.plot(xs, part, lw=1, alpha=0.7, label=f"d {name} / dx")
ax.plot(xs, separate, "o", ms=6, mfc="none", color=INK, label=tr("three backward() calls"))
ax.plot(xs, summed, "x", ms=5, color="#e03131", label=tr("one backward() of the sum"))
ax.set_xlabel("x")
ax.set_ylabel(tr("gradient"))
fig.legend(loc="outside lower center", ncols=2)
show(fig, alt=tr("Gradient over x from 0 to 2π: one line per loss, and at each of the 25 "
                 "points a circle (three backward() calls) and a cross (one backward() of the "
                 "sum) drawn on top of each other, between {low:.1f} and {high:.1f}.").format(
    low=summed.min().item(), high=summed.max().item()))
print("three calls == sum of the three parts, up to rounding:",
      torch.allclose(separate, parts[0] + parts[1] + parts[2], atol=1e-6))

# %% ulps
# How far apart are the two results? Count in float32 ulps (units in the last place):
# for floats of one sign, the difference of their bit patterns read as integers.
ulps = separate.view(torch.int32) - summed.view(torch.int32)
same_sign = torch.sign(separate) == torch.sign(summed)
print("same sign everywhere:", bool(same_sign.all()))
print(f"elements that differ: {int((ulps != 0).sum())} of {ulps.numel()}")
print("difference in ulps:", ulps.tolist())
fig, ax = plt.subplots(figsize=(4.4, 2.6))
ax.stem(xs, ulps, basefmt=" ")
ax.axhline(0, color=INK, lw=0.5)
ax.set_xlabel("x")
ax.set_ylabel(tr("three calls - sum (ulps)"))
show(fig, alt=tr("Difference between three calls and one call on the sum, in ulps, at each of "
                 "the 25 points: {n} entries differ, by {low} to {high} ulps; the others are 0.").format(
    n=int((ulps != 0).sum()), low=ulps.min().item(), high=ulps.max().item()))

# %% float64
# The two entries printed as 0.0000 sit at x = pi/2 and 3*pi/2, where the true gradient
# is 0: in float64 they fall below 1e-12, so the float32 values are round-off.
x64 = torch.linspace(0.0, 2.0 * math.pi, steps=25, dtype=torch.float64, requires_grad=True)
a64 = torch.sin(x64)
b64 = torch.tan(a64 * a64)
d64 = torch.cos(2 * a64 + 1)
(torch.sin(b64 + b64 * b64).sum() + d64.sum() + torch.sin(d64).sum()).backward()
for i in (6, 18):
    print(f"x[{i}] = {xs[i] / math.pi:.1f} pi: float32 |grad| < 1e-5: {abs(summed[i]) < 1e-5}, "
          f"float64 |grad| < 1e-12: {abs(x64.grad[i].item()) < 1e-12}")
print("float32 agrees with float64 elsewhere:", torch.allclose(summed.double(), x64.grad, atol=1e-5))
