"""Mutation testing of the rules: does the domain suite notice when a rule's edge moves?

Each mutant changes one thing in one module of `reprotect_gui/domain/checks`, `domain/selection.py` or
`domain/choices.py`:
- a comparison flipped at its edge or negated: `<` ↔ `<=`, `>` ↔ `>=`, `==` ↔ `!=`, `is` ↔ `is not`,
  `in` ↔ `not in`;
- a numeric constant moved by one: `n` → `n + 1` and `n - 1`;
- `and` ↔ `or`; `True` ↔ `False`; a `not` removed.
Texts (string literals, f-strings: the sentences shown to the operator), annotations and class decorators
(`@dataclass(frozen=True, slots=True)`: the shape of a type, not a rule) are not mutated.

A mutant is killed when `pytest -x tests/unit/domain` (without the redaction/text fuzzing, see TESTS) fails, or
hangs past the timeout, with the mutant in place. Nothing is written to the tree, so workers never share a file
(parallel-safe); two workers by default (the machine's two cores). Each worker is a pytest session that collected
the suite once; per mutant it forks, and the child gives every live function of the mutated module the mutated
code object (so decorators, registries and `from x import f` copies all see it) and runs the collected tests
until the first failure. A mutant in module-level code (a constant, a default value) can't be patched that way:
a fresh interpreter imports the mutated module through an import hook and runs the suite instead.

    python benchmarks/mutation.py                 # all mutants
    python benchmarks/mutation.py --jobs 1 --only checks/eligibility.py
    python benchmarks/mutation.py --list          # the mutants, not run

Survivors are printed (file:line, what changed); `EQUIVALENT` below names the survivors known to be
equivalent mutants (no input can tell them apart from the original) with the reason, and they are reported as
such. The baseline, measured in the same run, is the unmutated suite (it must pass, and its time is the cost of
one surviving mutant). The last line is `mutation_score=<killed/total>`.
"""

from __future__ import annotations

import argparse
import ast
import copy
import gc
import importlib.abc
import importlib.util
import os
import signal
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = ROOT / "reprotect_gui" / "domain"
TARGETS = [*sorted((DOMAIN / "checks").glob("*.py")), DOMAIN / "selection.py", DOMAIN / "choices.py"]
TESTS = [
    "tests/unit/domain",
    # Generated-input fuzzing of the log redaction and the text escaping: no rule under mutation, and a minute a run.
    "--ignore-glob=*_fuzz.py",
    "--ignore=tests/unit/domain/test_text.py",
]
TIMEOUT_S = 60.0

# Survivors that are equivalent mutants (no input tells them from the original), keyed by
# (file relative to reprotect_gui/domain, the mutated source line stripped, column, mutation) -> why.
# Keyed by the line's text, not its number, so edits elsewhere in the file do not make an entry stale.
_AFTER_MISSING = (
    "build_requests raises on selection.missing() first, which names each of these when unset: the assert can't fail"
)
EQUIVALENT: dict[tuple[str, str, int, str], str] = {
    (
        "selection.py",
        "assert selection.master_target_id and selection.process_server_id",
        7,
        "and → or",
    ): _AFTER_MISSING,
    ("selection.py", "assert c.datastore_name and c.retention_drive", 7, "and → or"): _AFTER_MISSING,
    (
        "selection.py",
        "assert selection.appliance_id and selection.log_storage_account_id",
        7,
        "and → or",
    ): _AFTER_MISSING,
    ("checks/master_target.py", "assert rf.on_prem.vm is not None and mt_vm.vm is not None", 7, "and → or"): (
        "details_missing() above returns '' only when both VMs are set, so the assert can't fail"
    ),
    ("checks/modernized.py", "if on_prem.found and on_prem.vm is not None:", 3, "and → or"): (
        "a VmLookup is FOUND exactly when it carries a VM (facts.lookup_vm, choices._on_prem_lookup)"
    ),
    (
        "checks/modernized.py",
        'name = account.name if account else account_id.rstrip("/").rsplit("/", 1)[-1]',
        71,
        "1 → 2",
    ): "the last element of rsplit is the same for any maxsplit of 1 or more",
    (
        "choices.py",
        'item.rcm.log_storage_account_id.rstrip("/").rsplit("/", 1)[-1],',
        56,
        "1 → 2",
    ): "the last element of rsplit is the same for any maxsplit of 1 or more",
    ("checks/journey.py", "if len(providers) != 1 or reverse_flow(providers[0]) is not f.flow:", 49, "0 → -1"): (
        "read only when there is exactly one provider, where [0] and [-1] are the same"
    ),
    ("checks/journey.py", "elif len(providers) == 1 and reverse_flow(providers[0]) is f.flow:", 52, "0 → -1"): (
        "read only when there is exactly one provider, where [0] and [-1] are the same"
    ),
    ("checks/journey.py", "minutes = int(HEARTBEAT_STALE_AFTER.total_seconds() // 60)", 55, "60 → 59"): (
        "900 s // 59 is still 15: the same text while the heartbeat limit is 15 minutes (60 → 61 is killed)"
    ),
    ("choices.py", 'verdicts = [rcm02(appliance, item, lookup, vcenter, auto or "")]', 52, "or → and"): (
        "with no automatic datastore no choice is built from the verdict; with one, it is one of the VM's own "
        "datastores, whose Storage DRS rcm02 checks anyway, so the verdict is the same"
    ),
}


@dataclass(frozen=True)
class Mutant:
    path: Path
    index: int  # the index-th mutation site of the file, in ast.walk order of MutationSites
    line: int
    col: int
    description: str

    @property
    def rel(self) -> str:
        return str(self.path.relative_to(DOMAIN))

    @property
    def module(self) -> str:
        rel = self.path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        return ".".join(parts)

    def key(self) -> tuple[str, str, int, str]:
        source = self.path.read_text(encoding="utf-8").splitlines()[self.line - 1].strip()
        return (self.rel, source, self.col - self._indent(), self.description)

    def _indent(self) -> int:
        raw = self.path.read_text(encoding="utf-8").splitlines()[self.line - 1]
        return len(raw) - len(raw.lstrip())


FLIP = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
}
SYMBOL = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.Is: "is",
    ast.IsNot: "is not",
    ast.In: "in",
    ast.NotIn: "not in",
}


def _skipped_nodes(tree: ast.AST) -> set[int]:
    """ids of nodes never mutated: annotations, f-strings (texts), docstrings."""
    skip: set[int] = set()

    def mark(node: ast.AST | None) -> None:
        if node is not None:
            skip.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.arg):
            mark(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            mark(node.returns)
        elif isinstance(node, ast.AnnAssign):
            mark(node.annotation)
        elif isinstance(node, ast.JoinedStr):
            mark(node)
        elif isinstance(node, ast.ClassDef):
            for decorator in node.decorator_list:  # @dataclass(frozen=True, slots=True): a type's shape, no rule
                mark(decorator)
    return skip


def _sites(tree: ast.AST) -> Iterator[tuple[ast.AST, int, str]]:
    """(node, variant, description) for every mutation of `tree`, in a fixed order."""
    skip = _skipped_nodes(tree)
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Compare):
            for i, op in enumerate(node.ops):
                yield node, i, f"{SYMBOL[type(op)]} → {SYMBOL[FLIP[type(op)]]}"
        elif isinstance(node, ast.BoolOp):
            yield node, 0, "and → or" if isinstance(node.op, ast.And) else "or → and"
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            yield node, 0, "not removed"
        elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
            yield node, 0, f"{node.value} → {not node.value}"
        elif isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            yield node, 1, f"{node.value} → {node.value + 1}"
            yield node, -1, f"{node.value} → {node.value - 1}"


class _Mutate(ast.NodeTransformer):
    def __init__(self, target: ast.AST, variant: int) -> None:
        self.target = target
        self.variant = variant

    def visit(self, node: ast.AST) -> ast.AST:
        if node is not self.target:
            return super().visit(node)
        if isinstance(node, ast.Compare):
            ops = list(node.ops)
            ops[self.variant] = FLIP[type(ops[self.variant])]()
            return ast.copy_location(ast.Compare(left=node.left, ops=ops, comparators=node.comparators), node)
        if isinstance(node, ast.BoolOp):
            op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
            return ast.copy_location(ast.BoolOp(op=op, values=node.values), node)
        if isinstance(node, ast.UnaryOp):
            return node.operand
        if isinstance(node, ast.Constant) and isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(value=not node.value), node)
        assert isinstance(node, ast.Constant)
        return ast.copy_location(ast.Constant(value=node.value + self.variant), node)


def mutants_of(path: Path) -> list[Mutant]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        Mutant(path, i, getattr(node, "lineno", 0), getattr(node, "col_offset", 0), description)
        for i, (node, _, description) in enumerate(_sites(tree))
    ]


def mutated_code(m: Mutant) -> object:
    tree = ast.parse(m.path.read_text(encoding="utf-8"), filename=str(m.path))
    work = copy.deepcopy(tree)
    node, variant, description = list(_sites(work))[m.index]
    assert description == m.description, (m, description)
    new = ast.fix_missing_locations(_Mutate(node, variant).visit(work))
    return compile(new, str(m.path), "exec")


def in_function_body(m: Mutant) -> bool:
    """True when the mutated node runs only when a function is called (so patching code objects is enough)."""
    tree = ast.parse(m.path.read_text(encoding="utf-8"))
    target = list(_sites(tree))[m.index][0]

    def inside(node: ast.AST, in_body: bool) -> bool | None:
        if node is target:
            return in_body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for child in node.body:
                found = inside(child, True)
                if found is not None:
                    return found
            for child in [*node.decorator_list, node.args]:
                found = inside(child, in_body)
                if found is not None:
                    return found
            return None
        if isinstance(node, ast.Lambda):
            found = inside(node.body, True)
            return found if found is not None else inside(node.args, in_body)
        for child in ast.iter_child_nodes(node):
            found = inside(child, in_body)
            if found is not None:
                return found
        return None

    return bool(inside(tree, False))


def _code_objects(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const)


def _patch_functions(m: Mutant) -> int:
    """Give every live function of the mutated module the mutated code. Returns how many were patched."""
    mutated = mutated_code(m)
    original = compile(m.path.read_text(encoding="utf-8"), str(m.path), "exec")
    before = {(c.co_qualname, c.co_firstlineno): c for c in _code_objects(original)}
    changed = {
        (c.co_qualname, c.co_firstlineno): c
        for c in _code_objects(mutated)
        if (c.co_qualname, c.co_firstlineno) in before and c != before[(c.co_qualname, c.co_firstlineno)]
    }
    patched = 0
    for obj in gc.get_objects():
        if isinstance(obj, types.FunctionType) and obj.__code__.co_filename == str(m.path):
            new = changed.get((obj.__code__.co_qualname, obj.__code__.co_firstlineno))
            if new is not None:
                obj.__code__ = new
                patched += 1
    return patched


class _ServeMutant(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves one module's mutated code on a fresh import; every other import goes the usual way."""

    def __init__(self, m: Mutant) -> None:
        self.mutant = m
        self.code = mutated_code(m)

    def find_spec(self, fullname, path, target=None):
        if fullname != self.mutant.module:
            return None
        is_package = self.mutant.path.name == "__init__.py"
        return importlib.util.spec_from_file_location(
            fullname,
            self.mutant.path,
            loader=self,
            submodule_search_locations=[str(self.mutant.path.parent)] if is_package else None,
        )

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.code, module.__dict__)


PYTEST_ARGS = ["-x", "-q", "-p", "no:cacheprovider", *TESTS]


def run_fresh(m: Mutant | None) -> int:
    """The slow, general way (a mutant in module-level code: a constant, a default, a class body): a new
    interpreter imports the mutated module through the hook and runs the suite. Returns pytest's exit code."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--fresh", *([m.rel, str(m.index)] if m else [])]
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=TIMEOUT_S * 2)
    except subprocess.TimeoutExpired:
        return -1
    return done.returncode


def _fresh_main(rel: str | None, index: int | None) -> int:
    sys.path.insert(0, str(ROOT))
    if rel is not None and index is not None:
        sys.meta_path.insert(0, _ServeMutant(mutants_of(DOMAIN / rel)[index]))
    import pytest

    return int(pytest.main(PYTEST_ARGS))


class _WorkerPlugin:
    """Inside a pytest session that has collected the domain suite once: for each mutant read from the parent,
    fork; the child patches the live functions and runs the collected tests until the first failure."""

    def __init__(self, requests: TextIO, answers: TextIO) -> None:
        self.requests = requests
        self.answers = answers

    def pytest_runtestloop(self, session):  # noqa: ANN001 - pytest's hook
        from _pytest.runner import runtestprotocol

        items = list(session.items)
        for line in self.requests:
            rel, index = line.split()
            m = mutants_of(DOMAIN / rel)[int(index)]
            pid = os.fork()
            if pid == 0:
                code = 98
                try:
                    signal.alarm(int(TIMEOUT_S))  # an endless loop counts as killed
                    if _patch_functions(m) == 0:
                        os._exit(97)  # nothing live to patch: the caller runs it the fresh way
                    code = 0
                    for i, item in enumerate(items):
                        reports = runtestprotocol(
                            item, nextitem=items[i + 1] if i + 1 < len(items) else None, log=False
                        )
                        if any(r.failed for r in reports):
                            code = 1
                            break
                finally:
                    os._exit(code)
            _, status = os.waitpid(pid, 0)
            self.answers.write(f"{os.waitstatus_to_exitcode(status)}\n")
            self.answers.flush()
        return True


def _worker_main() -> int:
    """Reads `rel index` lines on stdin, answers one exit code per line (0: the suite passed, so it survived)."""
    sys.path.insert(0, str(ROOT))
    requests = os.fdopen(os.dup(0), "r")
    answers = os.fdopen(os.dup(1), "w")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    if not os.environ.get("MUTATION_DEBUG"):
        os.dup2(devnull, 2)
    import pytest

    return int(pytest.main(PYTEST_ARGS, plugins=[_WorkerPlugin(requests, answers)]))


class _Worker:
    def __init__(self) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def judge(self, m: Mutant) -> int:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{m.rel} {m.index}\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        return int(answer) if answer.strip() else -2

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)
        self.process.stdout.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--only", help="one target, relative to reprotect_gui/domain (e.g. selection.py)")
    parser.add_argument("--list", action="store_true", help="list the mutants without running them")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--fresh", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return _worker_main()
    if args.fresh is not None:
        return _fresh_main(*(args.fresh[0], int(args.fresh[1])) if args.fresh else (None, None))

    targets = [p for p in TARGETS if args.only is None or str(p.relative_to(DOMAIN)) == args.only]
    if not targets:
        parser.error(f"{args.only} is not one of {[str(p.relative_to(DOMAIN)) for p in TARGETS]}")
    mutants = [m for p in targets for m in mutants_of(p)]
    if args.list:
        for m in mutants:
            print(f"{m.rel}:{m.line}:{m.col}: {m.description}{'' if in_function_body(m) else '  (module level)'}")
        print(f"mutants={len(mutants)}")
        return 0

    started = time.perf_counter()
    if run_fresh(None) != 0:
        print("The unmutated domain suite fails: fix it first (pytest -x tests/unit/domain).")
        return 1
    baseline = time.perf_counter() - started
    print(f"baseline: the unmutated domain suite passes in {baseline:.1f} s (a fresh interpreter)")
    print(f"{len(mutants)} mutants in {len(targets)} modules, {args.jobs} workers")

    started = time.perf_counter()
    results: dict[Mutant, bool] = {}  # mutant -> killed
    pending = list(mutants)
    lock = threading.Lock()

    def serve() -> None:
        worker = _Worker()
        try:
            while True:
                with lock:
                    if not pending:
                        return
                    m = pending.pop(0)
                code = worker.judge(m) if in_function_body(m) else 97
                if code == 97:
                    code = run_fresh(m)
                with lock:
                    results[m] = code != 0
                    if len(results) % 50 == 0:
                        print(f"  {len(results)}/{len(mutants)} run", flush=True)
        finally:
            worker.close()

    threads = [threading.Thread(target=serve) for _ in range(args.jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started

    survivors = [m for m in mutants if not results[m]]
    killed = len(mutants) - len(survivors)
    equivalent = [m for m in survivors if m.key() in EQUIVALENT]
    live = [m for m in survivors if m.key() not in EQUIVALENT]
    print(f"\n{len(survivors)} survivors ({len(equivalent)} known equivalent), {elapsed:.0f} s")
    for m in live:
        print(f"  SURVIVED {m.rel}:{m.line}:{m.col}: {m.description}")
    for m in equivalent:
        print(f"  equivalent {m.rel}:{m.line}:{m.col}: {m.description} — {EQUIVALENT[m.key()]}")
    for key in sorted(set(EQUIVALENT) - {m.key() for m in mutants}):
        print(f"  (stale EQUIVALENT entry, no such mutant any more: {key})")
    total = len(mutants)
    print(f"mutation_score={killed / total if total else 1.0:.3f} killed={killed} total={total} seconds={elapsed:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
