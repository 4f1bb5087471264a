# Setup of every lab: figure style, the figures' text in this notebook's language, and
# show(). The site folds this cell away; nothing in it is about autograd.
import matplotlib.pyplot as plt
from IPython.display import display
from matplotlib import font_manager
from matplotlib_inline.backend_inline import set_matplotlib_formats

# The figures' text in this notebook's language: tr("step") is "step", "步数" or "шаг".
# English is the key; `make outputs` writes each language's table into its notebook.
LANGUAGE = "en"
TEXT = {}


def tr(english):
    return english if LANGUAGE == "en" else TEXT[english]


def show(fig, alt):
    """Display fig with alt, the description a reader who cannot see it gets."""
    display(fig, metadata={"image/svg+xml": {"alt": alt}})
    plt.close(fig)


# SVG that is byte-identical from run to run (fixed id salt, no date), with text kept as
# text: the page sets it in its own font. CJK text is measured with a CJK font when one
# is installed. INK is the one colour of text and axes; the site replaces it with the
# page's text colour, in light and dark mode. Legends go outside the axes, off the data.
INK = "#444444"
installed = {f.name for f in font_manager.fontManager.ttflist}
cjk = [name for name in ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"]
       if name in installed]
set_matplotlib_formats("svg", metadata={"Date": None})
plt.rcParams.update({
    "svg.hashsalt": "backward-labs",
    "svg.fonttype": "none",
    "font.family": ["DejaVu Sans", *cjk[:1]],
    "figure.figsize": (4.4, 3.3),
    "figure.constrained_layout.use": True,
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "text.color": INK,
    "axes.edgecolor": INK,
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": plt.cycler(color=["#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9"]),
    "font.size": 10,
})
