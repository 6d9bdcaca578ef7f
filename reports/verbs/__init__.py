"""One module per `xval` verb, each with `register(subparsers)` and `run(args) -> int`."""
