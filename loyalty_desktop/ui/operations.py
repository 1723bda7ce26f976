"""The one way widgets reach the services: run a service function in its own transaction —
on the GUI thread when it is quick, in a worker thread when it may take long — and deliver the
result or the error on the GUI thread, then tell the views what changed."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlmodel import Session

from loyalty_desktop.core.changes import Change
from loyalty_desktop.services.actor import Actor
from loyalty_desktop.store.db import Database, changes_made

T = TypeVar("T")
# The GUI thread waits at most this long for another till's write lock, then says "busy".
GUI_BUSY_MS = 2_000
Work = Callable[[Session, Actor], T]
Progress = Callable[[int, int], None]


class _GuiThreadCollection:
    """Python's cyclic garbage collector runs on whichever thread happens to allocate when a
    threshold is crossed. Were that a worker, a Qt widget left in a reference cycle would be
    destroyed off the GUI thread, which crashes Qt. So while any worker runs, automatic
    collection is paused; it resumes, on the GUI thread, when the last one ends."""

    workers = 0

    @classmethod
    def worker_started(cls) -> None:
        if cls.workers == 0:
            gc.disable()
        cls.workers += 1

    @classmethod
    def worker_ended(cls) -> None:
        cls.workers -= 1
        if cls.workers == 0:
            gc.enable()


class _Job(QObject):
    """Lives on the GUI thread; the worker emits its signals, so the slots run there."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Progress | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.succeeded.connect(self._done)
        self.failed.connect(self._error)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object)
    def _error(self, error: BaseException) -> None:
        self._on_error(error)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._on_progress:
            self._on_progress(done, total)


class _Runner(QRunnable):
    def __init__(self, job: _Job, task: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.job, self.task = job, task

    def run(self) -> None:
        try:
            result = self.task(self.job.progressed.emit)
        except BaseException as error:  # delivered to the GUI thread, shown as a message
            self.job.failed.emit(error)
        else:
            self.job.succeeded.emit(result)


def run_in_worker(
    task: Callable[[Progress], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
    on_progress: Progress | None = None,
    pool: QThreadPool | None = None,
) -> QObject:
    """Run ``task`` in a worker thread; its result, error and progress arrive on the GUI
    thread. The caller keeps the returned job until then. ``Operations.start`` runs a shop's
    work this way; without a shop (a damaged file at start-up) it is called directly."""

    def done(result: T) -> None:
        _GuiThreadCollection.worker_ended()
        on_done(result)

    def failed(error: BaseException) -> None:
        _GuiThreadCollection.worker_ended()
        on_error(error)

    job = _Job(done, failed, on_progress)
    _GuiThreadCollection.worker_started()
    (pool or QThreadPool.globalInstance()).start(_Runner(job, task))
    return job


class Operations(QObject):
    """Owns the database handle and the signed-in staff member for the whole GUI."""

    changed = Signal(object)  # the Change an action made, after its commit
    busy = Signal(bool)

    def __init__(self, db: Database, actor: Actor, role: str) -> None:
        super().__init__()
        self.db, self.actor, self.role = db, actor, role
        self._approved: Actor | None = None
        self._pool = QThreadPool.globalInstance()
        self._jobs: set[QObject] = set()

    def subscribe(self, kinds: Change, refresh: Callable[[], None]) -> None:
        """Call ``refresh`` after each action that changed any of ``kinds``. A widget's method
        is called only while the widget lives (a page is built afresh in another language)."""
        owner = getattr(refresh, "__self__", None)

        def notify(change: Change) -> None:
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                self.changed.disconnect(notify)
            elif change & kinds:
                refresh()

        self.changed.connect(notify)

    def call(self, work: Work[T], *, readonly: bool = False) -> T:
        """Quick work on the GUI thread (a till action: a few milliseconds). Raises the domain
        error for the caller to show; the transaction is rolled back when it does."""
        with self.db.session(readonly=readonly, busy_ms=GUI_BUSY_MS) as session:
            result = work(session, self._approved or self.actor)
        self._announce(changes_made(session))
        return result

    @contextmanager
    def approved(self, actor: Actor) -> Iterator[None]:
        """The calls inside act as ``actor`` (the signed-in one with a colleague's approval):
        one action, then the approval is gone."""
        self._approved = actor
        try:
            yield
        finally:
            self._approved = None

    def start(
        self,
        work: Callable[[Session, Actor, Progress], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Progress | None = None,
    ) -> None:
        """Long work (import, demo, report) in a worker thread with its own transaction."""

        def task(progress: Progress) -> tuple[T, Change]:
            with self.db.session() as session:
                result = work(session, self.actor, progress)
            return result, changes_made(session)

        def finished(outcome: tuple[T, Change]) -> None:
            result, change = outcome
            self._announce(change)
            on_done(result)

        self.run(task, on_done=finished, on_error=on_error, on_progress=on_progress)

    def run(
        self,
        task: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None],
        on_progress: Progress | None = None,
    ) -> None:
        """``task`` in a worker thread, outside the shop's transaction (``start`` puts one
        around it; testing a connection to another database needs none), its result or error
        delivered on the GUI thread."""

        def finished(result: T) -> None:
            self._forget(job)
            on_done(result)

        def failed(error: BaseException) -> None:
            self._forget(job)
            on_error(error)

        self.busy.emit(True)
        job = run_in_worker(
            task, on_done=finished, on_error=failed, on_progress=on_progress, pool=self._pool
        )
        self._jobs.add(job)  # the results arrive on this thread later: job is in the set then

    def _announce(self, change: Change) -> None:
        if change:
            self.changed.emit(change)

    def _forget(self, job: QObject) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy.emit(False)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
