"""The errors a user can fix, in one place. The CLI prints them as one line, never a
traceback; everything else is a bug and keeps its traceback."""
from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Optional

# Seconds the temporary Prefect server may take to answer (Prefect's default, 20 s,
# is too short on a busy machine); a user's own setting wins.
EPHEMERAL_STARTUP_S = "90"


class UserError(Exception):
    """An error a user can fix (a locked data dir, a bad query, a missing folder)."""


class InputError(ValueError):
    """A problem with the run's inputs that the user must fix (one-line message)."""


# ---------------------------------------------------------------- errors of the machine, not the input
def _size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return ""  # pragma: no cover


def _disk_full_message(exc: BaseException, data: Path) -> str:
    """Which dir is full, what is free there, and what the last run's tables take
    (about what the next run needs)."""
    import shutil

    where = Path(exc.filename).parent if isinstance(exc, OSError) and exc.filename else data
    try:
        free = f"{_size(shutil.disk_usage(where).free)} free"
    except OSError:
        free = "free space unknown"
    tables = sum(f.stat().st_size for f in data.rglob("*.parquet") if f.is_file()) if data.is_dir() else 0
    need = f"; the last run's tables take {_size(tables)}, the new ones need about as much" if tables else ""
    return (f"no space left on the device of {where} ({free}{need}): free some space there, or pass "
            "--data DIR on another disk (TMPDIR and PREFECT_HOME move Prefect's files); the old tables are intact")


def environment_error(exc: BaseException, data: Path) -> Optional[str]:
    """One line for a failure of the machine rather than of the input (a full disk,
    the temporary Prefect server not starting in time), else None (a bug: traceback)."""
    if (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) \
            or "No space left on device" in str(exc):
        return _disk_full_message(exc, data)
    if isinstance(exc, RuntimeError) and "ephemeral Prefect API server" in str(exc):
        waited = os.environ.get("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_S)
        return (f"the temporary Prefect server did not start within {waited} s (a busy machine?): run again, "
                "raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, or start `prefect server start` "
                "and export PREFECT_API_URL=http://127.0.0.1:4200/api")
    return None
