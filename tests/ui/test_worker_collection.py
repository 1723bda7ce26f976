"""No garbage is collected on a worker thread: a Qt widget freed there would crash Qt."""

from __future__ import annotations

import gc


def test_collection_pauses_while_a_worker_runs_and_resumes_after(qtbot, window) -> None:
    during: list[bool] = []
    with qtbot.waitSignal(window.ops.busy, check_params_cb=lambda busy: not busy):
        window.ops.start(
            lambda _s, _a, _progress: during.append(gc.isenabled()),
            on_done=lambda _result: None,
            on_error=lambda error: None,
        )
    assert during == [False]
    assert gc.isenabled()


def test_a_failing_worker_resumes_collection_too(qtbot, window) -> None:
    def fail(_s, _a, _progress) -> None:
        raise RuntimeError("boom")

    errors: list[BaseException] = []
    with qtbot.waitSignal(window.ops.busy, check_params_cb=lambda busy: not busy):
        window.ops.start(fail, on_done=lambda _result: None, on_error=errors.append)
    assert [str(e) for e in errors] == ["boom"]
    assert gc.isenabled()
