"""What ACLED's columns cannot hold travels in a signed tag, never in text a person typed.

An ACLED row has one point, so an incident's launch end (and our event type,
precisions, munitions, status, … when ACLED's codes cannot say them) would be
lost. The writer puts them in two places:

- the ``tags`` column ends with one tag ``geoincidents:1:<payload>:<check>``:
  ``payload`` is the fields as JSON in URL-safe base64 (so no ``;`` of ACLED's
  tag list can occur in it) and ``check`` the first 16 hex digits of SHA-256
  over the version, the row's ``event_id_cnty`` and the payload. The reader
  takes fields from this tag only: from the last tag of the list, and only
  when the check matches this row's id. A tag copied onto another event, or
  edited, is kept as text and its fields are not applied (a warning says so).
  The check binds the tag to the event id and not to the date or coordinates,
  because spreadsheets rewrite those (``2024-04-21`` becomes ``21-Apr-24``)
  and the launch end must survive that.
- ``notes`` ends with the same fields in words, ``[geoincidents: launch_place=
  Zummar; …]``, for a person reading the export. It is never parsed: the
  reader removes it only when it is exactly the text the valid tag gives, at
  the very end of the note. A note that quotes or imitates it keeps every
  character and changes no field.

Examples
--------
>>> tag = make_tag("IRQ1", {"launch_place": "Zummar"})
>>> read_tag("x; " + tag, "IRQ1")
('x', {'launch_place': 'Zummar'}, None)
>>> read_tag(tag, "SYR2")[1] is None
True
"""
from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

__all__ = ["make_tag", "read_tag", "notes_trailer", "fold", "strip_trailer", "TAG_PREFIX"]

TAG_PREFIX = "geoincidents:1:"
_SEPARATOR = "; "  # ACLED's own between tags


def _check(event_id: str, payload: str) -> str:
    return hashlib.sha256(f"{TAG_PREFIX}\x1f{event_id}\x1f{payload}".encode()).hexdigest()[:16]


def make_tag(event_id: str, fields: dict[str, Any]) -> str:
    """The tag carrying ``fields`` for the event ``event_id``."""
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
    payload = base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
    return f"{TAG_PREFIX}{payload}:{_check(str(event_id), payload)}"


def read_tag(tags: str | None, event_id: str | None) -> tuple[str | None, dict[str, Any] | None, str | None]:
    """``(ACLED's own tags, our fields, why a look-alike tag was not applied)`` of one ``tags`` cell."""
    if not isinstance(tags, str) or not tags:
        return (tags if isinstance(tags, str) else None), None, None
    head, sep, last = tags.rpartition(_SEPARATOR)
    if not sep:
        head, last = "", tags
    if not last.startswith(TAG_PREFIX):
        return tags, None, None
    body = last[len(TAG_PREFIX):]
    payload, _, check = body.rpartition(":")
    if not payload or check != _check(str(event_id), payload):
        return tags, None, "its check does not match this event (copied from another event, or edited)"
    try:
        fields = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return tags, None, "its payload is not readable"
    if not isinstance(fields, dict):
        return tags, None, "its payload is not a set of fields"
    return (head or None), fields, None


def notes_trailer(fields: dict[str, Any]) -> str:
    """The words appended to ``notes`` for a reader: ``[geoincidents: name=value; …]``."""
    return "[geoincidents: " + "; ".join(f"{k}={v}" for k, v in fields.items()) + "]"


def fold(note: str | None, tags: str | None, event_id: str, fields: dict[str, Any]) -> tuple[str | None, str | None]:
    """``notes`` and ``tags`` carrying ``fields`` (unchanged when there are none)."""
    if not fields:
        return note, tags
    trailer = notes_trailer(fields)
    tag = make_tag(event_id, fields)
    return (f"{note} {trailer}" if note else trailer), (f"{tags}{_SEPARATOR}{tag}" if tags else tag)


def strip_trailer(note: str | None, fields: dict[str, Any] | None) -> str | None:
    """``note`` without the words :func:`fold` appended for ``fields``; as written otherwise."""
    if not note or not fields:
        return note
    trailer = notes_trailer(fields)
    if note == trailer:
        return None
    if note.endswith(" " + trailer):
        return note[: -len(trailer) - 1]
    return note
