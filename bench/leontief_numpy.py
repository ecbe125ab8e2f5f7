#!/usr/bin/env python3
"""numpy's side of the Leontief benchmark: (I - A)^-1 and a solve of (I - A) x = f on the matrices that
io.sousei.bench.LeontiefMatrices wrote (a-N.f64: N x N little-endian doubles, row-major).

Usage: leontief_numpy.py DIR [N ...] [--repeats R]
Prints one line per size and operation: n, operation, best and median milliseconds, BLAS threads.
Set OPENBLAS_NUM_THREADS=1 before starting Python for a one-thread run.
"""
import argparse
import os
import statistics
import time

import numpy as np


def blas_threads():
    try:
        from threadpoolctl import threadpool_info  # optional
        for info in threadpool_info():
            if info.get("user_api") == "blas":
                return f"{info.get('internal_api')} {info.get('version')}, {info.get('num_threads')} threads"
    except ImportError:
        pass
    try:
        import ctypes
        import glob
        libs = glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "scipy_openblas64", "lib", "*.so*"))
        libs += glob.glob(os.path.join(os.path.dirname(np.__file__), "..", "numpy.libs", "*openblas*"))
        for path in libs:
            lib = ctypes.CDLL(path)
            for name in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                         "openblas_get_num_threads"):
                if hasattr(lib, name):
                    return f"OpenBLAS, {getattr(lib, name)()} threads"
    except OSError:
        pass
    env = os.environ.get("OPENBLAS_NUM_THREADS")
    return f"OpenBLAS, {env or os.cpu_count()} threads (from the environment)"


def timed(fn, repeats):
    fn()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    return min(times), statistics.median(times)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("dir")
    p.add_argument("sizes", nargs="*", type=int, default=[12, 190, 1739])
    p.add_argument("--repeats", type=int, default=0, help="default: 200 for n < 100, 50 below 1000, else 7")
    args = p.parse_args()
    threads = blas_threads()
    for n in args.sizes:
        a = np.fromfile(os.path.join(args.dir, f"a-{n}.f64"), dtype="<f8").reshape(n, n)
        m = np.eye(n) - a
        f = np.ones(n)
        repeats = args.repeats or (200 if n < 100 else 50 if n < 1000 else 7)
        inv = np.linalg.inv(m)
        residual = np.abs(m @ inv - np.eye(n)).max()
        for op, fn in (("inv", lambda: np.linalg.inv(np.eye(n) - a)),
                       ("solve", lambda: np.linalg.solve(np.eye(n) - a, f))):
            best, median = timed(fn, repeats)
            print(f"{n}\t{op}\t{best:.4f}\t{median:.4f}\t{repeats}\t{threads}\t{residual:.1e}", flush=True)


if __name__ == "__main__":
    main()
