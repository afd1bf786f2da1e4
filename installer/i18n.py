#!/usr/bin/env python3
"""Translation catalogues: update them from the sources, fill in the Welsh, check them.

Usage (from anywhere; paths are relative to the repository root):

    .venv/bin/python installer/i18n.py update   # lupdate, English = source, Welsh from cy.toml
    .venv/bin/python installer/i18n.py fill     # Welsh from assets/i18n/cy.toml only
    .venv/bin/python installer/i18n.py check    # exit 1 on empty Welsh or wrong placeholders

The Welsh lives in assets/i18n/cy.toml, one table per context, the English source as key:

    [HomeScreen]
    "What would you like to do?" = "Beth hoffech chi ei wneud?"
    "%n project(s)" = ["%n prosiect", "%n prosiect", "%n prosiect", "%n prosiect", "%n prosiect"]

A numerus message takes one string per <numerusform> of the Welsh .ts, in Qt's order for Welsh:
n = 0, n = 1, n = 2 to 5, n = 6, any other n (Qt Linguist's numerus rules; check with
`.venv/bin/python installer/i18n.py forms`). Every Welsh translation written here stays
"unfinished" with a translator comment until a Welsh translator reviews it; lrelease includes
unfinished translations unless it is given -nounfinished.

English numerus forms come from a "(s)", "(es)" or "y(ies)" in the source ("%n project(s)" gives
"%n project" / "%n projects"); sources that cannot be read that way take their forms from
assets/i18n/en.toml, in the same shape as cy.toml.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
WELSH_TS = I18N / "qspace_cy.ts"
ENGLISH_TS = I18N / "qspace_en.ts"
WELSH_TOML = I18N / "cy.toml"
ENGLISH_TOML = I18N / "en.toml"
LANGUAGES = {WELSH_TS: "cy_GB", ENGLISH_TS: "en_GB"}
SOURCE_LANGUAGE = "en_GB"
REVIEW_NOTE = "Needs review by a Welsh translator"
# Qt's Welsh numerus forms, in .ts order (qttools src/linguist/shared/numerus.cpp; checked
# against QTranslator: 0 → form 0, 1 → 1, 2..5 → 2, 6 → 3, anything else → 4).
WELSH_FORMS = ("n = 0", "n = 1", "n = 2 to 5", "n = 6", "other n")
PLACEHOLDER = re.compile(r"%L?(?:n|[1-9][0-9]?)")
PLURAL_MARK = re.compile(r"y\(ies\)|\(es\)|\(s\)")
SINGULAR = {"y(ies)": "y", "(es)": "", "(s)": ""}
PLURAL = {"y(ies)": "ies", "(es)": "es", "(s)": "s"}
GONE = {"obsolete", "vanished"}


class CatalogueError(Exception):
    """A problem in a catalogue or in cy.toml that the developer has to fix."""


@dataclass
class Report:
    """What fill() changed and what it could not do."""

    written: int = 0
    kept_reviewed: int = 0
    missing: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


# --- the .ts file ------------------------------------------------------------------------------


def read_ts(path: Path) -> ET.Element:
    """Parse a Qt Linguist .ts file; the <TS> element."""
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise CatalogueError(f"cannot read {path}: {error}") from error


def _escape(text: str, *, attribute: bool = False) -> str:
    """Escape as lupdate does (&apos; and &quot; too, so the two tools agree byte for byte)."""
    text = (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )
    return text.replace("\n", "&#xa;") if attribute else text


def _lines(element: ET.Element, depth: int) -> Iterator[str]:
    """An element as lupdate lays it out: <context> at column 0, then 4 spaces a level."""
    indent = "    " * max(depth - 1, 0)
    attrs = "".join(
        f' {key}="{_escape(value, attribute=True)}"' for key, value in element.attrib.items()
    )
    if len(element):
        yield f"{indent}<{element.tag}{attrs}>"
        for child in element:
            yield from _lines(child, depth + 1)
        yield f"{indent}</{element.tag}>"
    elif element.tag == "location" and not element.text:
        yield f"{indent}<{element.tag}{attrs}/>"
    else:
        yield f"{indent}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>"


def write_ts(root: ET.Element, path: Path) -> None:
    """Write a .ts file as lupdate does: declaration, DOCTYPE, the same layout and escaping."""
    body = "\n".join(_lines(root, 0))
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    """(context name, <message>) for every live message; vanished and obsolete ones are skipped."""
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in GONE:
                continue
            yield name, message


def source_of(message: ET.Element) -> str:
    """The English source text of a message."""
    return message.findtext("source", default="")


def is_numerus(message: ET.Element) -> bool:
    """Whether the message has plural forms (tr() with a count)."""
    return message.get("numerus") == "yes"


def translation_of(message: ET.Element) -> ET.Element:
    """The message's <translation>, created in its place (before any <userdata>) if missing."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.Element("translation", type="unfinished")
        after = [i for i, child in enumerate(message) if child.tag not in ("userdata", "extra")]
        message.insert(after[-1] + 1 if after else 0, translation)
    return translation


def forms_of(message: ET.Element) -> list[str]:
    """The translated text: one item, or one per numerusform."""
    translation = translation_of(message)
    if is_numerus(message):
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def set_forms(message: ET.Element, forms: list[str]) -> None:
    """Replace the translated text (one string, or every numerusform in order)."""
    translation = translation_of(message)
    if is_numerus(message):
        for form, text in zip(translation.findall("numerusform"), forms, strict=True):
            form.text = text
    else:
        translation.text = forms[0]


def set_translator_comment(message: ET.Element, text: str | None) -> None:
    """Set or remove <translatorcomment>, which the DTD puts just before <translation>."""
    existing = message.find("translatorcomment")
    if text is None:
        if existing is not None:
            message.remove(existing)
        return
    if existing is None:
        existing = ET.Element("translatorcomment")
        message.insert(list(message).index(translation_of(message)), existing)
    existing.text = text


def set_language(root: ET.Element, language: str) -> None:
    """Name the catalogue's language (it decides the number of plural forms) and the source's."""
    root.set("language", language)
    root.set("sourcelanguage", SOURCE_LANGUAGE)


def placeholders(text: str) -> set[str]:
    """The %1, %2 … and %n markers in a text (%L1 counts as %1)."""
    return {marker.replace("%L", "%") for marker in PLACEHOLDER.findall(text)}


# --- cy.toml and en.toml -----------------------------------------------------------------------


def read_toml(path: Path, *, required: bool = True) -> dict[str, dict[str, str | list[str]]]:
    """Load a catalogue table: {context: {English source: text or list of forms}}."""
    if not path.exists() and not required:
        return {}
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"cannot read {path}: {error}") from error
    for context, entries in data.items():
        if not isinstance(entries, dict):
            raise CatalogueError(f"{path.name}: [{context}] must be a table of source = text")
        for source, text in entries.items():
            ok = isinstance(text, str) or (
                isinstance(text, list) and all(isinstance(item, str) for item in text)
            )
            if not ok:
                raise CatalogueError(
                    f"{path.name}: [{context}] {source!r} must be a string or a list of strings"
                )
    return data


def _as_forms(
    context: str, message: ET.Element, value: str | list[str], count: int, origin: str
) -> list[str]:
    """The value from a TOML file as a list of forms, checked against the message's shape."""
    where = f"{origin}: [{context}] {source_of(message)!r}"
    if not is_numerus(message):
        if not isinstance(value, str):
            raise CatalogueError(f"{where} takes one string, not a list")
        return [value]
    if isinstance(value, str):
        raise CatalogueError(f"{where} is a plural message: give a list of {count} forms")
    if len(value) != count:
        raise CatalogueError(f"{where} needs {count} forms (the .ts has {count}), not {len(value)}")
    return list(value)


# --- English -----------------------------------------------------------------------------------


def english_forms(source: str) -> tuple[str, str] | None:
    """Singular and plural of a source that marks its plural: "%n cycle(s)" → cycle / cycles."""
    if not PLURAL_MARK.search(source):
        return None
    return (
        PLURAL_MARK.sub(lambda m: SINGULAR[m.group()], source),
        PLURAL_MARK.sub(lambda m: PLURAL[m.group()], source),
    )


def fill_english(path: Path = ENGLISH_TS, overrides_path: Path = ENGLISH_TOML) -> int:
    """Every English translation = its source (plural forms spelt out), marked finished."""
    root = read_ts(path)
    set_language(root, LANGUAGES.get(path, "en_GB"))
    overrides = read_toml(overrides_path, required=False)
    count = 0
    for context, message in messages(root):
        source = source_of(message)
        translation = translation_of(message)
        if is_numerus(message):
            slots = len(translation.findall("numerusform"))
            override = overrides.get(context, {}).get(source)
            if override is not None:
                forms = _as_forms(context, message, override, slots, overrides_path.name)
            else:
                pair = english_forms(source)
                if pair is None:
                    sys.stderr.write(
                        f"warning: [{context}] {source!r} has no (s) to make a plural;"
                        f" add its forms to {overrides_path.name}\n"
                    )
                    pair = (source, source)
                forms = [pair[0], *[pair[1]] * (slots - 1)]
            set_forms(message, forms)
        else:
            set_forms(message, [source])
        translation.attrib.pop("type", None)
        count += 1
    write_ts(root, path)
    return count


# --- Welsh -------------------------------------------------------------------------------------


def fill_welsh(path: Path = WELSH_TS, toml_path: Path = WELSH_TOML) -> Report:
    """Merge cy.toml into the Welsh .ts; each translation written is left for review.

    A translation a reviewer has marked finished in Qt Linguist is never overwritten: if it
    differs from cy.toml it is reported, so that the reviewed wording can go into cy.toml.
    """
    root = read_ts(path)
    set_language(root, LANGUAGES.get(path, "cy_GB"))
    welsh = read_toml(toml_path)
    report = Report()
    used: set[tuple[str, str]] = set()
    for context, message in messages(root):
        source = source_of(message)
        value = welsh.get(context, {}).get(source)
        if value is None:
            report.missing.append(f"[{context}] {source!r}")
            continue
        used.add((context, source))
        translation = translation_of(message)
        slots = len(translation.findall("numerusform")) if is_numerus(message) else 1
        forms = _as_forms(context, message, value, slots, toml_path.name)
        reviewed = translation.get("type") is None and any(forms_of(message))
        if reviewed:
            if forms_of(message) == forms:
                report.kept_reviewed += 1
            else:
                report.conflicts.append(f"[{context}] {source!r}")
            if message.findtext("translatorcomment") == REVIEW_NOTE:
                set_translator_comment(message, None)
            continue
        set_forms(message, forms)
        translation.set("type", "unfinished")
        set_translator_comment(message, REVIEW_NOTE)
        report.written += 1
    report.unused = [
        f"[{context}] {source!r}"
        for context, entries in welsh.items()
        for source in entries
        if (context, source) not in used
    ]
    write_ts(root, path)
    return report


def problems(path: Path = WELSH_TS) -> list[str]:
    """Welsh messages with an empty translation or with placeholders unlike the source's."""
    found = []
    for context, message in messages(read_ts(path)):
        source = source_of(message)
        forms = forms_of(message)
        where = f"[{context}] {source!r}"
        if not forms or any(not form.strip() for form in forms):
            found.append(f"{where}: no translation")
            continue
        wanted = placeholders(source)
        for index, form in enumerate(forms):
            got = placeholders(form)
            if got != wanted:
                which = f" (plural form {index + 1})" if is_numerus(message) else ""
                found.append(
                    f"{where}{which}: placeholders {sorted(got)}, source has {sorted(wanted)}"
                )
    return found


# --- commands ----------------------------------------------------------------------------------


def _tool(name: str) -> str:
    """A Qt tool from the virtual environment this runs in, the repository's .venv, or PATH."""
    for candidate in (Path(sys.executable).parent / name, ROOT / ".venv" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise CatalogueError(f"{name} not found: run 'make setup' first")
    return found


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _print_report(report: Report, toml_path: Path) -> None:
    _out(
        f"Welsh: {report.written} translation(s) written from {toml_path.name}, "
        "marked unfinished for review."
    )
    if report.kept_reviewed:
        _out(f"Welsh: {report.kept_reviewed} reviewed translation(s) kept as they are.")
    for title, items in (
        (f"not in {toml_path.name} (left as they are)", report.missing),
        (f"in {toml_path.name} but not in the sources (stale?)", report.unused),
        (
            f"reviewed in Qt Linguist but different in {toml_path.name} (copy the reviewed "
            "wording into it)",
            report.conflicts,
        ),
    ):
        if items:
            sys.stderr.write(f"warning: {len(items)} message(s) {title}:\n")
            for item in items:
                sys.stderr.write(f"  {item}\n")


def translatable_sources() -> list[Path]:
    """Every module whose texts go through tr(): the screens layer and the composition root."""
    return sorted({*ROOT.glob("screens/**/*.py"), *ROOT.glob("app/*.py")})


def command_update(args: argparse.Namespace) -> int:
    """lupdate both catalogues, then fill the English and merge the Welsh."""
    sources = translatable_sources()
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *(str(p.relative_to(ROOT)) for p in sources),
            "-no-obsolete",
            "-ts",
            str(WELSH_TS.relative_to(ROOT)),
            str(ENGLISH_TS.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    _out(f"English: {fill_english()} translation(s), source text as translation, finished.")
    return command_fill(args)


def command_fill(args: argparse.Namespace) -> int:
    """Merge cy.toml into the Welsh catalogue."""
    report = fill_welsh(args.ts, args.toml)
    _print_report(report, args.toml)
    return 0


def command_check(args: argparse.Namespace) -> int:
    """Exit 1 listing every Welsh message that is empty or has the wrong placeholders."""
    found = problems(args.ts)
    for line in found:
        _out(line)
    if found:
        _out(f"{len(found)} problem(s) in {args.ts.name}.")
        return 1
    _out(f"{args.ts.name}: every message has a Welsh translation with the right placeholders.")
    return 0


def command_forms(_args: argparse.Namespace) -> int:
    """Show Qt's Welsh plural forms, in the order cy.toml lists them."""
    for index, rule in enumerate(WELSH_FORMS, start=1):
        _out(f"form {index}: {rule}")
    return 0


def parser() -> argparse.ArgumentParser:
    """The command line."""
    cli = argparse.ArgumentParser(prog="installer/i18n.py", description=__doc__.split("\n")[0])
    commands = cli.add_subparsers(dest="command", required=True)
    for name, run, text in (
        ("update", command_update, "run lupdate, fill the English, merge cy.toml"),
        ("fill", command_fill, "merge cy.toml into the Welsh catalogue"),
        ("check", command_check, "list empty Welsh or placeholders unlike the source"),
        ("forms", command_forms, "show the order of Qt's Welsh plural forms"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.set_defaults(run=run)
        if name in ("fill", "check"):
            sub.add_argument("--ts", type=Path, default=WELSH_TS, help="the Welsh .ts file")
        if name == "fill":
            sub.add_argument("--toml", type=Path, default=WELSH_TOML, help="the Welsh TOML")
        if name == "update":
            sub.set_defaults(ts=WELSH_TS, toml=WELSH_TOML)
    return cli


def main(argv: list[str] | None = None) -> int:
    """Run a command; 0 on success, 1 when check finds problems, 2 on errors."""
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (CatalogueError, subprocess.CalledProcessError) as error:
        sys.stderr.write(f"error: {error}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
