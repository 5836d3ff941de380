"""The interface language of the core and the command line (drafter/i18n.py): how it is chosen,
the Spanish and French catalogues, and no English left in what the command line shows."""

from __future__ import annotations

import ast
import contextlib
import gettext
import io
import json
import os
import re
import string
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from drafter import cli, i18n
from drafter.errors import NotADocxError
from tests.conftest import ROOT

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog, Message

LOCALE = ROOT / "drafter" / "locale"
SAMPLE = ROOT / "resources" / "sample" / "sample-draft.docx"
DEV = ROOT / "tests" / "dev_drafts"


@pytest.fixture
def no_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """No explicit choice and no locale variable: each test sets what it needs."""
    for variable in (i18n.ENV_VARIABLE, *i18n.LOCALE_VARIABLES):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")


def save_choice(value: str) -> Path:
    """The app's settings file with ``interface_language`` set, as QSettings writes a key without
    a group (beside the app's other settings)."""
    path = i18n.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"[General]\ninterface_language={value}\n\n[appearance]\ntheme=dark\n\n"
        "[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb 100%)\n",
        encoding="utf-8",
    )
    return path


# ---------------------------------------------------------------- how the language is chosen


def test_an_explicit_choice_comes_first(no_choice: None, monkeypatch: pytest.MonkeyPatch) -> None:
    save_choice("es")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.setenv(i18n.ENV_VARIABLE, "es")
    assert i18n.resolve_language("fr") == "fr"
    assert i18n.set_language("fr") == "fr" and i18n.language() == "fr"


def test_then_the_environment_variable(no_choice: None, monkeypatch: pytest.MonkeyPatch) -> None:
    save_choice("fr")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.setenv(i18n.ENV_VARIABLE, "es_MX.UTF-8")  # a locale name will do
    assert i18n.resolve_language() == "es"
    monkeypatch.setenv(i18n.ENV_VARIABLE, "system")  # follows the rest of the order
    assert i18n.resolve_language() == "fr"


def test_then_the_choice_saved_in_the_app(no_choice: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert i18n.resolve_language() == "es"
    save_choice("fr")
    assert i18n.saved_language() == "fr"
    assert i18n.resolve_language() == "fr"
    save_choice("system")  # the system's
    assert i18n.saved_language() is None and i18n.resolve_language() == "es"
    i18n.settings_file().write_text("not [an INI file\n=", encoding="utf-8")
    assert i18n.resolve_language() == "es"


def test_the_settings_file_is_the_apps_and_qsettings_writes_what_is_read(no_choice: None) -> None:
    """The app writes the key with QSettings (drafter/app/settings.py): the INI it writes, with
    its other settings, is read here without Qt."""
    from PySide6.QtCore import QSettings

    from drafter.app.settings import AppSettings, SettingsStore

    store = SettingsStore()
    assert store.path == i18n.settings_file()
    store.save(AppSettings(author="Ana Pérez", library_dirs=["/a, b", "/c"], recent_files=["/d%e.docx"]))
    store.save_window_state(b"\x01\xd9\xd0\xcb geometry", b"state")
    store.qsettings.setValue(i18n.SETTINGS_KEY, "fr")
    store.qsettings.sync()
    assert i18n.saved_language() == "fr"
    assert i18n.resolve_language() == "fr"
    other = QSettings(str(store.path), QSettings.Format.IniFormat)
    other.setValue(i18n.SETTINGS_KEY, "system")
    other.sync()
    assert i18n.saved_language() is None


def test_then_the_system_locale_as_gettext_reads_it(no_choice: None, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "fr_CA.UTF-8", "LANG": "es_ES.UTF-8"}
    assert i18n.system_language(env) == "fr"  # LC_MESSAGES before LANG
    assert i18n.system_language({**env, "LC_ALL": "es_AR"}) == "es"  # LC_ALL before LC_MESSAGES
    assert i18n.system_language({**env, "LANGUAGE": "de:es:fr"}) == "es"  # the first Drafter speaks
    # The first variable set decides, as in gettext: a language Drafter does not speak is English.
    assert i18n.system_language({"LC_ALL": "C.UTF-8", "LANG": "fr_FR"}) is None
    assert i18n.system_language({"LANG": "de_DE.UTF-8"}) is None
    monkeypatch.setenv("LANG", "fr_FR@euro")
    assert i18n.resolve_language() == "fr"


def test_on_windows_without_variables_the_display_language(
    no_choice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(i18n, "_windows_language", lambda: "es")
    assert i18n.system_language({}) == "es"
    assert i18n.system_language({"LANG": "fr_FR"}) == "fr"


def test_else_english(no_choice: None) -> None:
    assert i18n.resolve_language() == "en"
    assert i18n.set_language("de") == "en"
    assert i18n._("Reinstall Drafter.") == "Reinstall Drafter."


def test_the_tests_speak_english() -> None:
    assert i18n.language() == "en"


def test_messages_follow_the_language_chosen() -> None:
    i18n.set_language("es")
    assert i18n._("Reinstall Drafter.") == "Vuelva a instalar Drafter."
    assert i18n.ngettext("{n} finding", "{n} findings", 1).format(n=1) == "1 observación"
    assert i18n.pgettext("stance", "contrary") == "contraria"
    i18n.set_language("fr")
    assert i18n.ngettext("{n} finding", "{n} findings", 0).format(n=0) == "0 constatation"
    assert i18n.pgettext("stance", "weak") == "faible"
    error = NotADocxError(i18n._("{name} is empty (0 bytes).").format(name="'x.docx'"))
    assert error.message == "'x.docx' est vide (0 octet)."


def test_every_command_takes_lang(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (
        [],
        ["analyze"],
        ["report"],
        ["compare"],
        ["annotate"],
        ["gui"],
        ["library"],
        ["library", "check"],
    ):
        with pytest.raises(SystemExit):
            cli.main([*command, "--lang", "fr", "--help"])
        out = capsys.readouterr().out
        assert out.startswith("usage : drafter"), command
        assert "--lang {en,es,fr}" in out
    assert i18n.language() == "en"  # a command run in this process leaves its language as it was
    with pytest.raises(SystemExit):
        cli.main(["--lang=es", "analyze", "--help"])
    assert capsys.readouterr().out.startswith("uso: drafter analyze")


def test_the_environment_variable_reaches_the_program(tmp_path: Path) -> None:
    text = tmp_path / "notes.docx"
    text.write_text("plain text", encoding="utf-8")
    env = {**os.environ, "DRAFTER_LANGUAGE": "es"}
    run = subprocess.run(
        [sys.executable, "-m", "drafter", "analyze", str(text)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("drafter: error: 'notes.docx' no es un documento .docx de Word")
    run = subprocess.run(
        [sys.executable, "-m", "drafter", "analyze", str(text), "--lang", "fr"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.stderr.startswith("drafter : erreur : 'notes.docx' n’est pas un document Word .docx")


def test_location_labels_are_shown_in_the_interface_language() -> None:
    from drafter.locations import display_label

    label = "Article 6 bis, paragraph 3 (a)"
    assert display_label(label) == label
    i18n.set_language("es")
    assert display_label(label) == "Artículo 6 bis, párrafo 3 (a)"
    assert display_label("Part II, Article 4, table 1, row 2, column 3") == (
        "Parte II, Artículo 4, cuadro 1, fila 2, columna 3"
    )
    i18n.set_language("fr")
    assert display_label("Preamble") == "Préambule"
    assert display_label("Annex I") == "Annexe I"
    assert display_label("Paragraph 12") == "Paragraphe 12"


def test_the_readable_report_knows_every_place_the_analysis_gives() -> None:
    """drafter.analysis says where a missing clause goes in English (the JSON's ``place``); the
    readable report says it again in the interface language from the same few phrases."""
    source = (ROOT / "drafter" / "analysis.py").read_text(encoding="utf-8")
    said = set(re.findall(r'why = f?"([a-z ]+?)(?: \{|")', source))
    assert said == {
        "beside the existing clause on",
        "after the clause on",
        "after the last provision on impunity",
        "at the end of the draft",
    }
    assert 'return None, "at the end of the draft"' in source
    assert 'f"after {label} ({why})" if label else why' in source


# ---------------------------------------------------------------- the catalogues


def _read_po(lang: str) -> Catalog:
    from babel.messages.pofile import read_po

    with (LOCALE / lang / "LC_MESSAGES" / "drafter.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _key(message: Message) -> tuple[str | None, str]:
    msgid = message.id[0] if isinstance(message.id, tuple) else message.id
    return message.context, msgid


_FIELDS = re.compile(r"%\(\w+\)[sdr]|%[sdr]")


def _placeholders(text: str) -> list[str]:
    """The fields a message is formatted with: {name} (str.format) and %(name)s / %s (argparse)."""
    named = sorted(f"{{{field}}}" for _text, field, _spec, _conv in string.Formatter().parse(text) if field)
    return named + sorted(_FIELDS.findall(text))


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    catalogue = _read_po(lang)
    assert catalogue.num_plurals == 2
    problems = []
    messages = [m for m in catalogue if m.id]
    assert len(messages) > 300
    for m in messages:
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if "fuzzy" in m.flags or not all(s and s.strip() for s in strings):
            problems.append(f"not translated: {m.id!r}")
            continue
        for i, text in enumerate(strings):
            if _placeholders(text) != _placeholders(ids[min(i, len(ids) - 1)]):
                problems.append(f"placeholders differ: {m.id!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_catalogues_are_current() -> None:
    """Extracting the messages of drafter/ again finds no message the catalogues lack, and they
    keep none that is gone (scripts/translations merges and compiles them)."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
    from babel.messages.frontend import parse_mapping_cfg

    with (LOCALE / "babel.cfg").open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)
    keywords = {**DEFAULT_KEYWORDS, "N_": None}
    extracted = set()
    for _filename, _line, message, _comments, context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=keywords
    ):
        extracted.add((context, message[0] if isinstance(message, tuple) else message))
    assert ("stance", "contrary") in extracted and (None, "usage: ") in extracted
    for lang in ("es", "fr"):
        have = {_key(m) for m in _read_po(lang) if m.id}
        assert sorted(extracted - have, key=str) == [], f"{lang}: new messages; run scripts/translations"
        assert sorted(have - extracted, key=str) == [], f"{lang}: messages gone; run scripts/translations"


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_the_compiled_catalogues_match_the_po_files(lang: str) -> None:
    from babel.messages.mofile import write_mo

    compiled = io.BytesIO()
    write_mo(compiled, _read_po(lang))
    compiled.seek(0)
    fresh = gettext.GNUTranslations(compiled)
    with (LOCALE / lang / "LC_MESSAGES" / "drafter.mo").open("rb") as fh:
        shipped = gettext.GNUTranslations(fh)
    assert shipped._catalog == fresh._catalog, "the .mo is stale: run scripts/translations"
    assert [shipped.plural(n) for n in (0, 1, 2)] == [fresh.plural(n) for n in (0, 1, 2)]


def test_no_function_both_binds_and_calls_the_translation_marker() -> None:
    """``_`` is the translation: a function that also uses ``_`` as a throwaway name makes it
    local, and its messages fail when shown (UnboundLocalError)."""
    problems = []
    for path in sorted((ROOT / "drafter").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            binds = calls = False
            for inner in ast.walk(node):
                if isinstance(inner, ast.Name) and inner.id == "_":
                    binds |= isinstance(inner.ctx, ast.Store)
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "_":
                    calls = True
            if binds and calls:
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not problems


def test_the_catalogues_are_packaged() -> None:
    import tomllib

    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "locale/*/LC_MESSAGES/*.mo" in data["tool"]["setuptools"]["package-data"]["drafter"]
    assert "locale" in (ROOT / "packaging" / "drafter.spec").read_text(encoding="utf-8")


# ---------------------------------------------------------------- no English left

# Words of English that are words of neither Spanish nor French (so "a", "no", "an", "or",
# "use", "clause", "usage", "arguments", "score", "table", "suggestion", "provision", "total",
# "options", "article", "document", "version", "error" are not here).
ENGLISH = frozenset(
    re.findall(
        r"\S+",
        """
        the and of to with not draft drafts finding findings is are was were for by this that these
        which from be been it its missing weak contrary conforms conforming summary library model
        why suggested wording what lacks paragraph paragraphs preamble annex footnote earlier later
        changed weakened strengthened added removed reworded unchanged both neither help show
        positional print write wrote cannot does never should must valid invalid found nothing
        every each only also default your you open save choose check damaged folder path name
        language languages amnesty amnesties explicit measures impunity after before beside
        existing end last category categories precedent precedents row column chapter required
        expected unknown than into any all none yes
        """,
    )
)
# What the command line shows in any language: its own names and syntax, proper names, formats.
SYNTAX = re.compile(
    r"--?[a-z][a-z-]*"  # options
    r"|\{[a-z,]+\}"  # choices: {en,es,fr}, {analyze,report,...}
    r"|\bdrafter(?: (?:analyze|report|compare|annotate|gui|library(?: check)?))?\b"  # usage lines
    r"|^ {4}(?:analyze|report|compare|annotate|gui|library|check)\b"  # the commands' list in --help
    r"|\b[A-Z]+(?:_[A-Z]+)+\b"  # DRAFTER_LANGUAGE, DRAFTER_DEBUG
    r"|'[^'\s]+'"  # an identifier quoted: 'amnesty', 'status'
    r"|\bcontrary,weak\b|\bcontrary, weak, conforms\b"  # --stance values
    r"|\S*\.(?:docx|docm|yaml|pdf|csv)\b\S*",  # file names
    re.MULTILINE,
)


def _remove(text: str, data: str) -> str:
    """``text`` without ``data``, wherever textwrap broke its lines (at spaces, after hyphens)."""
    words = [re.escape(w).replace(r"\-", r"-\s*") for w in data.split()]
    if not words:
        return text
    return re.sub(r"\s+".join(words), " ", text)


def _data(value: object, keys: frozenset[str]) -> list[str]:
    """The strings of a JSON output under ``keys``: the draft's own text and the library's."""
    out: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k in keys:
                out += (
                    [v]
                    if isinstance(v, str)
                    else [s for s in v if isinstance(s, str)]
                    if isinstance(v, list)
                    else []
                )
            out += _data(v, keys)
    elif isinstance(value, list):
        for v in value:
            out += _data(v, keys)
    return out


DATA_KEYS = frozenset({"text", "why", "suggestion", "precedents", "clause_id"})


def _english_left(text: str, data: list[str]) -> list[str]:
    for item in sorted(data, key=len, reverse=True):
        text = _remove(text, item)
    text = SYNTAX.sub(" ", text)
    return sorted({w for w in re.findall(r"[^\W\d_]+", text) if w.lower() in ENGLISH})


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """What ``drafter ARGS`` prints (stdout and stderr), run in this process."""
    with contextlib.suppress(SystemExit):
        cli.main(list(args))
    captured = capsys.readouterr()
    return captured.out + captured.err


@pytest.mark.parametrize("lang", ["es", "fr"])
def test_no_english_left_in_what_the_command_line_shows(
    lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(i18n.ENV_VARIABLE, lang)
    i18n.set_language(None)
    assert i18n.language() == lang
    shown: dict[str, tuple[str, list[str]]] = {}
    for command in (
        [],
        ["analyze"],
        ["report"],
        ["compare"],
        ["annotate"],
        ["gui"],
        ["library"],
        ["library", "check"],
    ):
        shown[" ".join([*command, "--help"])] = (_run(capsys, *command, "--help"), [])
    shown["a missing argument"] = (_run(capsys, "compare", str(SAMPLE)), [])
    shown["a wrong stance"] = (_run(capsys, "analyze", str(SAMPLE), "--stance", "strong"), [])

    for draft in (SAMPLE, DEV / "rolling_text_es.docx", DEV / "fr_projet_convention.docx"):
        data = json.loads(_run(capsys, "analyze", str(draft), "--json"))
        shown[f"analyze {draft.name}"] = (_run(capsys, "analyze", str(draft)), _data(data, DATA_KEYS))
    data = json.loads(_run(capsys, "analyze", str(SAMPLE), "--json"))
    shown["analyze --stance"] = (
        _run(capsys, "analyze", str(SAMPLE), "--stance", "contrary,weak"),
        _data(data, DATA_KEYS),
    )

    old, new = DEV / "rolling_text_en.docx", SAMPLE
    data = json.loads(_run(capsys, "compare", str(old), str(new), "--json"))
    shown["compare"] = (_run(capsys, "compare", str(old), str(new)), _data(data, DATA_KEYS))
    shown["library check"] = (_run(capsys, "library", "check"), [])
    shown["library check FILE"] = (
        _run(capsys, "library", "check", str(ROOT / "clause_library" / "categories" / "amnesty.yaml")),
        [],
    )
    refused = tmp_path / "notes.docx"
    refused.write_text("Minutes of the meeting", encoding="utf-8")
    shown["a refused file"] = (_run(capsys, "analyze", str(refused)), [])
    shown["annotate"] = (_run(capsys, "annotate", str(SAMPLE), "-o", str(tmp_path / "out.docx")), [])
    shown["annotate --track-changes"] = (
        _run(capsys, "annotate", str(SAMPLE), "-o", str(tmp_path / "out2.docx"), "--track-changes"),
        [],
    )
    shown["report"] = (_run(capsys, "report", str(SAMPLE), "-o", str(tmp_path / "memo.csv")), [])
    shown["report to the draft"] = (_run(capsys, "report", str(SAMPLE), "-o", str(SAMPLE)), [])

    left = {what: words for what, (text, data) in shown.items() if (words := _english_left(text, data))}
    assert left == {}, "\n\n".join(f"{what}: {words}\n{shown[what][0]}" for what, words in left.items())
    assert (
        "Proyecto:" in shown["analyze sample-draft.docx"][0]
        or "Projet :" in shown["analyze sample-draft.docx"][0]
    )


def test_the_json_is_the_same_in_every_language(capsys: pytest.CaptureFixture[str]) -> None:
    draft, old = DEV / "rolling_text_es.docx", DEV / "rolling_text_en.docx"
    outputs = {
        lang: (
            _run(capsys, "analyze", str(draft), "--json", "--lang", lang),
            _run(capsys, "compare", str(old), str(SAMPLE), "--json", "--lang", lang),
        )
        for lang in i18n.LANGUAGES
    }
    assert outputs["es"] == outputs["en"] == outputs["fr"]
    assert json.loads(outputs["es"][0])["findings"][0]["stance"] in ("conforms", "weak", "contrary")


def test_the_english_word_test_finds_english() -> None:
    """The check above fails on English, and keeps the draft's own words out of it."""
    assert _english_left("Resumen: 2 contrarias (3 findings).", []) == ["findings"]
    quoted = "The State shall not grant amnesties to persons responsible for the crimes."
    wrapped = '    "The State shall not grant amnesties to persons\n     responsible for the crimes."'
    assert _english_left(f"Observaciones (1)\n{wrapped}", [quoted]) == []
    assert _english_left("uso: drafter analyze [-h] [--json] proyecto  sample-draft.docx", []) == []
