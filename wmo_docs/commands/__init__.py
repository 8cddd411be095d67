"""CLI subcommands, one module each; wmo_docs.cli loads them lazily."""
