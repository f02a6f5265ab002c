#!/usr/bin/env python3
"""The normalised self-score (1/(d/2)) sum_i cos(Delta * theta_i), d = 128, base 10000,
Delta = 0 .. 2^20 - 1, written in numpy the way a careful user would (float64, vectorized,
chunked over Delta with preallocated out= buffers), timed and compared with ropelab_bench.

Usage: bench_numpy.py [--bench PATH/TO/ropelab_bench | --ours-ms MS] [--n N]
Exits 0 and prints SKIP when numpy is not installed."""

import argparse
import json
import subprocess
import sys
import time


def careful_numpy(np, n, d=128, base=10000.0, chunk=8192):
    theta = 1.0 / base ** (np.arange(0, d, 2, dtype=np.float64) / d)
    out = np.empty(n, dtype=np.float64)
    buf = np.empty((chunk, d // 2), dtype=np.float64)
    deltas = np.arange(chunk, dtype=np.float64)
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        b = buf[:m]
        np.multiply.outer(deltas[:m] + start, theta, out=b)
        np.cos(b, out=b)
        b.sum(axis=1, out=out[start:start + m])
    out /= d // 2
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", help="path of ropelab_bench (runs it with --json)")
    parser.add_argument("--ours-ms", type=float, help="our self_score time in ms")
    parser.add_argument("--n", type=int, default=1 << 20)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    try:
        import numpy as np
    except ImportError:
        # A pyenv/venv interpreter may shadow the distribution's one that has python3-numpy.
        import os
        system = "/usr/bin/python3"
        if os.path.realpath(sys.executable) != os.path.realpath(system) and os.path.exists(system) \
                and not os.environ.get("ROPELAB_NUMPY_REEXEC"):
            os.environ["ROPELAB_NUMPY_REEXEC"] = "1"
            os.execv(system, [system] + sys.argv)
        print("SKIP: numpy is not installed")
        return 0

    careful_numpy(np, 1 << 14)  # warm up
    times = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        result = careful_numpy(np, args.n)
        times.append((time.perf_counter() - start) * 1e3)
    numpy_ms = sorted(times)[len(times) // 2]
    # Sanity: the curve starts at 1 and stays within [-1, 1].
    if abs(result[0] - 1.0) > 1e-15 or abs(result).max() > 1.0 + 1e-12:
        print("numpy result looks wrong", file=sys.stderr)
        return 1
    print(f"numpy {np.__version__}: self_score d=128 n={args.n}: {numpy_ms:.1f} ms (median of {args.repeats})")

    ours_ms = args.ours_ms
    if ours_ms is None and args.bench:
        report = json.loads(subprocess.run([args.bench, "--json"], check=True,
                                           capture_output=True, text=True).stdout)
        ours_ms = next(s["ours_ms"] for s in report["sweeps"] if s["name"] == "self_score")
    if ours_ms is None:
        print("(pass --bench PATH or --ours-ms MS for the ratio)")
        return 0
    ratio = numpy_ms / ours_ms
    print(f"ropelab: {ours_ms:.2f} ms -> {ratio:.1f}x careful numpy  "
          f"{'PASS' if ratio >= 5.0 else 'MISS'} (target >= 5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
