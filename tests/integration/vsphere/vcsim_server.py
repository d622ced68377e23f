"""Build VMware's vCenter simulator (our Go program around govmomi's `simulator`) and run it.

The binary is cached under $XDG_CACHE_HOME/reprotect_gui (default ~/.cache/reprotect_gui),
named by a hash of the Go sources and the Go version, so only a change rebuilds it (~20 s).
Used by the integration tests' conftest.py and by benchmarks/inventory.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

GO_SOURCES = Path(__file__).resolve().parent / "vcsim"
DEBIAN_GOPATH = "/usr/share/gocode"
APT_PACKAGES = "golang-go golang-github-vmware-govmomi-dev"
READY_PREFIX = "VCSIM_READY "


class VcsimUnavailable(RuntimeError):
    """The simulator could not be built or started; the message says what to install or fix."""


def go_binary() -> str | None:
    return shutil.which("go")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reprotect_gui"


def sources_hash(go: str) -> str:
    digest = hashlib.sha256()
    version = subprocess.run([go, "version"], capture_output=True, text=True, check=True).stdout
    digest.update(version.encode())
    for source in sorted(GO_SOURCES.glob("*.go")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def build_vcsim() -> Path:
    """The simulator binary, built once per source change."""
    go = go_binary()
    if go is None:
        raise VcsimUnavailable(f"'go' is not installed (apt-get install {APT_PACKAGES})")
    target = cache_dir() / f"vcsim-{sources_hash(go)}"
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GO111MODULE="off", GOPATH=DEBIAN_GOPATH, GOFLAGS="")
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        built = Path(scratch) / "vcsim"
        result = subprocess.run(
            [go, "build", "-o", str(built), "."],
            cwd=GO_SOURCES,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if result.returncode != 0:
            hint = ""
            if "cannot find package" in result.stderr:
                hint = f" (is golang-github-vmware-govmomi-dev installed? apt-get install {APT_PACKAGES})"
            raise VcsimUnavailable(f"building vcsim failed{hint}:\n{result.stderr[-4000:]}")
        os.replace(built, target)  # atomic: a concurrent run sees the whole binary or none
    return target


@dataclass
class Vcsim:
    """A running simulator: where it listens, and how to stop it."""

    url: str
    process: subprocess.Popen[str]
    workdir: Path

    @property
    def host(self) -> str:
        return urlparse(self.url).hostname or "127.0.0.1"

    @property
    def port(self) -> int:
        return urlparse(self.url).port or 443

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()  # the program exits on EOF
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        shutil.rmtree(self.workdir, ignore_errors=True)


def start_vcsim(
    shape: dict[str, Any],
    *,
    cert_file: str | None = None,
    key_file: str | None = None,
    delay_ms: int = 0,
    page_cap: int = 100,
    ready_timeout: float = 300.0,
) -> Vcsim:
    """Start the simulator on a free loopback port (the kernel picks it) and wait until ready."""
    binary = build_vcsim()
    workdir = Path(tempfile.mkdtemp(prefix="vcsim-run-"))
    shape_file = workdir / "shape.json"
    shape_file.write_text(json.dumps(shape))
    command = [
        str(binary),
        "-shape", str(shape_file),
        "-listen", "127.0.0.1:0",
        "-delay-ms", str(delay_ms),
        "-page-cap", str(page_cap),
    ]  # fmt: skip
    if cert_file:
        command += ["-cert", cert_file, "-key", key_file or ""]
    with open(workdir / "vcsim.log", "w") as stderr_log:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr_log,
            text=True,
            cwd=workdir,
        )
    url = _wait_ready(process, ready_timeout)
    if url is None:
        process.kill()
        process.wait(timeout=15)
        log_text = (workdir / "vcsim.log").read_text()[-4000:]
        shutil.rmtree(workdir, ignore_errors=True)
        raise VcsimUnavailable(f"vcsim did not become ready:\n{log_text}")
    return Vcsim(url=url, process=process, workdir=workdir)


def _wait_ready(process: subprocess.Popen[str], timeout: float) -> str | None:
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        with process.stdout:  # closed by the reader at the end of the program's output
            for line in process.stdout:
                lines.put(line)
        lines.put("")

    threading.Thread(target=pump, daemon=True).start()
    try:
        while True:
            line = lines.get(timeout=timeout)
            if line == "":
                return None
            if line.startswith(READY_PREFIX):
                return line[len(READY_PREFIX) :].strip()
    except queue.Empty:
        return None
