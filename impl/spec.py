"""ModelSpec: the one description of an MLP's activations, loss, L2 penalty and optimizer.

The product (xval.impl) and every oracle (torch, jax, finite differences) build
their model from the same ModelSpec; the default is the original notebook's:
ReLU hidden units, softmax output, cross-entropy, no L2, plain SGD.

Definitions every implementation follows (B = batch size, t = one-hot labels,
a = the output activation, z = the last pre-activation, sums over classes):

- hidden: ``relu`` (ReLU'(0) = 0), ``leaky_relu:S`` (S * z for z <= 0, slope S at
  0), ``sigmoid``, ``tanh``, ``identity`` (a linear layer: a = z), for every hidden
  layer; or one per hidden layer, first
  to last, joined by ``/`` (``relu/tanh``: a network of exactly that many hidden layers);
- output + loss, the pairs supported: ``softmax + cross_entropy`` (mean over the
  batch of -log softmax(z)[y]), ``softmax + mse``, ``sigmoid + bce`` (mean over
  the batch of the sum over classes of -(t log a + (1 - t) log(1 - a))),
  ``sigmoid + mse``, ``identity + mse``, and the hidden activation applied to the
  output too, ``tanh + mse``, ``relu + mse`` (ReLU'(0) = 0 there as well) and
  ``leaky_relu + mse`` (the hidden leaky ReLU's slope, else 0.01; its slope at 0); mse
  is (1 / B) * sum 0.5 * (a - t)^2, so that every pair's output gradient is 1 / B
  times an O(1) quantity;
- l2: ``loss += 0.5 * l2 * sum of every W squared`` (biases not penalised), so the
  gradient gains ``l2 * W``; with ``l2_biases`` (a course template's penalty over every
  parameter) the biases are squared too and their gradient gains ``l2 * b``;
- reported loss (what a training log prints): the same, from the output
  activations, probabilities clipped to [1e-12, 1 - 1e-12] before a log (1 - 1e-12
  is 1 in float32: there the largest float below 1), no L2 term;
- optimizer: ``sgd`` (theta -= lr * g) or ``momentum:M`` (PyTorch's convention:
  v = M * v + g, theta -= lr * v, v starting at zero).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace

from .errors import InputError

HIDDEN = ("relu", "leaky_relu", "sigmoid", "tanh", "identity")
OUTPUTS = ("softmax", "sigmoid", "identity", "tanh", "relu", "leaky_relu")
LOSSES = ("cross_entropy", "bce", "mse")
PAIRS = {("softmax", "cross_entropy"), ("softmax", "mse"), ("sigmoid", "bce"), ("sigmoid", "mse"),
         ("identity", "mse"), ("tanh", "mse"), ("relu", "mse"), ("leaky_relu", "mse")}
DEFAULT_LEAKY_SLOPE = 0.01
DEFAULT_MOMENTUM = 0.9
LOSS_NAMES = {"cross_entropy": "cross-entropy", "bce": "binary cross-entropy", "mse": "MSE"}
DEFAULT_LOSS = {"softmax": "cross_entropy", "sigmoid": "bce", "identity": "mse", "tanh": "mse", "relu": "mse",
                "leaky_relu": "mse"}
"""Each output's natural loss: the one taken when only the output is given (or, in xval check, read)."""


def _number(text: str, what: str, low: float, high: float, example: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{what}: expected a number like {example}, found {text!r}") from None
    if not (math.isfinite(value) and low <= value < high):
        raise InputError(f"{what}: expected a number in [{low:g}, {high:g}) like {example}, found {text!r}")
    return value


def _flag(value, what: str) -> bool:
    """A bool, or its text form in a spec string (true/false, 1/0, yes/no)."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    raise InputError(f"{what}: expected true or false, found {value!r}")


def _with_parameter(text: str, base: str, default: float, what: str, high: float, example: str) -> str:
    """``base`` or ``base:X`` -> ``base:X`` in canonical form (X parsed and checked)."""
    value = default if text == base else _number(text[len(base) + 1:], what, 0.0, high, example)
    return f"{base}:{value:g}"


def _hidden_name(text: str, given) -> str:
    """One hidden activation's canonical name (``leaky_relu`` with its slope)."""
    hidden = text.strip().lower().replace("-", "_")
    if hidden == "leaky_relu" or hidden.startswith("leaky_relu:"):
        return _with_parameter(hidden, "leaky_relu", DEFAULT_LEAKY_SLOPE, "--hidden leaky_relu:SLOPE", 1.0,
                               "leaky_relu:0.01")
    if hidden not in HIDDEN:
        raise InputError("--hidden: expected one of relu, leaky_relu[:SLOPE], sigmoid, tanh, identity (or one per "
                         f"hidden layer joined by /, like relu/tanh), found {given!r}")
    return hidden


@dataclass(frozen=True)
class ModelSpec:
    """What the MLP computes besides its weights; validated and put in canonical form on creation."""

    hidden: str = "relu"
    output: str = "softmax"
    loss: str = "cross_entropy"
    l2: float = 0.0
    optimizer: str = "sgd"
    l2_biases: bool = False  # the L2 term squares the biases too (no effect without l2)

    def __post_init__(self) -> None:
        layers = [_hidden_name(h, self.hidden) for h in str(self.hidden).split("/")]
        hidden = layers[0] if len(set(layers)) == 1 else "/".join(layers)  # the same for every layer: one name
        output = str(self.output).strip().lower().replace("-", "_")
        if output not in OUTPUTS:
            raise InputError(f"--output: expected one of {', '.join(OUTPUTS)}, found {self.output!r}")
        loss = str(self.loss).strip().lower().replace("-", "_")
        loss = {"ce": "cross_entropy", "crossentropy": "cross_entropy", "binary_cross_entropy": "bce"}.get(loss, loss)
        if loss not in LOSSES:
            raise InputError(f"--loss: expected one of {', '.join(LOSSES)}, found {self.loss!r}")
        if (output, loss) not in PAIRS:
            fits = sorted(o for o, lo in PAIRS if lo == loss)
            raise InputError(f"--output {output} with --loss {loss} is not a supported pair; {loss} goes with "
                             f"--output {' or '.join(fits)}, and {output} with --loss "
                             f"{' or '.join(sorted(lo for o, lo in PAIRS if o == output))}")
        l2 = _number(str(self.l2), "--l2", 0.0, math.inf, "1e-4")
        optimizer = str(self.optimizer).strip().lower()
        if optimizer == "momentum" or optimizer.startswith("momentum:"):
            optimizer = _with_parameter(optimizer, "momentum", DEFAULT_MOMENTUM, "--momentum", 1.0, "0.9")
            if optimizer == "momentum:0":
                optimizer = "sgd"
        elif optimizer != "sgd":
            raise InputError(f"optimizer: expected sgd or momentum[:M] with 0 <= M < 1, found {self.optimizer!r}")
        l2_biases = _flag(self.l2_biases, "l2_biases") and l2 > 0  # (canonical: off when there is no L2)
        for name, value in (("hidden", hidden), ("output", output), ("loss", loss), ("l2", l2),
                            ("optimizer", optimizer), ("l2_biases", l2_biases)):
            object.__setattr__(self, name, value)

    @property
    def layers(self) -> tuple[str, ...]:
        """The hidden activations one per hidden layer, first to last; one entry when every layer has it."""
        return tuple(self.hidden.split("/"))

    @property
    def mixed(self) -> bool:
        """Whether the hidden layers have different activations (``relu/tanh``)."""
        return len(self.layers) > 1

    def per_layer(self, n_hidden: int) -> list[ModelSpec]:
        """One spec per hidden layer of a network with ``n_hidden`` of them, each with that layer's activation only,
        so that code written for one activation applies it layer by layer. InputError when a mixed spec gives
        another number of layers."""
        if not self.mixed:
            return [self] * n_hidden
        if n_hidden != len(self.layers):
            raise InputError(f"--hidden {self.hidden} gives {len(self.layers)} hidden layers' activations, one per "
                             f"layer, and the network has {n_hidden} hidden layers: give one activation for all of "
                             "them, or one per layer")
        return [replace(self, hidden=h) for h in self.layers]

    def first(self, n_hidden: int) -> ModelSpec:
        """The spec of the network's first ``n_hidden`` hidden layers and a new output layer (an oracle's forward
        runs each such prefix to give every layer's pre-activation): the first activations of a mixed spec."""
        return replace(self, hidden="/".join(self.layers[:max(n_hidden, 1)])) if self.mixed else self

    @property
    def activations(self) -> frozenset[str]:
        """The hidden activations' names without their parameters, over every hidden layer."""
        return frozenset(h.split(":")[0] for h in self.layers)

    @property
    def activation(self) -> str:
        """The hidden activation's name without its parameter (relu, leaky_relu, sigmoid, tanh, identity); for one
        activation in every layer (ValueError for a mixed spec: take a layer's, :meth:`per_layer`)."""
        if self.mixed:
            raise ValueError(f"hidden={self.hidden} differs by layer: take spec.per_layer(n)[layer].activation")
        return self.hidden.split(":")[0]

    @property
    def leaky_slope(self) -> float:
        """The hidden leaky ReLU's slope (0.0 for other units; the first leaky layer's in a mixed spec)."""
        return next((float(h.split(":")[1]) for h in self.layers if h.startswith("leaky_relu:")), 0.0)

    @property
    def output_slope(self) -> float:
        """A leaky ReLU output's slope for z <= 0: the hidden leaky ReLU's, else the default 0.01 (0.0 for any
        other output)."""
        if self.output != "leaky_relu":
            return 0.0
        return self.leaky_slope or DEFAULT_LEAKY_SLOPE

    @property
    def momentum(self) -> float:
        """The momentum coefficient; 0.0 for plain SGD."""
        return float(self.optimizer.split(":")[1]) if self.optimizer != "sgd" else 0.0

    @property
    def is_notebook(self) -> bool:
        """Whether this is the original notebook's model (the bit-faithful default)."""
        return self == NOTEBOOK

    @property
    def has_kinks(self) -> bool:
        """Whether a hidden activation has a kink at 0 (finite differences must not cross it); a ReLU output's
        kink is :attr:`output_kinks`."""
        return bool(self.activations & {"relu", "leaky_relu"})

    @property
    def output_kinks(self) -> bool:
        """Whether the output function has a kink at 0 (a ReLU or leaky ReLU output)."""
        return self.output in ("relu", "leaky_relu")

    @property
    def saturates(self) -> bool:
        """Whether a derivative is computed from an activation that saturates (sigmoid or tanh hidden units, MSE
        through a sigmoid, softmax or tanh output): there f'(z) = 1 - a^2 or a (1 - a) cancels as a nears its bound."""
        return bool(self.activations & {"sigmoid", "tanh"}) or (
            self.loss == "mse" and self.output in ("sigmoid", "softmax", "tanh"))

    @property
    def wants_xavier(self) -> bool:
        """Whether every hidden activation is sigmoid, tanh or identity: Xavier/Glorot weights keep those units'
        scale (unscaled normal weights saturate sigmoid and tanh; He's doubled variance grows a linear layer's)."""
        return self.activations <= {"sigmoid", "tanh", "identity"}

    def hidden_words(self) -> str:
        """The hidden activations in words: ``leaky relu (slope 0.2)``, ``relu then tanh`` (one per layer)."""
        return " then ".join(h.split(":")[0].replace("_", " ") + (f" (slope {h.split(':')[1]})" if ":" in h else "")
                             for h in self.layers)

    def describe(self) -> str:
        """One human line, e.g. ``sigmoid hidden units, softmax + MSE, L2 0.0001, momentum 0.9``."""
        hidden = self.hidden_words()
        output = "leaky relu" + (f" (slope {self.output_slope:g})" if not self.leaky_slope else "") \
            if self.output == "leaky_relu" else self.output
        out = f"{hidden} hidden units, {output} + {LOSS_NAMES[self.loss]}"
        if self.l2:
            out += f", L2 {self.l2:g}" + (" (weights and biases)" if self.l2_biases else "")
        out += f", momentum {self.momentum:g}" if self.momentum else ", plain SGD"
        return out + (" (the notebook's model)" if self.is_notebook else "")

    def to_json(self) -> dict:
        return {**asdict(self), "text": str(self), "description": self.describe()}

    def __str__(self) -> str:
        """The canonical text form that :func:`parse_spec` reads back (``l2_biases`` only when set)."""
        return ",".join(f"{f.name}={getattr(self, f.name):g}" if f.name == "l2" else f"{f.name}={getattr(self, f.name)}"
                        for f in fields(self) if f.name != "l2_biases" or self.l2_biases)


NOTEBOOK = ModelSpec()
"""The original notebook's model: relu, softmax, cross_entropy, no L2, plain SGD."""


def parse_spec(text: str | None) -> ModelSpec:
    """``hidden=sigmoid,loss=mse,l2=1e-4,optimizer=momentum:0.9`` (any subset, any order) -> ModelSpec."""
    if text is None or not text.strip():
        return NOTEBOOK
    keys = {f.name for f in fields(ModelSpec)}
    values: dict[str, str] = {}
    for item in text.split(","):
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or key not in keys:
            raise InputError(f"model spec: expected comma-separated KEY=VALUE with KEY one of {', '.join(sorted(keys))}"
                             f", like hidden=sigmoid,loss=mse; found {item.strip()!r}")
        if key in values:
            raise InputError(f"model spec: {key} given twice in {text!r}")
        values[key] = value.strip()
    return ModelSpec(**values)


def as_spec(spec: ModelSpec | str | None) -> ModelSpec:
    """None -> the notebook's model; a string -> :func:`parse_spec`; a ModelSpec unchanged."""
    if spec is None:
        return NOTEBOOK
    if isinstance(spec, ModelSpec):
        return spec
    if isinstance(spec, str):
        return parse_spec(spec)
    raise TypeError(f"expected a ModelSpec, its text form or None, found {type(spec).__name__}")
