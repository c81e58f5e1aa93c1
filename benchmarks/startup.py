"""Start → first paint and peak memory: rmdesk on a 10-year demo desk vs a bare QMainWindow.

Both are measured in the same run, alternating, several times; medians are compared.
Goal (issue 7): both ratios ≤ 1.3. Run: .venv/bin/python benchmarks/startup.py [--runs N]

Python bytecode is cached (in a temporary folder, after one warm-up run), as it is for
anyone who installed rmdesk with pip or ran it once: an environment that sets
PYTHONDONTWRITEBYTECODE would otherwise recompile every rmdesk module on every start,
which no user pays. --no-bytecode-cache measures that case instead.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print("first-paint", flush=True)
        QApplication.quit()

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
probe = Probe(window)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the process prints 'first-paint', and its peak RSS in MiB."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.strip() == "first-paint":
            elapsed = time.perf_counter() - started
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None or process.returncode != 0:
        raise SystemExit(f"{command} did not report a first paint (exit {process.returncode})")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile every module from source on every start (PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["RMDESK_BENCH_FIRST_PAINT"] = "1"
    with tempfile.TemporaryDirectory() as folder:
        if args.no_bytecode_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        data = Path(folder) / "desk"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rmdesk",
                "--data-dir",
                str(data),
                "demo",
                "--years",
                str(args.years),
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        size_mb = (data / "rmdesk.sqlite").stat().st_size / 2**20
        commands = {
            "bare QMainWindow": [sys.executable, "-c", BARE],
            f"rmdesk, demo --years {args.years}": [
                sys.executable,
                "-m",
                "rmdesk",
                "--data-dir",
                str(data),
            ],
        }
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for command in commands.values():  # warm the file cache once
            measure(command, env)
        for _ in range(args.runs):
            for name, command in commands.items():
                results[name].append(measure(command, env))

    base_name = next(iter(commands))
    base_time = statistics.median(t for t, _ in results[base_name])
    base_mem = statistics.median(m for _, m in results[base_name])
    cache = "compiled on every start" if args.no_bytecode_cache else "cached"
    print(f"desk: {size_mb:.1f} MiB database; bytecode {cache}; {args.runs} runs each, medians")
    print(f"{'':32} {'first paint':>12} {'ratio':>6} {'peak RSS':>10} {'ratio':>6}")
    for name, samples in results.items():
        paint = statistics.median(t for t, _ in samples)
        memory = statistics.median(m for _, m in samples)
        print(
            f"{name:32} {paint * 1000:9.0f} ms {paint / base_time:6.2f} "
            f"{memory:7.0f} MiB {memory / base_mem:6.2f}"
        )
    print("goal: both ratios ≤ 1.30")
    return 0


if __name__ == "__main__":
    sys.exit(main())
