"""The long run of notebook 08: train the character language model on tiny Shakespeare, ship it.

    make train-lm                      # or: python scripts/train_lm.py [--epochs 14] [--seed 2024]

Writes ``data/lm/char_gru.npz`` (the weights as float32 arrays named as
``helpers.language_model.WEIGHT_NAMES``, and the vocabulary) and ``data/lm/char_gru.json`` (the
settings, seed, versions, per-epoch losses, wall time). The same seed on the same machine and
TensorFlow build gives the same weights: TensorFlow's op determinism is on, and the windows are
shuffled by a seeded ``tf.data`` pipeline. About 15 minutes on a 2-core laptop CPU.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the repository's helpers, also when run without installing

from helpers.data import CharVocab, load_shakespeare  # noqa: E402
from helpers.language_model import (  # noqa: E402
    WEIGHT_NAMES,
    build_char_model,
    make_windows,
    split_text,
)
from helpers.lesson import setup_lesson  # noqa: E402
from helpers.training import without_autotuning  # noqa: E402

SETTINGS = {
    "embed_dim": 32,
    "units": 256,
    "dropout": 0.0,
    "window": 100,
    "batch_size": 64,
    "learning_rate": 0.003,
    "global_clipnorm": 1.0,
    "epochs": 14,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--epochs", type=int, default=SETTINGS["epochs"])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "lm")
    parser.add_argument("--chars", type=int, default=None, help="a first slice only (smoke test)")
    args = parser.parse_args()
    settings = dict(SETTINGS, epochs=args.epochs)

    setup_lesson(args.seed)
    import keras
    import numpy as np
    import tensorflow as tf

    text = load_shakespeare()[: args.chars]
    train_text, val_text = split_text(text)
    vocab = CharVocab(sorted(set(train_text)))
    x_train, y_train = make_windows(vocab.encode(train_text), settings["window"])
    x_val, y_val = make_windows(vocab.encode(val_text), settings["window"])
    # The same number of training windows as validation ones, scored the same way after each
    # epoch: a fair comparison of the two (fit's own loss is a mean over changing weights).
    x_probe, y_probe = x_train[: len(x_val)], y_train[: len(x_val)]
    # Without autotuning: with it, an epoch's fit waited for the tuning thread at its end
    # (helpers.training.without_autotuning). The windows and their order are the same.
    train = (
        without_autotuning(tf.data.Dataset.from_tensor_slices((x_train, y_train)))
        .shuffle(len(x_train), seed=args.seed, reshuffle_each_iteration=True)
        .batch(settings["batch_size"])
    )

    model = build_char_model(
        len(vocab), settings["embed_dim"], settings["units"], settings["dropout"]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(
            settings["learning_rate"], global_clipnorm=settings["global_clipnorm"]
        ),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    epochs = []
    start = time.perf_counter()
    for epoch in range(1, settings["epochs"] + 1):
        history = model.fit(train, epochs=1, verbose=0)
        row = {
            "epoch": epoch,
            "fit_loss": float(history.history["loss"][0]),
            "train_loss": float(model.evaluate(x_probe, y_probe, batch_size=256, verbose=0)),
            "val_loss": float(model.evaluate(x_val, y_val, batch_size=256, verbose=0)),
            "seconds": round(time.perf_counter() - start, 1),
        }
        epochs.append(row)
        print(
            f"epoch {epoch:2d}: train {row['train_loss']:.4f}  val {row['val_loss']:.4f} "
            f"(perplexity {math.exp(row['val_loss']):.2f})  {row['seconds']:.0f} s",
            flush=True,
        )

    args.out.mkdir(parents=True, exist_ok=True)
    weights_path = args.out / "char_gru.npz"
    arrays = dict(zip(WEIGHT_NAMES, model.get_weights(), strict=True))
    np.savez_compressed(
        weights_path,
        vocab=np.array("".join(vocab.chars)),
        **{name: value.astype(np.float32) for name, value in arrays.items()},
    )
    log = {
        "what": "notebook 08's long run: Embedding -> GRU -> Dense on tiny Shakespeare",
        "command": "make train-lm (python scripts/train_lm.py)",
        "seed": args.seed,
        "chars": len(text),
        "settings": settings,
        "data": {
            "file": "data/tinyshakespeare.txt",
            "train_chars": len(train_text),
            "val_chars": len(val_text),
            "window_scoring": "non-overlapping windows of `window` characters, state from zero",
            "vocab": "".join(vocab.chars),
        },
        "params": int(model.count_params()),
        "epochs": epochs,
        "final": {
            "val_loss": epochs[-1]["val_loss"],
            "val_perplexity": math.exp(epochs[-1]["val_loss"]),
            "train_loss": epochs[-1]["train_loss"],
        },
        "wall_seconds": round(time.perf_counter() - start, 1),
        "weights_sha256": hashlib.sha256(weights_path.read_bytes()).hexdigest(),
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "tensorflow": tf.__version__,
            "keras": keras.__version__,
            "machine": platform.machine(),
        },
    }
    (args.out / "char_gru.json").write_text(json.dumps(log, indent=2) + "\n")
    perplexity = math.exp(epochs[-1]["val_loss"])
    print(f"wrote {weights_path} and char_gru.json: val perplexity {perplexity:.2f}")


if __name__ == "__main__":
    main()
