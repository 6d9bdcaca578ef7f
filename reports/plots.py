"""Figures with matplotlib's object API (no pyplot global state), saved as PNG."""

from __future__ import annotations

from pathlib import Path
import numpy as np


def new_figure(width: float = 6.4, height: float = 4.8, ncols: int = 1):
    """A Figure with an Agg canvas and ``ncols`` Axes side by side, never touching pyplot's global state."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(1, ncols)
    return fig, axes


def learning_curves(history: dict) -> dict[str, object]:
    """The notebook's two plots: loss vs iteration and accuracy vs iteration (train and test).

    When the run's last step is not an evaluation step, the final results block's
    evaluation is drawn as a star after the curve (the notebook prints it, never plots it).
    """
    x = np.asarray(history["iterations"])
    figures = {}
    for name, keys, ylabel, title in (
        ("loss", ("train_loss", "test_loss"), "Loss", "Cross-Entropy Loss vs Iteration"),
        ("accuracy", ("train_acc", "test_acc"), "Accuracy", "Accuracy vs Iteration"),
    ):
        fig, ax = new_figure()
        final, last = history.get("final") or {}, history.get("steps_done", 0) - 1
        for key in keys:
            part = "Train" if key.startswith("train") else "Test"
            (line,) = ax.plot(x, history[key], label=f"{part} {ylabel}")
            if key in final and last >= 0 and (not len(x) or x[-1] < last):
                # the final results block's evaluation, after the last step: off the every-N schedule
                ax.plot([last], [final[key]], linestyle="none", marker="*", markersize=10, color=line.get_color(),
                        label=f"{part} final (step {last})")
        ax.set_xlabel("Iteration")
        ax.set_ylabel(ylabel)
        ax.set_title(title)
        ax.legend()
        ax.grid(True)
        figures[name] = fig
    return figures


def save_png(fig, path: str | Path) -> None:
    fig.savefig(path, format="png", bbox_inches="tight")


def have_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True

