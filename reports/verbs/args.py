"""argparse types shared by the verbs: each turns a bad value into argparse's usage error (exit 2)."""

from __future__ import annotations

import argparse


def _whole(text: str, least: int, kind: str, bound: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {kind}, found {text!r}") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"expected {bound}, found {text}")
    return value


def count(text: str) -> int:
    """A whole number >= 0 (a number of steps, jobs, a batch index)."""
    return _whole(text, 0, "a whole number", "0 or more")


def positive(text: str) -> int:
    """A whole number >= 1 (a batch size, an evaluation interval, epochs)."""
    return _whole(text, 1, "a positive whole number", "a positive whole number")


def positive_float(text: str) -> float:
    """A number > 0 (a learning rate, seconds)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, found {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, found {text}")
    return value


def layer_sizes(text: str) -> list[int]:
    """Comma-separated layer sizes, input first: 784,256,128,10."""
    try:
        return [int(s) for s in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected comma-separated layer sizes like 784,256,128,10, found {text!r}") from None
