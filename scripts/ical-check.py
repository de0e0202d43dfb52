#!/usr/bin/python3
"""Checks iCalendar files with libical, a strict parser independent of the one the project uses.

Usage: /usr/bin/python3 scripts/ical-check.py FILE.ics [FILE.ics ...]

Reaches libical through GObject introspection: Debian's python3-gi and gir1.2-ical-3.0 (run it with
the system's /usr/bin/python3; a pyenv or venv Python does not see those packages).

Per file, one line: "<path>: <n> events, <m> errors", then one indented line per libical error.
Exit codes: 0 every file clean; 1 a file does not parse or holds an error; 2 usage;
3 libical cannot be loaded (one line on stderr says which package is missing).
"""
import sys

MISSING = 3


def load_libical():
    """The ICalGLib module, or None after one line on stderr saying what to install."""
    try:
        import gi
    except ImportError:
        print(
            "ical-check: python3-gi is not installed for "
            + sys.executable
            + " (apt-get install python3-gi gir1.2-ical-3.0)",
            file=sys.stderr,
        )
        return None
    try:
        gi.require_version("ICalGLib", "3.0")
        from gi.repository import ICalGLib
    except (ValueError, ImportError):
        print(
            "ical-check: libical's introspection data is not installed"
            " (apt-get install gir1.2-ical-3.0)",
            file=sys.stderr,
        )
        return None
    return ICalGLib


def x_lic_errors(ical, component):
    """Every X-LIC-ERROR libical attached to the component and the components inside it."""
    errors = []
    kind = ical.PropertyKind.XLICERROR_PROPERTY
    prop = component.get_first_property(kind)
    while prop is not None:
        errors.append(prop.get_xlicerror())
        prop = component.get_next_property(kind)
    any_kind = ical.ComponentKind.ANY_COMPONENT
    child = component.get_first_component(any_kind)
    while child is not None:
        errors.extend(x_lic_errors(ical, child))
        child = component.get_next_component(any_kind)
    return errors


def check_file(ical, path):
    """Prints the file's line(s); True when libical found nothing wrong."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        print(f"{path}: cannot read ({error})")
        return False
    calendar = ical.Component.new_from_string(text)
    if calendar is None:
        print(f"{path}: does not parse")
        return False
    # libical marks broken RFC 5545 restrictions by adding X-LIC-ERROR properties in place.
    ical.restriction_check(calendar)
    errors = x_lic_errors(ical, calendar)
    events = calendar.count_components(ical.ComponentKind.VEVENT_COMPONENT)
    print(f"{path}: {events} events, {len(errors)} errors")
    for error in errors:
        print(f"  {error}")
    return not errors


def main(paths):
    if not paths or paths[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ical = load_libical()
    if ical is None:
        return MISSING
    results = [check_file(ical, path) for path in paths]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
