"""Tests, runners and benchmarks of the site.

Importing this package (which every ``tests.*`` module, ``pytest`` and ``make outputs``
do) pins the CPU code paths of torch and its math libraries before anything imports
torch, for this process and every process it starts (forked doc-test runs, lab kernels).

Why: torch, MKL and oneDNN pick their kernels by the CPU's instruction set (AVX-512,
AVX2, ...), and those kernels round float32 sums differently in the last bits. Numbers
printed to 4 decimals do not notice; a lab figure does, because an SVG stores every
coordinate with 6 digits, and the multi-output-gradients lab prints ulp counts. Outputs
written on one host failed on a CI host with another CPU. Measured on an AVX-512 host
without the pin: ATEN_CPU_CAPABILITY=avx2 changes the outputs of 3 of the 4 labs; MKL
capped at AVX2 changes 2 (MKL_CBWR fixes those); 2 threads instead of 1 changes 1. With the portable code paths below, every stored output is
reproduced bit for bit on any x86-64 CPU; tests/test_reproducible_cpu.py checks it.
The examples are tiny, so the portable kernels cost nothing measurable.
"""

import os
import sys

PORTABLE_CPU = {
    "ATEN_CPU_CAPABILITY": "default",  # torch's own kernels without SIMD dispatch
    "MKL_CBWR": "COMPATIBLE",          # MKL's "conditional numerical reproducibility" mode
    "DNNL_MAX_CPU_ISA": "SSE41",       # oneDNN's oldest instruction set
    "OMP_NUM_THREADS": "1",            # one summation order, whatever the core count
    "MKL_NUM_THREADS": "1",
}

if "torch" in sys.modules and any(os.environ.get(k) != v for k, v in PORTABLE_CPU.items()):
    raise RuntimeError("tests must be imported before torch: torch has already chosen its CPU kernels")
os.environ.update(PORTABLE_CPU)
