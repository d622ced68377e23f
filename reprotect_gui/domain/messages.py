"""Message templates: a sentence the domain writes once and the UI translates (issue 14).

The domain stays Qt-free, yet its findings carry values ("ds-01 has 120 GB free, the disks need
200 GB"). A `Text` keeps the English template with named placeholders and the values apart:

    t("{datastore} has {free} GB free, the disks need {needed} GB.", datastore=name, free=120, needed=200)

It *is* the English sentence (a `str` subclass), so logs, the audit log, the plain-text copy,
the CLI and every existing comparison read English unchanged; the UI looks up the template in
its catalogue (context "domain", see ui/i18n.py `text()`), formats the arguments in the UI's
language (numbers by QLocale, nested templates translated too, enum values by context "enum")
and fills them in. resources/i18n/update_translations.py collects every `t("…")` template of
the domain and the adapters, so the Japanese catalogue holds each one.

Rules for a template: placeholders are names (`{free}`), never positions or format specs (the
translator moves them, and the catalogue check proves none is lost); format numbers before
passing them when they need a fixed number of decimals. Values that are names (VMs, hosts,
datastores) are passed as plain `str` and are never translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import Any

_NO_ARGS: dict[str, Any] = {}
DOMAIN_CONTEXT = "domain"
REMEDIATION_CONTEXT = "remediation"  # the FIX table, translated by its English text
JOB_ERRORS_CONTEXT = "job_errors"
VERBATIM = ""  # a composition of other texts: its template is never looked up, only filled in


def english(value: Any) -> str:
    """A value as the English sentence shows it."""
    if type(value) is str:
        return value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (tuple, list)):
        return ", ".join(english(v) for v in value)
    return str(value)


class Text(str):
    """An English sentence that remembers its template, its named arguments and its catalogue context.

    Immutable like the `str` it is; equal to (and hashed as) its English rendering.
    """

    __slots__ = ("_args", "context", "template")
    template: str
    context: str
    _args: dict[str, Any]

    def __new__(cls, template: str, args: Mapping[str, Any] | None = None, context: str = DOMAIN_CONTEXT) -> Text:
        if args:
            values = dict(args)
            return _new(template, _render_english(template, values), values, context)
        return _new(template, template, _NO_ARGS, context)

    @property
    def args(self) -> Mapping[str, Any]:
        """The named values, read-only."""
        return MappingProxyType(self._args)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Text is immutable: can't set {name}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, dict(self._args), self.context))

    def __copy__(self) -> Text:
        return self

    def __deepcopy__(self, memo: Any) -> Text:
        return self

    def __repr__(self) -> str:
        return f"Text({self.template!r}, {self._args!r})"

    # --- composition: keeps every part translatable ------------------------------------------

    @classmethod
    def joined(cls, separator: str, parts: Iterable[Any]) -> Text:
        """`separator.join(parts)` that the UI can still translate part by part."""
        parts = list(parts)
        names = [f"p{i}" for i in range(len(parts))]
        template = separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
        return cls(template, dict(zip(names, parts, strict=True)), VERBATIM)

    @classmethod
    def verbatim(cls, value: str) -> Text:
        """A text shown as it is in every language (a name, a service's own words)."""
        return cls(value, None, VERBATIM)

    # --- the audit log stores templates, so a report of a past run can be made in any language

    def to_json(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "args": {k: _arg_json(v) for k, v in self._args.items()},
            "context": self.context,
        }

    @classmethod
    def from_json(cls, data: Any) -> Any:
        """The inverse of to_json(); any other value (an old record's plain string) is returned as it is."""
        if not isinstance(data, Mapping) or not isinstance(data.get("template"), str):
            return data
        raw_args = data.get("args")
        args: Mapping[str, Any] = raw_args if isinstance(raw_args, Mapping) else {}
        try:
            return cls(
                data["template"], {str(k): _arg_from_json(v) for k, v in args.items()}, str(data.get("context", ""))
            )
        except (KeyError, IndexError, ValueError):
            return str(data["template"])  # a damaged record: the template, not an exception


def _arg_json(value: Any) -> Any:
    if isinstance(value, Text):
        return value.to_json()
    if isinstance(value, Enum):
        return {"enum": english(value)}
    if isinstance(value, StateWord):
        return {"state": str(value)}
    if isinstance(value, ServiceText):
        return {"service": str(value)}
    if isinstance(value, TaskName):
        return {"task": str(value)}
    if isinstance(value, TlsText):
        return {"tls": str(value)}
    if isinstance(value, tuple):
        return [_arg_json(v) for v in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)


def _arg_from_json(value: Any) -> Any:
    if isinstance(value, Mapping) and "template" in value:
        return Text.from_json(value)
    if isinstance(value, Mapping) and "enum" in value:
        return EnumWord(str(value["enum"]))
    if isinstance(value, Mapping) and "state" in value:
        return StateWord(str(value["state"]))
    if isinstance(value, Mapping) and "service" in value:
        return ServiceText(str(value["service"]))
    if isinstance(value, Mapping) and "task" in value:
        return TaskName(str(value["task"]))
    if isinstance(value, Mapping) and "tls" in value:
        return TlsText(str(value["tls"]))
    if isinstance(value, list):
        return tuple(_arg_from_json(v) for v in value)
    return value


class EnumWord(str):
    """An enum value read back from the audit log: still translated by context "enum"."""


class StateWord(str):
    """A state as ASR reports it (FailedOver, Normal, Critical, Succeeded…): the UI maps known ones."""


class ServiceText(str):
    """A sentence in ASR's (or vCenter's) own words: the UI translates known ones, shows others as received,
    quoted and labelled as the service's words."""


class TaskName(str):
    """A job task's name as ASR reports it: the UI translates known ones."""


class TlsText(str):
    """The TLS library's own reason a certificate failed (OpenSSL's words): the UI translates known ones."""


def tls_text(value: str) -> TlsText:
    return TlsText(value)


def state(value: str) -> StateWord:
    return StateWord(value)


def service_text(value: str) -> ServiceText:
    return ServiceText(value)


def t(template: str, /, **args: Any) -> Text:
    """A domain sentence: `template` with `{name}` placeholders filled from `args` (see module doc)."""
    if not args:  # a fixed sentence of the source: one shared, immutable instance each
        known = _FIXED.get(template)
        if known is None:
            known = _FIXED[template] = _new(template, template, _NO_ARGS, DOMAIN_CONTEXT)
        return known
    # `args` is this call's own dict: the Text keeps it (no copy), as __new__ would after copying.
    return _new(template, _render_english(template, args), args, DOMAIN_CONTEXT)


_FIXED: dict[str, Text] = {}
_set_template = Text.template.__set__  # type: ignore[attr-defined]  # the slots' own setters: Text is immutable
_set_args = Text._args.__set__  # type: ignore[attr-defined]
_set_context = Text.context.__set__  # type: ignore[attr-defined]


def _new(template: str, rendered: str, values: dict[str, Any], context: str) -> Text:
    text = str.__new__(Text, rendered)
    _set_template(text, template)
    _set_args(text, values)
    _set_context(text, context)
    return text


def _render_english(template: str, values: dict[str, Any]) -> str:
    """Fill `template` in English; lists become tuples in `values` (a Text's values never change)."""
    plain = True
    for key, value in values.items():
        if type(value) is not str:
            plain = False
            if type(value) is list:
                values[key] = tuple(value)
    if plain:
        return template.format_map(values)
    return template.format_map({k: v if type(v) is str else english(v) for k, v in values.items()})


def and_joined(parts: Sequence[Any]) -> Any:
    """'a', 'a and b', 'a and b and c' — in the UI's language ('a、b')."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return t("{first} and {rest}", first=parts[0], rest=and_joined(parts[1:]))


def remediation(english_fix: str) -> Text:
    """A text of the FIX table used inside another sentence: translated in its own context."""
    return Text(english_fix, None, REMEDIATION_CONTEXT)
