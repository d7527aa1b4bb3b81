"""Sub-commands of `python -m diplo`; each module has add_arguments(parser) and run(args) -> int."""
