"""The benchmark: `python -m bench [--quick]` measures the assistant on this machine.

It writes bench/results.json and bench/results.md. See docs/README_bench.md.
"""
