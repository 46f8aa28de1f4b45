"""Helpers of the fault tests: small real filesystems, a closed loopback port, unique PostgreSQL schemas."""

from __future__ import annotations

import os
import socket
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy

from governance_dagster.store.handover import release


@contextmanager
def small_filesystem(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` (e.g. "4M") mounted at ``where``: a real disk that fills up, and can be remounted
    read-only. Skips (saying why) where mounting is not permitted, i.e. when not root."""
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"fault tier: cannot mount a small tmpfs here ({mounted.stderr.strip()}); run as root")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount(where: Path, mode: str) -> None:
    """Remount a :func:`small_filesystem` ``ro`` or ``rw``, after this process let go of the DuckDB files it holds
    between statements (an open file keeps the mount busy; docs/audit.md)."""
    release()
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True)


def fill(where: Path) -> Path:
    """Fill the filesystem at ``where`` until the disk is full; the filler file is returned for removal."""
    filler = where / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 16, 1 << 10, 1):  # large writes, then down to the last byte
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def postgres_schema(postgres_url: str, prefix: str) -> Iterator[str]:
    """A schema name unique to one test, dropped afterwards."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        yield name
    finally:
        engine = sqlalchemy.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as con:
            con.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        engine.dispose()


def pg_engine(postgres_url: str) -> sqlalchemy.Engine:
    return sqlalchemy.create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))


def environment(root: Path) -> dict[str, str]:
    """The environment for a child Python process running this worktree's package."""
    return {**os.environ, "PYTHONPATH": str(root), "DAGSTER_HOME": str(root / ".dagster_home")}
