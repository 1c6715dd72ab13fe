"""Child processes: the assistant's commands, timed, with their peak memory."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

OFFLINE = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


# Set by `python -m bench --torch-threads N`: passed to every child process.
EXTRA_ENV: dict[str, str] = {}


@dataclass
class Run:
    wall_s: float
    returncode: int
    maxrss_mb: float  # the child's peak resident memory (getrusage of that child)
    stdout: str
    stderr: str


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def assistant_cmd() -> list[str]:
    """The `assistant` console script of this interpreter's environment."""
    script = Path(sys.executable).parent / "assistant"
    if script.exists():
        return [str(script)]
    found = shutil.which("assistant")
    return [found] if found else [sys.executable, "-m", "assistant.cli"]


def child_env(**settings: object) -> dict[str, str]:
    """This environment without any ASSISTANT_* setting, plus the given ones, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env.update(OFFLINE)
    env.update(EXTRA_ENV)
    for key, value in settings.items():
        env[f"ASSISTANT_{key.upper()}"] = str(value)
    return env


def run(cmd: list[str], env: dict[str, str], cwd: Path, timeout: float = 600) -> Run:
    """Run to completion; wall time from spawn to exit, peak RSS from wait4's rusage."""
    out = cwd / ".child.out"
    err = cwd / ".child.err"
    with out.open("wb") as fo, err.open("wb") as fe:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd, env=env, cwd=cwd, stdout=fo, stderr=fe, stdin=subprocess.DEVNULL
        )
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        wall_s=wall,
        returncode=proc.returncode,
        maxrss_mb=usage.ru_maxrss / 1024,  # Linux reports KiB
        stdout=out.read_text(errors="replace"),
        stderr=err.read_text(errors="replace"),
    )


def rss_mb(pid: int) -> dict[str, float]:
    """Current (VmRSS) and peak (VmHWM) resident memory of a live process, in MiB."""
    found: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key in ("VmRSS", "VmHWM"):
                found[key] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return found


def stop(proc: subprocess.Popen, grace: float = 10) -> None:
    """End a child we started: SIGTERM, then SIGKILL after `grace` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(grace)
