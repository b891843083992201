"""Shared code for the RNN course notebooks.

- ``helpers.lesson``: every notebook's setup call, and ``about()`` for numbers from training.
- ``helpers.data``: one-hot encoding, character vocabularies, sliding windows, the "hello" batch,
  next-character tasks built from any short text.
- ``helpers.reference``: NumPy SimpleRNN, LSTM and GRU forward passes in the Keras weight layout.
- ``helpers.plot``: hidden-state heatmaps, unrolled-RNN diagrams, training curves.
- ``helpers.env``: the environment check shown in the first notebook.
- ``helpers.widgets``: sliders and buttons that redraw a figure, the same under nbval.
- ``helpers.training``: restart a compiled Keras model instead of building and tracing a new one.
- ``helpers.checks``: the exercise checkers.

Nothing here imports TensorFlow at import time, so NumPy-only notebooks stay light.
"""

__version__ = "0.1.0"
