"""reprotect-cli: the wizard's checks and its never-twice submit, without a window.

Subcommands: check, run, jobs, report (see `reprotect-cli COMMAND --help`). Results go to stdout,
progress and explanations to stderr. Qt is never imported, except by `report --format html|pdf`.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from reprotect_gui import __version__
from reprotect_gui.domain.errors import UserFacingError

from .codes import (
    EXIT_ACKNOWLEDGE,
    EXIT_BLOCKED,
    EXIT_CANNOT_CHECK,
    EXIT_NOT_CONFIRMED,
    EXIT_READY,
    EXIT_RUN_FAILED,
    EXIT_STALE,
    EXIT_STILL_RUNNING,
    EXIT_USAGE,
)

EXIT_CODES = f"""exit codes:
  {EXIT_READY}  ready (run: every reprotect succeeded)
  {EXIT_BLOCKED}  a prerequisite blocks the reprotect
  {EXIT_ACKNOWLEDGE}  warnings or unknown checks to acknowledge (run: one the answers file did not acknowledge)
  {EXIT_CANNOT_CHECK}  could not check: sign-in, network, the vault or vCenter could not be read
  {EXIT_USAGE}  wrong options or an unreadable answers file
  {EXIT_STALE}  run: the answers file no longer matches the vault (nothing was submitted)
  {EXIT_NOT_CONFIRMED}  run: the reprotect was not confirmed (nothing was submitted)
  {EXIT_RUN_FAILED}  run: submitted, but a reprotect failed or was not started
  {EXIT_STILL_RUNNING}  run/jobs: stopped following while jobs still run (follow again with `jobs --follow`)
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse's own code 2 means "to acknowledge" here
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class Failed(Exception):
    """Stop with this exit code after the message was printed."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    from .connect import add_connection_options

    parser = _Parser(
        prog="reprotect-cli",
        description="Check the prerequisites of an Azure Site Recovery reprotect (Azure → VMware) and submit it, "
        "without a window.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    common = _Parser(add_help=False)
    add_connection_options(common)
    common.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")

    check = sub.add_parser(
        "check",
        parents=[common],
        help="run every catalogue check for a VM, a recovery plan or every eligible VM",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    what = check.add_mutually_exclusive_group()
    what.add_argument("--vm", metavar="NAME", help="one replicated VM (name or item id)")
    what.add_argument("--plan", metavar="NAME", help="a recovery plan (name or id)")
    what.add_argument("--all", action="store_true", help="every eligible VM of the vault, each on its own (default)")
    what.add_argument("--answers", metavar="FILE", type=Path, help="the selection and choices of an answers file")
    chosen = check.add_argument_group("choices (default: what the wizard would preselect)")
    chosen.add_argument("--master-target", metavar="NAME")
    chosen.add_argument("--process-server", metavar="NAME")
    chosen.add_argument("--datastore", metavar="NAME", help="the datastore for every VM of the selection")
    chosen.add_argument("--retention-drive", metavar="VOLUME", help="e.g. R: or /mnt/retention/")
    chosen.add_argument("--appliance", metavar="NAME", help="modernized: the replication appliance")
    chosen.add_argument("--log-storage", metavar="NAME", help="modernized: the log storage account")
    chosen.add_argument(
        "--link-type", choices=("vpn", "expressroute"), help="how Azure reaches the site (INF-03, INF-05)"
    )
    chosen.add_argument("--ip-retained", choices=("yes", "no"), help="IP addresses retained at failover (INF-10)")
    check.add_argument("--json", action="store_true", help=f"print the result as JSON ({_check_format()})")
    check.add_argument(
        "--junit", metavar="FILE", type=Path, help="also write a JUnit XML file (one case per check per VM)"
    )
    check.add_argument("-v", "--verbose", action="store_true", help="list passed checks too")
    check.set_defaults(func=cmd_check)

    run = sub.add_parser(
        "run",
        parents=[common],
        help="replay an answers file: check again, submit once, follow the jobs, write the report",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "--answers", metavar="FILE", type=Path, required=True, help="saved with the wizard's Save answers…"
    )
    run.add_argument("--yes", action="store_true", help="don't ask for confirmation before submitting")
    run.add_argument(
        "--report-dir", metavar="DIR", type=Path, help="where to write the drill report (default DATA/reports)"
    )
    run.add_argument(
        "--follow-timeout", metavar="SECONDS", type=float, help="stop following after SECONDS (jobs go on)"
    )
    run.set_defaults(func=cmd_run)

    jobs = sub.add_parser(
        "jobs",
        parents=[common],
        help="list the runs and the jobs still followed, or follow them again (after a crash)",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    jobs.add_argument("--follow", action="store_true", help="follow the jobs still in progress to their end")
    jobs.add_argument("--run", metavar="RUN_ID", help="only this run's jobs")
    jobs.add_argument("--json", action="store_true", help="list as JSON")
    jobs.add_argument("--follow-timeout", metavar="SECONDS", type=float, help="stop following after SECONDS")
    jobs.set_defaults(func=cmd_jobs)

    report = sub.add_parser("report", parents=[common], help="export a past run's drill report")
    report.add_argument("run_id", nargs="?", metavar="RUN_ID", help="the run (default: the latest)")
    report.add_argument("--format", choices=("json", "html", "pdf"), default="json")
    report.add_argument("-o", "--output", metavar="FILE", type=Path, help="default: stdout (json) or a file here")
    report.set_defaults(func=cmd_report)
    return parser


def _check_format() -> str:
    return "reprotect_gui.check/1"  # output.CHECK_FORMAT, without importing the checks for --help


def say(args: argparse.Namespace, text: str) -> None:
    if not getattr(args, "quiet", False):
        print(text, file=sys.stderr, flush=True)


def explain(error: UserFacingError) -> None:
    print(f"{error.summary}", file=sys.stderr)
    if error.next_step:
        print(f"Next step: {error.next_step}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # --help and --version answer here, before any domain import
    from reprotect_gui.services.logfile import install_log_file
    from reprotect_gui.services.redaction import install_log_scrubbing

    from .connect import data_dir

    install_log_scrubbing()
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)  # the log file takes INFO; the terminal only what went wrong
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(stderr)
    install_log_file(data_dir(args))  # the same rotating, scrubbed reprotect-gui.log as the window's
    try:
        return int(args.func(args))
    except Failed as exc:
        return exc.code
    except KeyboardInterrupt:
        print(
            "Interrupted. Jobs already accepted keep running in Azure; `reprotect-cli jobs --follow` follows them "
            "again.",
            file=sys.stderr,
        )
        return EXIT_STILL_RUNNING


# --- shared steps ---------------------------------------------------------------------------


def _connect(args: argparse.Namespace) -> Any:
    from .connect import BadOptions, connect

    try:
        return connect(args)
    except BadOptions as exc:
        explain(exc)
        raise Failed(EXIT_USAGE) from exc
    except UserFacingError as exc:
        explain(exc)
        raise Failed(EXIT_CANNOT_CHECK) from exc


def _estate(args: argparse.Namespace, ports: Any) -> Any:
    from reprotect_gui.services.estate import load_estate

    from .progress import StderrContext

    try:
        return load_estate(ports.site_recovery, ports.vcenter, ports.clock, StderrContext(quiet=args.quiet))
    except UserFacingError as exc:
        explain(exc)
        raise Failed(EXIT_CANNOT_CHECK) from exc


def _read_answers(path: Path) -> Any:
    from reprotect_gui.domain.answers import AnswersInvalid, parse_answers

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        explain(UserFacingError(f"The answers file {path} can't be read ({exc.strerror}).", "Check the path."))
        raise Failed(EXIT_USAGE) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        explain(
            UserFacingError(
                f"The answers file {path} is not valid JSON ({exc}).",
                "Save the answers again from the wizard's Review page.",
            )
        )
        raise Failed(EXIT_USAGE) from exc
    try:
        return parse_answers(raw)
    except AnswersInvalid as exc:
        explain(exc)
        raise Failed(EXIT_USAGE) from exc


# --- check ----------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from reprotect_gui.domain.answers import AnswersInvalid, AnswersStale
    from reprotect_gui.domain.checks.facts import LinkType

    from . import output
    from .checking import Given, NotFound, check_answers, check_one, exit_code, targets

    answers = _read_answers(args.answers) if args.answers else None
    ports = _connect(args)
    try:
        estate = _estate(args, ports)
        now = ports.clock.now()
        if answers is not None:
            try:
                checked = [check_answers(estate, answers, now)[0]]
            except AnswersStale as exc:
                explain(exc)
                return EXIT_STALE
            except AnswersInvalid as exc:
                explain(exc)
                return EXIT_USAGE
        else:
            given = Given(
                master_target=args.master_target,
                process_server=args.process_server,
                datastore=args.datastore,
                retention_drive=args.retention_drive,
                appliance=args.appliance,
                log_storage=args.log_storage,
                link_type={"vpn": LinkType.S2S_VPN, "expressroute": LinkType.EXPRESSROUTE}.get(args.link_type or ""),
                ip_retained={"yes": True, "no": False}.get(args.ip_retained or ""),
            )
            try:
                checked = [
                    check_one(estate, plan, items, now, given)
                    for plan, items in targets(estate.site, args.vm, args.plan)
                ]
            except NotFound as exc:
                explain(exc)
                return EXIT_USAGE
        if not checked:  # still a result: the JSON and JUnit files say so too
            explain(
                UserFacingError(
                    f"The vault {estate.site.vault_name} has no VM that can be reprotected now.",
                    "Run `reprotect-cli check --vm NAME` to see why a VM is not eligible.",
                )
            )
        vc_name = estate.vcenter.vcenter_name if estate.vcenter is not None else None
        if args.json:
            doc = output.document(
                checked,
                vault=estate.site.vault_name,
                training=ports.training,
                vcenter=vc_name,
                vcenter_problem=estate.vcenter_problem,
                at=now,
            )
            print(json.dumps(doc, indent=2, ensure_ascii=False))
        else:
            print(
                output.table(
                    checked, vault=estate.site.vault_name, vcenter_problem=estate.vcenter_problem, verbose=args.verbose
                )
            )
        if args.junit:
            try:
                output.write_junit(output.junit(checked, vault=estate.site.vault_name, at=now), args.junit)
            except OSError as exc:
                explain(
                    UserFacingError(
                        f"The JUnit file {args.junit} could not be written ({exc.strerror}).",
                        "Choose a folder you can write to.",
                    )
                )
                return EXIT_USAGE
        return exit_code(checked)
    finally:
        ports.close()


# --- run ------------------------------------------------------------------------------------


def _confirm(args: argparse.Namespace, names: str, count: int, training: bool) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        explain(
            UserFacingError(
                "There is no terminal to confirm the reprotect on.",
                "Pass --yes to submit without confirmation (for scheduled runs).",
            )
        )
        return False
    where = "the training vault" if training else "Azure"
    print(
        f"{where}: start {count} reprotect job(s) for {names}? The on-premises VMs are powered off during "
        "reprotect (SUB-01). [y/N] ",
        end="",
        file=sys.stderr,
        flush=True,
    )
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def cmd_run(args: argparse.Namespace) -> int:
    from reprotect_gui.domain.answers import AnswersInvalid, AnswersStale, unacknowledged
    from reprotect_gui.services.audit import AuditLog, Operators, new_run_id, run_record
    from reprotect_gui.services.journal import JobJournal
    from reprotect_gui.services.preflight_input import selection_requests
    from reprotect_gui.services.tracking import RunRecorder, submit_and_record

    from . import output
    from .checking import check_answers
    from .connect import data_dir
    from .progress import StderrContext

    answers = _read_answers(args.answers)
    ports = _connect(args)
    try:
        estate = _estate(args, ports)
        now = ports.clock.now()
        try:
            checked, selection = check_answers(estate, answers, now)
        except AnswersStale as exc:
            print("Refused: " + exc.summary, file=sys.stderr)
            print(f"Next step: {exc.next_step}", file=sys.stderr)
            return EXIT_STALE
        except AnswersInvalid as exc:
            explain(exc)
            return EXIT_USAGE
        site = estate.site
        blocks = [v for v in checked.verdicts if v.blocks]
        if blocks:
            print(
                output.table([checked], vault=site.vault_name, vcenter_problem=estate.vcenter_problem), file=sys.stderr
            )
            print(
                f"Refused: {len(blocks)} prerequisite(s) block the reprotect: "
                + "; ".join(
                    f"{v.check_id} ({v.subject}): {v.finding}" if v.subject else f"{v.check_id}: {v.finding}"
                    for v in blocks
                )
                + ". Nothing was submitted.",
                file=sys.stderr,
            )
            return EXIT_BLOCKED
        new = unacknowledged(checked.verdicts, answers)
        if new:
            print(
                "Refused: the answers file did not acknowledge "
                + "; ".join(
                    f"{v.check_id} ({v.subject}): {v.finding}" if v.subject else f"{v.check_id}: {v.finding}"
                    for v in new
                )
                + ". Nothing was submitted.",
                file=sys.stderr,
            )
            print(
                "Next step: open the answers file in the wizard (reprotect-gui --answers FILE), read the warning, "
                "acknowledge it and save the answers again.",
                file=sys.stderr,
            )
            return EXIT_ACKNOWLEDGE
        requests = selection_requests(site, selection)
        names = ", ".join(r.item_name for r in requests)
        if not _confirm(args, names, len(requests), ports.training):
            print("Not confirmed: nothing was submitted.", file=sys.stderr)
            return EXIT_NOT_CONFIRMED
        folder = data_dir(args)
        recorder = RunRecorder(
            run_id=new_run_id(),
            vault_name=site.vault_name,
            clock=ports.clock,
            journal=JobJournal(folder),
            audit=AuditLog(folder),
            source=dict(ports.vault_source),
        )
        vc_account = estate.vcenter.account_name if estate.vcenter is not None else ports.vcenter_account
        record = run_record(
            run_id=recorder.run_id,
            at=now,
            operators=Operators(azure=ports.azure_account, vcenter=vc_account),
            site=site,
            selection=selection,
            policy=site.failback_policy,
            verdicts=checked.verdicts,
            acknowledged=[
                k for k in answers.acknowledged_keys if any(f"{v.check_id}|{v.subject}" == k for v in checked.verdicts)
            ],
            training=ports.training,
        )
        say(args, f"Run {recorder.run_id}: submitting {len(requests)} reprotect request(s)…")
        submitted_at = ports.clock.now()
        try:
            outcomes = submit_and_record(
                ports.site_recovery, requests, recorder, record, StderrContext(quiet=args.quiet)
            )
        except UserFacingError as exc:
            explain(exc)
            print(
                "Nothing is sent again automatically: `reprotect-cli jobs` shows whether a job started.",
                file=sys.stderr,
            )
            return EXIT_CANNOT_CHECK
        labels = {}
        for o in outcomes:
            if o.job_id:
                labels[o.job_id] = o.item_name + (" (already running: followed)" if o.attached_to_running else "")
                say(args, f"{o.item_name}: job {o.job_id} accepted")
            else:
                print(f"{o.item_name}: not started — {o.problem}", file=sys.stderr)
        code = _follow(args, ports, labels, {j: recorder for j in labels}, submitted_at)
        report = _write_run_report(args, recorder, folder)
        failed = [o for o in outcomes if not o.job_id]
        print(f"Run {recorder.run_id}: {report.outcome_text}")
        if code != EXIT_READY:
            return code
        return EXIT_RUN_FAILED if failed or not report.succeeded else EXIT_READY
    finally:
        ports.close()


def _follow(
    args: argparse.Namespace, ports: Any, labels: dict[str, str], recorders: dict[str, Any], since: datetime | None
) -> int:
    from .follow import UNREADABLE_LIMIT, FollowGaveUp, FollowTimedOut, follow

    if not labels:
        return EXIT_READY
    try:
        follow(
            ports.site_recovery,
            labels,
            recorders,
            since=since,
            time_scale=ports.poll_min_s / 2.0,
            timeout_s=args.follow_timeout,
            err=sys.stderr if not args.quiet else open_null(),
        )
    except FollowGaveUp as exc:
        print(
            f"Stopped following {exc}: the vault no longer knows it, or it could not be read {UNREADABLE_LIMIT} "
            "times in a row. Check it in the vault's Site Recovery jobs; `reprotect-cli jobs --follow` tries again.",
            file=sys.stderr,
        )
        return EXIT_STILL_RUNNING
    except FollowTimedOut as exc:
        print(
            f"Stopped following after {args.follow_timeout:g} s; still running: {exc}. They keep running; "
            "`reprotect-cli jobs --follow` follows them again.",
            file=sys.stderr,
        )
        return EXIT_STILL_RUNNING
    return EXIT_READY


def _earliest(jobs: Any) -> datetime | None:
    """When the first of these journal entries was accepted: the job list is read from then on
    (None, i.e. the whole list, when an entry's time can't be read)."""
    times = []
    for j in jobs:
        try:
            at = datetime.fromisoformat(j.accepted_at)
        except (TypeError, ValueError):
            return None
        times.append(at if at.tzinfo is not None else at.replace(tzinfo=UTC))
    return min(times, default=None)


def open_null() -> Any:
    import io

    return io.StringIO()


def report_json(report: Any) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return {"format": "reprotect_gui.drill_report/1", **plain(asdict(report)), "outcome": report.outcome_text}


def _write_run_report(args: argparse.Namespace, recorder: Any, folder: Path) -> Any:
    from reprotect_gui.domain.report import build_report, render_html
    from reprotect_gui.services.journal import write_atomically
    from reprotect_gui.services.redaction import scrub_text

    report = build_report(recorder.kept)
    target = Path(args.report_dir) if args.report_dir else folder / "reports"
    base = target / f"drill-report-{recorder.run_id}"
    try:
        write_atomically(
            base.with_suffix(".json"), scrub_text(json.dumps(report_json(report), indent=2, ensure_ascii=False))
        )
        write_atomically(base.with_suffix(".html"), scrub_text(render_html(report)))
        say(args, f"Drill report: {base.with_suffix('.html')} (and .json)")
    except OSError as exc:
        print(
            f"The drill report could not be written to {target} ({exc.strerror}); the audit log holds the run: "
            f"`reprotect-cli report {recorder.run_id}` exports it later.",
            file=sys.stderr,
        )
    return report


# --- jobs -----------------------------------------------------------------------------------


def cmd_jobs(args: argparse.Namespace) -> int:
    from reprotect_gui.services.audit import AuditLog
    from reprotect_gui.services.journal import JobJournal
    from reprotect_gui.services.tracking import ForgettingGoneJobs, RunRecorder, record_resumed

    from .connect import data_dir

    folder = data_dir(args)
    journal, audit = JobJournal(folder), AuditLog(folder)
    try:
        pending = [j for j in journal.pending() if not args.run or j.run_id == args.run]
    except UserFacingError as exc:
        explain(exc)
        return EXIT_CANNOT_CHECK
    if not args.follow:
        runs = [r for r in audit.runs() if not args.run or r.run_id == args.run]
        if args.json:
            print(
                json.dumps(
                    {
                        "in_progress": [asdict(j) for j in pending],
                        "runs": [asdict(r) for r in runs],
                    },
                    indent=2,
                    ensure_ascii=False,
                )
            )
            return EXIT_READY
        if pending:
            print("Jobs still followed (accepted, end not recorded):")
            for j in pending:
                print(
                    f"  run {j.run_id}  job {j.job_id}  {j.item_name}  vault {j.vault_name}  accepted {j.accepted_at[:19]}"
                )
        else:
            print("No job is waiting to be followed.")
        print("Runs (newest first):" if runs else "No run recorded yet.")
        for r in runs:
            print(
                f"  run {r.run_id}  {r.at[:19]}  {r.subject}  vault {r.vault}  {r.outcome}  jobs {', '.join(r.job_ids) or '—'}"
            )
        return EXIT_READY
    ports = _connect(args)
    try:
        mine = [j for j in pending if j.source == ports.vault_source or not j.source]
        others = len(pending) - len(mine)
        if others:
            say(args, f"{others} job(s) of another vault are left for a run connected to that vault.")
        if not mine:
            say(args, "No job of this vault is waiting to be followed.")
            return EXIT_READY
        recorders = {
            j.run_id: RunRecorder(j.run_id, j.vault_name, ports.clock, journal, audit, dict(j.source)) for j in mine
        }
        for run_id, rec in recorders.items():
            record_resumed(rec, [j.job_id for j in mine if j.run_id == run_id])
        labels = {j.job_id: f"{j.item_name} (resumed)" for j in mine}
        ports.site_recovery = ForgettingGoneJobs(ports.site_recovery, journal)  # a gone job leaves the journal
        code = _follow(args, ports, labels, {j.job_id: recorders[j.run_id] for j in mine}, _earliest(mine))
        if code == EXIT_READY:
            say(args, f"Every resumed job ended; `reprotect-cli report {mine[0].run_id}` exports its drill report.")
        return code
    finally:
        ports.close()


# --- report ---------------------------------------------------------------------------------


def cmd_report(args: argparse.Namespace) -> int:
    from reprotect_gui.domain.report import ReportUnavailable, build_report
    from reprotect_gui.services.audit import AuditLog

    from .connect import data_dir

    audit = AuditLog(data_dir(args))
    runs = audit.runs()
    if not runs:
        explain(
            UserFacingError(
                f"No run is recorded in {audit.path}.", "Pass --data-dir if the runs were recorded elsewhere."
            )
        )
        return EXIT_USAGE
    run_id = args.run_id or runs[0].run_id
    try:
        report = build_report(audit.run(run_id))
    except ReportUnavailable:
        known = ", ".join(r.run_id for r in runs[:5])
        explain(
            UserFacingError(
                f"No drill report can be made for run {run_id}: the audit log has no record of its choices.",
                f"Recent runs: {known}.",
            )
        )
        return EXIT_USAGE
    if args.format == "json":
        text = json.dumps(report_json(report), indent=2, ensure_ascii=False)
        if args.output:
            args.output.write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
        return EXIT_READY
    return _export_with_qt(args, report)


def _export_with_qt(args: argparse.Namespace, report: Any) -> int:
    """HTML and PDF through the window's own exporter (Qt's PDF writer): the only place Qt is loaded."""
    from reprotect_gui.ui.headless_export import export_report

    try:
        written = export_report(report, args.format, args.output)
    except UserFacingError as exc:
        explain(exc)
        return EXIT_USAGE
    print(written)
    return EXIT_READY
