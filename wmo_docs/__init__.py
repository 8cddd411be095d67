"""wmo-docs: validate Wmo 2015 cases, generate beschikkingen and rapportages, check drafts.

The public API a case system calls; the CLI is a thin layer over these. The names are
imported on first use (PEP 562), so that a worker process importing one submodule does
not also pay for jsonschema, spaCy and the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wmo_docs._lazy import lazy_exports

__version__ = "0.1.0"

_PUBLIC = {
    "validate_case": "wmo_docs.case",
    "check_file": "wmo_docs.check",
    "check_paths": "wmo_docs.check",
    "Finding": "wmo_docs.findings",
    "Severity": "wmo_docs.findings",
}

__all__ = ["__version__", *_PUBLIC]

if TYPE_CHECKING:
    from wmo_docs.case import validate_case as validate_case
    from wmo_docs.check import check_file as check_file, check_paths as check_paths
    from wmo_docs.findings import Finding as Finding, Severity as Severity

__getattr__ = lazy_exports(__name__, _PUBLIC)
