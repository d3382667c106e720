"""A throwaway PostgreSQL server on loopback, for the benchmarks and for trying the workers.

    python bench/local_postgres.py start DIR   # prints the store URL (postgresql+psycopg://…)
    python bench/local_postgres.py stop DIR

Uses the machine's server binaries (Debian: `apt-get install postgresql`, found under
/usr/lib/postgresql/*/bin); `trust` authentication, listening on 127.0.0.1 only, on a free port.
Run as root, the server runs as the `postgres` system user (initdb refuses root).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path


def _bin() -> Path:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not candidates:
        raise SystemExit("no PostgreSQL server binaries (initdb): apt-get install postgresql")
    return candidates[-1].parent


def _as_server() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def start(folder: Path, database: str = "veilleur", settings: str = "-c max_connections=200") -> str:
    """Create and start a cluster in `folder` (empty or absent) with the server `settings` (postgres
    command-line options); returns its store URL."""
    folder.mkdir(parents=True, exist_ok=True)
    if _as_server():
        shutil.chown(folder, user="postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    bin_dir, data = _bin(), folder / "data"
    subprocess.run(
        [*_as_server(), str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "veilleur"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 {settings}"
    subprocess.run(
        [
            *_as_server(),
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    createdb = str(bin_dir / "createdb") if (bin_dir / "createdb").exists() else "createdb"
    subprocess.run(
        [createdb, "-h", "127.0.0.1", "-p", str(port), "-U", "veilleur", database],
        check=True,
        capture_output=True,
    )
    (folder / "url").write_text(f"postgresql+psycopg://veilleur@127.0.0.1:{port}/{database}\n")
    return (folder / "url").read_text().strip()


def restart(folder: Path) -> None:
    """Stop and start the server again (same port, same data). The server's output goes to the
    log: a server started on our pipes would hold them open after pg_ctl returns."""
    data, log = str(folder / "data"), str(folder / "log")
    subprocess.run(
        [*_as_server(), str(_bin() / "pg_ctl"), "-D", data, "-l", log, "-m", "fast", "-w", "restart"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def stop(folder: Path) -> None:
    """Stop the server and delete its folder."""
    subprocess.run(
        [*_as_server(), str(_bin() / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "stop"],
        capture_output=True,
        check=False,
    )
    shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=["start", "stop"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.action == "start":
        print(start(args.folder.resolve()))
    else:
        stop(args.folder.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
