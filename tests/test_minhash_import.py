"""Features' MinHash without datasketch's package import (and its scipy): the same hash values."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = f"""
import json, sys
sys.path.insert(0, {str(SRC)!r})
from veilleur.cluster.features import NUM_PERM, minhash_of
words = [["lockbit", "hôpital", "cannes"], [], ["x"] * 3, [str(n) for n in range(500)]]
ours = [minhash_of(w).tolist() for w in words]
quiet = "scipy" not in sys.modules and not any(m.split(".")[0] == "datasketch" for m in sys.modules)
import datasketch  # the package, imported as usual afterwards
assert hasattr(datasketch, "MinHashLSH")
theirs = []
for w in words:
    minhash = datasketch.MinHash(num_perm=NUM_PERM)
    minhash.update_batch([x.encode("utf-8") for x in (w or [""])])
    theirs.append([int(v) for v in minhash.hashvalues])
print(json.dumps({{"quiet": quiet, "same": ours == theirs}}))
"""


def test_minhash_without_the_package_init_gives_datasketchs_values() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"quiet": True, "same": True}


RACE = f"""
import json, sys, threading
sys.path.insert(0, {str(SRC)!r})
from veilleur.cluster.minhash import _minhash_class
errors = []
def ask(start):
    start.wait()
    try:
        _minhash_class.__wrapped__()  # each thread imports, as the first call of each would
    except Exception as exc:
        errors.append(repr(exc))
for _ in range(30):
    start = threading.Barrier(4)
    threads = [threading.Thread(target=ask, args=(start,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
left = sorted(m for m in sys.modules if m.split(".")[0] == "datasketch")
print(json.dumps({{"errors": errors[:3], "left": left}}))
"""


def test_threads_importing_at_once_leave_no_half_imported_package() -> None:
    done = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"errors": [], "left": []}
