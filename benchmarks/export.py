"""Summary build and encryption on a 10-year desk; the age CLI encrypting the same bytes is
the baseline, measured in the same run. Goals (issue 6): build ≤ 200 ms, encryption ≤ 1.5×.

Run: .venv/bin/python benchmarks/export.py [--runs N]   (needs the `age` command)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from rmdesk import paths
from rmdesk.services import crypto, demo, summary, summary_render
from rmdesk.store import db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    age = shutil.which("age")
    if age is None:
        raise SystemExit("benchmarks/export.py needs the age command (Debian package age)")
    _secret, recipient = crypto.generate_identity()
    with (
        tempfile.TemporaryDirectory() as folder,
        db.open_store(paths.DataPaths(Path(folder))) as store,
    ):
        pair = demo.build_demo(store, years=10).pair_uuid
        builds, ours, theirs = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            document = summary.build(store, pair, now=datetime.now(UTC))
            builds.append(time.perf_counter() - started)
            data = summary_render.to_json(document)
            started = time.perf_counter()
            crypto.encrypt_to_recipient(data, recipient)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            subprocess.run([age, "-r", recipient], input=data, capture_output=True, check=True)
            theirs.append(time.perf_counter() - started)
    build, mine, base = (statistics.median(x) for x in (builds, ours, theirs))
    print(f"10-year desk, summary of {len(data) / 1024:.0f} KiB JSON ({args.runs} runs, medians)")
    print(f"build the summary      {build * 1000:8.1f} ms   goal ≤ 200 ms")
    print(f"encrypt (rmdesk)       {mine * 1000:8.1f} ms   {mine / base:5.2f}× the age CLI")
    print(f"encrypt (age CLI)      {base * 1000:8.1f} ms   1.00×   goal ≤ 1.50×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
