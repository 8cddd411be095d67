"""The package's public names load on first use, so a worker process starts light."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    return set(out.split())


def test_a_worker_does_not_import_what_only_the_main_process_needs() -> None:
    loaded = _modules_after("import wmo_docs.batch.worker")
    # jsonschema (case validation), jinja2 (dashboard), datasketch + scipy (grouping) cost ~0.5 s per worker
    assert not {"jsonschema", "jinja2", "datasketch", "scipy"} & loaded


@pytest.mark.parametrize(
    ("package", "name"),
    [("wmo_docs", "validate_case"), ("wmo_docs", "check_file"), ("wmo_docs", "Severity"),
     ("wmo_docs.batch", "run_audit"), ("wmo_docs.batch", "discover")],
)
def test_public_names_still_import(package: str, name: str) -> None:
    module = __import__(package, fromlist=[name])
    assert callable(getattr(module, name))


def test_unknown_name_is_an_attribute_error() -> None:
    import wmo_docs

    with pytest.raises(AttributeError, match="bestaat_niet"):
        wmo_docs.bestaat_niet  # noqa: B018
