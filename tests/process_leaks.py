"""What an example leaves running: processes and listening TCP ports of this test
process's own tree, never the machine's (other programs open ports at any time).

Importing this module makes the test process a child subreaper (Linux prctl
PR_SET_CHILD_SUBREAPER): a process an example starts and abandons is re-parented to
the test process instead of init, so it still counts as ours.
"""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _children_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _is_zombie(pid: int) -> bool:
    """An ended process not yet reaped holds nothing but its pid."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


def descendants(pid: int | None = None) -> list[int]:
    """Every live process below ``pid`` (default: this one), orphans included."""
    todo, found = _children_of(pid or os.getpid()), []
    while todo:
        child = todo.pop()
        if not _is_zombie(child):
            found.append(child)
        todo += _children_of(child)
    return sorted(found)


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[len("socket:["):-1])
    except OSError:  # the process ended meanwhile
        pass
    return inodes


def listening_ports() -> set[str]:
    """Local addresses of LISTEN TCP sockets (state 0A) held by this process or below."""
    ours = set().union(*(_socket_inodes(pid) for pid in [os.getpid(), *descendants()]))
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text(encoding="ascii").splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in ours:
                found.add(fields[1])
    return found
