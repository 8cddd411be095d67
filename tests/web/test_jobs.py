"""Batch jobs expire: the job and all its files are deleted once their time is up."""

from __future__ import annotations

import time

from wmo_docs.web.jobs import JobStore
from wmo_docs.web.settings import Settings


def test_a_finished_job_and_its_files_are_deleted_after_the_limit(tmp_path):
    store = JobStore(tmp_path, Settings(job_ttl_seconds=60))
    job_id, folder = store.new_folder()
    (folder / "overzicht.html").write_text("x", encoding="utf-8")
    from wmo_docs.web.jobs import Job

    job = Job(id=job_id, folder=folder, status="klaar", finished=time.time())
    store._jobs[job_id] = job
    assert store.get(job_id) is job and job.expires(60) > time.time()
    store.purge(now=time.time() + 59)
    assert store.get(job_id) is job and folder.exists()
    store.purge(now=time.time() + 61)
    assert store.get(job_id) is None and not folder.exists()


def test_running_jobs_never_expire_and_close_removes_everything(tmp_path):
    from wmo_docs.web.jobs import Job

    store = JobStore(tmp_path, Settings(job_ttl_seconds=0))
    job_id, folder = store.new_folder()
    store._jobs[job_id] = Job(id=job_id, folder=folder, status="bezig")
    store.purge(now=time.time() + 10_000)
    assert store.get(job_id) is not None and store.active() == 1
    store.close()
    assert not folder.exists() and store.get(job_id) is None


def test_job_ids_are_checked_before_use(tmp_path):
    store = JobStore(tmp_path, Settings())
    assert store.get("../../etc") is None and store.get("") is None
