"""Batch audit: a whole folder of drafts at once, for the kwaliteitsmedewerker.

``run_audit`` is what ``wmo-docs check DIR`` calls: files are found (``discover``),
checked on several cores (``run_batch``), streamed to JSON Lines or CSV as they come,
compared with each other for standard motivation (BATCH-STANDAARDMOTIVERING) and
summarised in a dashboard (``render_dashboard``).
"""

from wmo_docs.batch.dashboard import FileEntry, render_dashboard
from wmo_docs.batch.discover import Source, discover
from wmo_docs.batch.runner import default_jobs, run_batch
from wmo_docs.batch.session import AuditResult, AuditSettings, run_audit

__all__ = [
    "AuditResult", "AuditSettings", "FileEntry", "Source",
    "default_jobs", "discover", "render_dashboard", "run_audit", "run_batch",
]
