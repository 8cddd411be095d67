"""wmo-docs: validate Wmo 2015 cases, generate beschikkingen and rapportages, check drafts.

The public API a case system calls; the CLI is a thin layer over these.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
from wmo_docs.case import validate_case as validate_case  # noqa: E402  (public API; re-exported)
from wmo_docs.check import check_file as check_file, check_paths as check_paths  # noqa: E402  (spaCy loads on first check)
from wmo_docs.findings import Finding as Finding, Severity as Severity  # noqa: E402

__all__ += ["check_file", "check_paths", "Finding", "Severity"]
