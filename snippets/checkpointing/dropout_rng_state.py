# Dropout inside a checkpointed segment. The recomputation in backward
# must draw the same mask as the forward pass did: checkpoint saves
# the RNG state and restores it for the rerun (preserve_rng_state).
import torch
from torch import nn
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
segment = nn.Sequential(nn.Linear(8, 8), nn.Dropout(0.5), nn.Linear(8, 8))
x = torch.randn(4, 8, requires_grad=True)


def step(**checkpoint_args):
    x.grad = None
    segment.zero_grad()
    torch.manual_seed(1)  # same mask in every run's forward pass
    if checkpoint_args:
        out = checkpoint(segment, x, **checkpoint_args)
    else:
        out = segment(x)
    out.square().sum().backward()
    next_draw = torch.rand(1)  # where the RNG stream stands afterwards
    return x.grad.clone(), segment[0].weight.grad.clone(), next_draw


plain = step()
print("equal to the plain run: [x.grad, weight.grad, next draw]")
for reentrant in (False, True):
    for preserve in (True, False):
        run = step(use_reentrant=reentrant, preserve_rng_state=preserve)
        print(f"use_reentrant={reentrant}, preserve_rng_state={preserve}:")
        same = [torch.equal(a, b) for a, b in zip(run, plain)]
        print(" ", same)

# Only the default generator is recorded. A segment drawing from a
# torch.Generator of its own gets a new mask in the rerun.
gen = torch.Generator()


def own_dropout(h):
    keep = torch.rand(h.shape, generator=gen) > 0.5
    return h * keep * 2


def own_run(reentrant):  # reentrant=None: no checkpoint
    gen.manual_seed(2)
    x.grad = None
    if reentrant is None:
        out = own_dropout(x)
    else:
        out = checkpoint(own_dropout, x, use_reentrant=reentrant)
    out.square().sum().backward()
    return x.grad.clone()


own_plain = own_run(None)
for reentrant in (False, True):
    print(f"own generator, use_reentrant={reentrant}:")
    same = torch.equal(own_run(reentrant), own_plain)
    print("  x.grad equals the plain run:", same)
