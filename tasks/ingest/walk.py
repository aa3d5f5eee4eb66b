"""The walk: every input file under the input dir (hidden files, the manifest and the
data dir left out) and the run's plan (inputs and manifest)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from tasks.ingest.manifest import Manifest, read_manifest
from tasks.ingest.names import escape_name
from ziyarat.errors import InputError
from ziyarat.settings import Settings

class Skipped(NamedTuple):
    """The data dir found inside the input dir: not read (its tables and report are
    outputs), and how many files and folders it held."""

    path: str
    n_paths: int


def inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def _output_dir(settings: Settings) -> Path | None:
    """The data dir, resolved, when it lies inside the input dir (else None)."""
    root = Path(settings.input_dir).resolve()
    data = Path(settings.data_dir).resolve()
    if data == root:
        raise InputError(f"the data dir {settings.data_dir} is the input dir: pass --data a folder "
                         "outside --input (or a subfolder of it)")
    return data if data.is_relative_to(root) else None


def list_inputs(settings: Settings) -> list[tuple[str, Path]]:
    """Every input file under the input dir as (source_file, path), sorted; hidden
    files/dirs, the manifest and the data dir are left out, symlinked dirs are listed
    (not followed)."""
    root = Path(settings.input_dir)
    if not root.exists():
        raise InputError(f"input directory not found: {root}")
    if not root.is_dir():
        raise InputError(f"input is not a directory: {root}")
    output = _output_dir(settings)
    manifest = settings.manifest_path
    manifest_real = manifest.resolve() if manifest is not None and manifest.exists() else None
    out: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                filenames.append(d)  # accounted for as a file: quarantined below
            elif output is not None and (here / d).resolve() == output:
                dirnames.remove(d)  # the run's own outputs: never read (see skipped_outputs)
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = here / name
            if manifest_real is not None and not path.is_symlink() and path.resolve() == manifest_real:
                continue
            out.append((escape_name(path.relative_to(root).as_posix()), path))
    return sorted(out, key=lambda item: item[0])


def skipped_outputs(settings: Settings) -> Skipped | None:
    """The data dir when it lies inside the input dir (list_inputs leaves it out),
    with the number of paths under it, for the run's summary; else None."""
    output = _output_dir(settings)
    if output is None or not output.is_dir():
        return None
    n = sum(len(dirs) + len(files) for _, dirs, files in os.walk(output))
    return Skipped(output.relative_to(Path(settings.input_dir).resolve()).as_posix(), n)


def plan(settings: Settings) -> tuple[list[tuple[str, Path]], Manifest]:
    """The inputs of a run, sorted (see list_inputs), and its manifest."""
    inputs = list_inputs(settings)
    manifest_path = settings.manifest_path
    if settings.manifest is not None and not settings.manifest.exists():
        raise InputError(f"manifest not found: {settings.manifest}")
    manifest = read_manifest(manifest_path) if manifest_path is not None else Manifest()
    return inputs, manifest
