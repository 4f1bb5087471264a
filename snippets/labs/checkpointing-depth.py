# %% setup
--8<-- "labs/_setup.py"

# %% sweep
--8<-- "checkpointing/depth_sweep.py"

# %% plot-depth
depths = [r[0] for r in results]
fig, ax = plt.subplots(figsize=(4.4, 3.8))
ax.plot(depths, [r[2] for r in results], "o-", label=tr("no checkpointing"))
ax.plot(depths, [r[3] for r in results], "s-", label=tr("checkpointed, after forward"))
ax.plot(depths, [r[4] for r in results], "^--", label=tr("checkpointed, peak in backward"))
ax.set_xscale("log", base=2)
ax.set_yscale("log", base=2)
ax.set_xticks(depths, [str(d) for d in depths])
ax.set_xlabel(tr("depth (Linear + ReLU layers)"))
ax.set_ylabel(tr("saved tensors (MiB)"))
fig.legend(loc="outside lower center", ncols=1)
deep = results[-1]
show(fig, alt=tr("Saved-tensor memory against depth, both axes on log scales. Without "
                 "checkpointing it grows in proportion to depth, to {plain:.2f} MiB at depth "
                 "{depth}; with segments of about the square root of the depth it holds "
                 "{fwd:.2f} MiB after the forward pass and peaks at {peak:.2f} MiB during "
                 "backward.").format(depth=deep[0], plain=deep[2], fwd=deep[3], peak=deep[4]))

# %% segments
# Depth 64, segments of 1 to 32 layers: fewer segments keep fewer boundary
# activations, but the segment recomputed during backward grows.
model = nn.Sequential(*[m for _ in range(64) for m in (nn.Linear(WIDTH, WIDTH), nn.ReLU())])
params.clear()
params.update(p.untyped_storage().data_ptr() for p in model.parameters())
sizes = [1, 2, 4, 8, 16, 32]
by_size = [(k, *measure(model, 2 * k)) for k in sizes]
print("layers/seg   fwd MiB  peak MiB")
for k, fwd, peak in by_size:
    print(f"{k:>10}  {fwd:8.2f}  {peak:8.2f}")

# %% plot-segments
fig, ax = plt.subplots(figsize=(4.4, 3.6))
ax.plot(sizes, [fwd for _, fwd, _ in by_size], "s-", label=tr("after forward"))
ax.plot(sizes, [peak for _, _, peak in by_size], "^--", label=tr("peak in backward"))
ax.set_xscale("log", base=2)
ax.set_xticks(sizes, [str(k) for k in sizes])
ax.set_xlabel(tr("layers per checkpointed segment (depth 64)"))
ax.set_ylabel(tr("saved tensors (MiB)"))
fig.legend(loc="outside lower center", ncols=2)
best = min(by_size, key=lambda row: row[2])
show(fig, alt=tr("Saved-tensor memory of a 64-layer model against the segment size: after "
                 "the forward pass it falls as segments grow, while the peak during backward "
                 "is lowest, {peak:.2f} MiB, with segments of {k} layers.").format(
    peak=best[2], k=best[0]))
