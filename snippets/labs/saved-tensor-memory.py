# %% style
--8<-- "labs/_plot_style.py"

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
print("batch  " + "  ".join(f"({name}) MiB" for name in peaks))
for i, n in enumerate(sizes):
    print(f"{n:<5}  " + "  ".join(f"{peaks[name][i]:8.2f}" for name in peaks))

# %% plot
labels = {
    "a": "(a) one forward, summed loss",
    "b": "(b) one forward, backward per head",
    "c": "(c) forward per head, summed loss",
    "d": "(d) forward + backward per head",
}
fig, ax = plt.subplots()
for (name, values), marker in zip(peaks.items(), "osx^"):
    ax.plot(sizes, values, marker=marker, label=labels[name], alpha=0.85)
ax.set_xscale("log", base=2)
ax.set_yscale("log", base=2)
ax.set_xticks(sizes, [str(n) for n in sizes])
ax.set_xlabel("batch size")
ax.set_ylabel("saved-tensor peak (MiB)")
ax.legend(fontsize=8)
plt.show()
