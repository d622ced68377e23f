"""reprotect-cli: the console program (no Qt). See main.py and docs/automation.md."""
