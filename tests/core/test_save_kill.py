"""Saving survives a kill at any moment: the project is the old or the new file, whole.

A child process saves a large project while hooks in it stop at each step of the save
(the backup link or copy, the temporary file half written, each fsync, each rename)
and the test kills it there with SIGKILL. Other runs let the child save in a loop,
with every step slowed a little, and kill it after varied delays. Every time, the
project file parses and equals the old or the new version, and the backup holds a
whole earlier version, the one just replaced whenever the new file is in place.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from noticeeditor.core.project import NoticeProject, backup_path

ROOT = Path(__file__).resolve().parents[2]

# The child: wraps the steps of a save in hooks, then saves once (stopping at
# step KILL_AT) or saves A and B in turn forever (LOOP), each step slowed a little.
CHILD = r"""
import json, os, random, shutil, sys, time
from pathlib import Path
from noticeeditor.core.project import NoticeProject

path, mode, kill_at, no_link = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
count = 0

def point(name):
    global count
    count += 1
    if mode == "loop":
        time.sleep(random.random() * 0.004)
    elif count == kill_at:
        print(f"at {count} {name}", flush=True)
        time.sleep(120)

def hooked(name, real):
    def hook(*args, **kwargs):
        point(f"before {name}")
        result = real(*args, **kwargs)
        point(f"after {name}")
        return result
    return hook

class HalfWriter:
    # Stops between the two halves of the temporary file's text.
    def __init__(self, handle):
        self.handle = handle
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.handle.__exit__(*exc)
    def write(self, data):
        half = len(data) // 2
        self.handle.write(data[:half])
        self.handle.flush()
        point("write half")
        return self.handle.write(data[half:])
    def __getattr__(self, name):
        return getattr(self.handle, name)

def copy_halves(src, dst, *args):
    data = src.read()
    HalfWriter(dst).write(data)

real_fdopen = os.fdopen
os.fdopen = lambda *a, **k: HalfWriter(real_fdopen(*a, **k))
shutil.copyfileobj = copy_halves
for name in ("link", "replace", "fsync"):
    setattr(os, name, hooked(name, getattr(os, name)))
if no_link == "nolink":
    def no_links(*args, **kwargs):
        raise OSError(1, "hard links not supported here")
    os.link = no_links

projects = [NoticeProject.from_json(Path(p).read_text("utf-8")) for p in sys.argv[5:]]
if mode == "loop":
    turn = 0
    while True:
        projects[turn % 2].save(path)
        if turn == 0:
            print("ready", flush=True)
        turn += 1
else:
    projects[0].save(path)
    print(f"done {count}", flush=True)
"""


def _project(tag: str) -> bytes:
    """Return the text of a distinct, large project (a few MB, so writes take a while)."""
    answers = {
        "controller_name": f"{tag} Ltd",
        "notice_scope": (f"{tag} " * 300_000).strip(),
        "purposes": [f"{tag}-{i}" for i in range(2000)],
    }
    return NoticeProject(answers, ["eu"], {"title": tag}).to_json().encode("utf-8")


OLDER, OLD, NEW = _project("older"), _project("old"), _project("new")


def _start(
    tmp_path: Path, mode: str, kill_at: int, link: str, *sources: bytes
) -> subprocess.Popen[str]:
    files = []
    for i, payload in enumerate(sources):
        source = tmp_path / "sources" / f"{i}.json"
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(payload)
        files.append(str(source))
    args = [str(tmp_path / "work" / "a.notice"), mode, str(kill_at), link, *files]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _line(child: subprocess.Popen[str], timeout: float = 30.0) -> str:
    """Return the child's next line of output, failing if none comes in time."""
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout)
    if not ready:
        child.kill()
        pytest.fail(f"the saving child said nothing in {timeout} s")
    line = child.stdout.readline().strip()
    if not line:
        child.wait()
        pytest.fail(f"the saving child ended early: {child.stderr.read() if child.stderr else ''}")
    return line


def _kill(child: subprocess.Popen[str]) -> None:
    child.kill()  # SIGKILL: no handler, no cleanup, no flush
    child.wait(timeout=30)
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()


def _prepare(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    for leftover in work.iterdir():
        leftover.unlink()
    path = work / "a.notice"
    path.write_bytes(OLD)
    backup_path(path).write_bytes(OLDER)
    return path


def _check_whole(path: Path, project: set[bytes], backup: set[bytes]) -> bytes:
    """Assert the project and its backup each hold one whole expected version."""
    now = path.read_bytes()
    assert now in project, f"project file is neither version ({len(now)} bytes)"
    NoticeProject.load(path)  # parses, and passes the loader's checks
    kept = backup_path(path).read_bytes()
    assert kept in backup, f"backup is no whole earlier version ({len(kept)} bytes)"
    # Whatever else a kill leaves is a hidden temporary file, never a *.notice.
    others = {p.name for p in path.parent.iterdir()} - {path.name, backup_path(path).name}
    assert all(name.startswith(".") and name.endswith(".tmp") for name in others), others
    return now


def _count_points(tmp_path: Path, link: str) -> int:
    _prepare(tmp_path)
    child = _start(tmp_path, "once", 0, link, NEW)
    line = _line(child)
    _kill(child)
    assert line.startswith("done "), line
    path = tmp_path / "work" / "a.notice"
    assert path.read_bytes() == NEW
    assert backup_path(path).read_bytes() == OLD
    return int(line.split()[1])


@pytest.mark.parametrize("link", ["link", "nolink"])
def test_kill_at_every_step_of_a_save_leaves_old_or_new(tmp_path: Path, link: str) -> None:
    points = _count_points(tmp_path, link)
    assert points >= 10  # backup, half write, fsyncs and renames were all hooked
    outcomes = set()
    for kill_at in range(1, points + 1):
        path = _prepare(tmp_path)
        child = _start(tmp_path, "once", kill_at, link, NEW)
        line = _line(child)
        assert line.startswith(f"at {kill_at} "), line
        _kill(child)
        now = _check_whole(path, {OLD, NEW}, {OLDER, OLD})
        if now == NEW:
            # The new file is only ever in place once the old one is the backup.
            assert backup_path(path).read_bytes() == OLD, line
        outcomes.add(now)
    assert outcomes == {OLD, NEW}


def test_kill_at_varied_moments_while_saving_in_a_loop(tmp_path: Path) -> None:
    first, second = _project("first"), _project("second")
    seen = set()
    for run in range(12):
        path = tmp_path / "work" / "a.notice"
        path.parent.mkdir(exist_ok=True)
        for leftover in path.parent.iterdir():
            leftover.unlink()
        path.write_bytes(first)
        child = _start(tmp_path, "loop", 0, "link" if run % 3 else "nolink", second, first)
        assert _line(child) == "ready"
        time.sleep(0.013 * run + 0.001 * (run * 7 % 5))
        _kill(child)
        seen.add(_check_whole(path, {first, second}, {first, second}))
    assert seen  # every run ended on a whole version
