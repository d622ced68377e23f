"""The console program's exit codes (documented in `reprotect-cli --help` and docs/automation.md)."""

EXIT_READY = 0  # ready (run: every reprotect succeeded)
EXIT_BLOCKED = 1  # a prerequisite blocks the reprotect
EXIT_ACKNOWLEDGE = 2  # warnings or unknown checks to acknowledge
EXIT_CANNOT_CHECK = 3  # sign-in, network, the vault or vCenter could not be read
EXIT_USAGE = 4  # wrong options or an unreadable answers file
EXIT_STALE = 5  # run: the answers file no longer matches the vault
EXIT_NOT_CONFIRMED = 6  # run: not confirmed
EXIT_RUN_FAILED = 7  # run: submitted, but a reprotect failed or was not started
EXIT_STILL_RUNNING = 8  # run/jobs: stopped following while jobs still run
