# %% setup
--8<-- "labs/_setup.py"

# %% measure
--8<-- "multi-task/saved_memory_four_patterns.py"

# %% batch-sizes
# The same four patterns at several batch sizes. The patterns read x, y_reg and
# y_cls when they run, so rebinding them changes the batch.
sizes = [64, 128, 256, 512, 1024]
peaks = {pattern.__name__: [] for pattern in [a, b, c, d]}
for n in sizes:
    x, y_reg, y_cls = torch.randn(n, 512), torch.randn(n, 1), torch.randint(0, 10, (n,))
    for pattern in [a, b, c, d]:
        model.zero_grad()
        mem["peak"] = 0
        with saved_tensors_hooks(pack, lambda t: t):
            pattern()
        peaks[pattern.__name__].append(mem["peak"] / 2**20)
print("peak of saved tensors, MiB")
print("batch  " + "  ".join(f"{f'({name})':>6}" for name in peaks))
for i, n in enumerate(sizes):
    print(f"{n:<5}  " + "  ".join(f"{peaks[name][i]:6.2f}" for name in peaks))

# %% plot
labels = {
    "a": tr("(a) one forward, summed loss"),
    "b": tr("(b) one forward, backward per head"),
    "c": tr("(c) forward per head, summed loss"),
    "d": tr("(d) forward + backward per head"),
}
fig, ax = plt.subplots(figsize=(4.4, 4.2))
for (name, values), marker in zip(peaks.items(), "osx^"):
    ax.plot(sizes, values, marker=marker, label=labels[name], alpha=0.85)
ax.set_xscale("log", base=2)
ax.set_yscale("log", base=2)
ax.set_xticks(sizes, [str(n) for n in sizes])
ax.set_xlabel(tr("batch size"))
ax.set_ylabel(tr("saved-tensor peak (MiB)"))
fig.legend(loc="outside lower center", ncols=1)
show(fig, alt=tr("Peak memory of saved tensors against batch size, both on log scales, for the "
                 "four patterns: straight lines. (a), (b) and (d) overlap, from {low:.2f} MiB at "
                 "batch {first} to {high:.2f} MiB at batch {last}; (c) lies above them at every "
                 "size.").format(low=peaks["a"][0], high=peaks["a"][-1], first=sizes[0], last=sizes[-1]))
