import matplotlib.pyplot as plt
from matplotlib_inline.backend_inline import set_matplotlib_formats

# Figures as SVG that are byte-identical from run to run: a fixed hash salt for the
# element ids and no creation date. Transparent background; INK is the one colour of
# text and axes, which the site replaces with the page's text colour (light and dark).
INK = "#444444"
set_matplotlib_formats("svg", metadata={"Date": None})
plt.rcParams.update({
    "svg.hashsalt": "backward-labs",
    "figure.figsize": (7.0, 3.4),
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "text.color": INK,
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": plt.cycler(color=["#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9"]),
    "font.size": 10,
})
