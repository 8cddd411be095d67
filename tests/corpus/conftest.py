"""Print the corpus precision/recall table at the end of the run (also under pytest-xdist)."""

KEY = "wmo_docs/corpus_table"


def pytest_configure(config):
    # Only the controlling process clears the table of a previous run.
    if not hasattr(config, "workerinput") and getattr(config, "cache", None) is not None:
        config.cache.set(KEY, None)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    cache = getattr(config, "cache", None)
    table = cache.get(KEY, None) if cache is not None else None
    if table:
        terminalreporter.section("wmo-docs corpus: precision en recall per regel")
        terminalreporter.write_line(table)
