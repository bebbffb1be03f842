"""The ``summarize`` command around the library: its options, batches in worker processes,
signals, standard input and output, and the progress line."""
