"""Batch audit: a whole folder of drafts at once, for the kwaliteitsmedewerker.

``run_audit`` is what ``wmo-docs check DIR`` calls: files are found (``discover``),
checked on several cores (``run_batch``), streamed to JSON Lines or CSV as they come,
compared with each other for standard motivation (BATCH-STANDAARDMOTIVERING) and
summarised in a dashboard (``render_dashboard``). The names load on first use: a worker
process imports ``wmo_docs.batch.worker`` only, not the dashboard and the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wmo_docs._lazy import lazy_exports

# Eager: the submodule has the same name as the function, and once any code imports the
# submodule, the package attribute would be the module instead of the function.
from wmo_docs.batch.discover import Source, discover

_PUBLIC = {
    "FileEntry": "wmo_docs.batch.dashboard",
    "render_dashboard": "wmo_docs.batch.dashboard",
    "default_jobs": "wmo_docs.batch.runner",
    "run_batch": "wmo_docs.batch.runner",
    "AuditResult": "wmo_docs.batch.session",
    "AuditSettings": "wmo_docs.batch.session",
    "run_audit": "wmo_docs.batch.session",
}

__all__ = sorted([*_PUBLIC, "Source", "discover"])

if TYPE_CHECKING:
    from wmo_docs.batch.dashboard import FileEntry as FileEntry, render_dashboard as render_dashboard
    from wmo_docs.batch.runner import default_jobs as default_jobs, run_batch as run_batch
    from wmo_docs.batch.session import AuditResult as AuditResult, AuditSettings as AuditSettings
    from wmo_docs.batch.session import run_audit as run_audit

__getattr__ = lazy_exports(__name__, _PUBLIC)
