"""The command line: a thin layer over the library (see CONTRACT.md).

Data goes to stdout or --out; messages go to stderr. A failed input prints one
line, ``error: <path>: <reason>``, and the batch goes on; the exit code is 1
when any input failed, 2 on a usage error.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .batch import BatchSettings, find_pdfs, parse_json_work, parse_work, run_batch
from .errors import InputError
from .exporters import atomic_replace_dir, atomic_write_text, result_frames, result_markdown, table_frame
from .cli_store import register_store_commands, warn_dask_limits
from .progress import BatchProgress
from .records import ParseResult, parse_result_from_dict

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    help="Read French urban-renewal documents (délibérations, avenants, conventions) as data.",
)


class ParseFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    md = "md"
    csv = "csv"
    parquet = "parquet"


class DiffFormat(str, Enum):
    text = "text"
    md = "md"
    html = "html"
    json = "json"


class ConsolidateFormat(str, Enum):
    json = "json"
    md = "md"


class OcrMode(str, Enum):
    auto = "auto"
    never = "never"
    always = "always"


def _say(message: str) -> None:
    """Progress for a person watching; silent when stderr is not a terminal."""
    if sys.stderr.isatty():
        print(message, file=sys.stderr)


def _fail(path: str, reason: str) -> None:
    print(f"error: {path}: {reason}", file=sys.stderr)


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _emit(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        atomic_write_text(out, text)


def _password(password: Optional[str], password_file: Optional[Path]) -> Optional[str]:
    """--password, or the first line of --password-file (kept off the command line and shell history)."""
    if password is not None and password_file is not None:
        raise typer.BadParameter("give --password or --password-file, not both")
    if password_file is None:
        return password
    try:
        lines = password_file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise typer.BadParameter(f"cannot read --password-file {password_file}: {exc.strerror}") from exc
    return lines[0] if lines else ""


PASSWORD_HELP = "Password of encrypted PDFs."
PASSWORD_FILE_HELP = "File whose first line is the password of encrypted PDFs."


def _parse_one(path: Path, ocr: str, password: Optional[str] = None,
               rules: tuple[str, ...] = ()) -> Optional[ParseResult]:
    """Parse one input; on failure print its error line and return None. rules: the
    --rules directories (checked already by checked_rules)."""
    from .pipeline import parse_pdf
    from .rules import load_rules

    try:
        result = parse_pdf(path, ocr=ocr, password=password, rules=load_rules(extra=rules) if rules else None)
    except InputError as exc:
        _fail(str(path), str(exc))
        return None
    except Exception as exc:  # never a traceback for one bad input
        _fail(str(path), f"internal error: {type(exc).__name__}: {exc}")
        return None
    _say(f"parsed {path}: {result.source.pages} pages, {len(result.parts)} part(s)")
    return result


def _write_tables(result: ParseResult, directory: Path, prefix: str, fmt: str) -> None:
    """One file per table and per record type, named ``<prefix>.<what>.<fmt>``."""

    def fill(tmp: Path) -> None:
        for name, frame in result_frames(result).items():
            _save_frame(frame, tmp / f"{prefix}.{name}.{fmt}", fmt)
        for p_i, part in enumerate(result.parts):
            for table in part.tables:
                _save_frame(table_frame(table), tmp / f"{prefix}.part{p_i}.{table.id}.{fmt}", fmt)

    atomic_replace_dir(directory, fill)


def _file_prefix(path: Path, used: set[str]) -> str:
    """The input's file stem; inputs of one batch that share a stem get a number,
    so that a.pdf and other/a.pdf do not overwrite each other's files."""
    prefix, n = path.stem, 2
    while prefix in used:
        prefix, n = f"{path.stem}-{n}", n + 1
    used.add(prefix)
    return prefix


def _save_frame(frame, path: Path, fmt: str) -> None:
    if fmt == "csv":
        frame.to_csv(path, index=False)
    else:
        try:
            frame.to_parquet(path, index=False)
        except ImportError as exc:
            raise InputError("Parquet export needs pyarrow: pip install 'convention-parser[parquet]'") from exc


RULES_HELP = "A directory of extractor rule files (*.toml) adding to or replacing the shipped families; repeatable."


def checked_rules(dirs: List[Path]) -> tuple[str, ...]:
    """The --rules directories, their files checked now (a usage error names the file and key)."""
    from .rules import RuleError, extra_dirs, load_rules

    extra = extra_dirs(dirs)
    for d in dirs:
        if not d.is_dir():
            raise typer.BadParameter(f"--rules {d}: not a directory")
    try:
        load_rules(extra=extra)
    except RuleError as exc:
        raise typer.BadParameter(str(exc)) from exc
    return extra


@app.command()
def parse(
    pdfs: List[Path] = typer.Argument(..., help="PDF files, or folders (read recursively for PDFs)."),
    format: ParseFormat = typer.Option(ParseFormat.json, "--format", "-f", help="Output format."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File (json, jsonl, md) or directory (csv, parquet)."),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr", help="OCR pages without a text layer: auto, never, always."),
    password: Optional[str] = typer.Option(None, "--password", help=PASSWORD_HELP),
    password_file: Optional[Path] = typer.Option(None, "--password-file", help=PASSWORD_FILE_HELP),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Worker processes (default: the machine's cores)."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=0.001,
                                            help="Seconds per file: a file still parsing then is stopped and reported failed."),
    max_memory: int = typer.Option(BatchSettings.memory_mb, "--max-memory", min=0,
                                   help="Address space per worker in MB (0: no limit)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Parse on a Dask cluster: its scheduler's address."),
    rules: List[Path] = typer.Option([], "--rules", help=RULES_HELP),
) -> None:
    """Parse PDFs into structured records (JSON by default)."""
    fmt = format.value
    secret = _password(password, password_file)
    extra_rules = checked_rules(rules)
    if fmt in ("csv", "parquet") and out is None:
        raise typer.BadParameter(f"--format {fmt} writes one file per table: give a directory with --out")
    inputs = find_pdfs(pdfs)
    if not inputs:
        for folder in pdfs:
            _fail(str(folder), "no PDF in this folder")
        raise typer.Exit(1)
    # One file named alone: one JSON object and no closing line, as before batches existed.
    single = len(pdfs) == 1 and len(inputs) == 1 and not pdfs[0].is_dir()
    settings = BatchSettings(jobs=jobs, timeout=timeout, memory_mb=max_memory or None, ocr=ocr.value, dask=dask,
                             password=secret, rules=extra_rules)
    warn_dask_limits(settings)
    results: list[ParseResult] = []
    prefixes: set[str] = set()
    written = 0
    try:
        with BatchProgress(len(inputs), closing=not single) as progress:
            # jsonl: the workers send each output's JSON line, the parent only writes it.
            work = parse_json_work if fmt == "jsonl" else parse_work
            for outcome in run_batch(inputs, settings, work=work):
                path = outcome.path
                if not outcome.ok:
                    progress.fail(str(path), outcome.error or "failed")
                    continue
                if fmt == "jsonl":
                    # Streamed: each finished input is written at once.
                    line = outcome.value + "\n"
                    if out is None:
                        sys.stdout.write(line)
                        sys.stdout.flush()
                    else:
                        with open(out, "a" if written else "w", encoding="utf-8") as fh:
                            fh.write(line)
                    written += 1
                    progress.ok(str(path))
                    continue
                result: ParseResult = outcome.value
                if fmt in ("csv", "parquet"):
                    try:
                        _write_tables(result, out, _file_prefix(path, prefixes), fmt)  # type: ignore[arg-type]
                    except InputError as exc:
                        progress.fail(str(path), str(exc))
                        continue
                else:
                    results.append(result)
                if single:
                    _say(f"parsed {path}: {result.source.pages} pages, {len(result.parts)} part(s)")
                progress.ok(str(path))
    except (OSError, RuntimeError) as exc:  # the cluster cannot be reached, --out cannot be written
        _fail(dask or str(out or "parse"), f"{type(exc).__name__}: {exc}")
        raise typer.Exit(1)
    if fmt == "json" and results:
        payload = results[0].to_dict() if single else [r.to_dict() for r in results]
        _emit(_dump(payload), out)
    elif fmt == "md" and results:
        _emit("\n".join(result_markdown(r) for r in results), out)
    raise typer.Exit(1 if progress.failed else 0)


def load_input(path: Path, ocr: str = "auto", password: Optional[str] = None,
               rules: tuple[str, ...] = ()) -> Optional[ParseResult]:
    """A PDF is parsed; a .json file is read as a parse output."""
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return parse_result_from_dict(data)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            _fail(str(path), f"not a parse output JSON ({type(exc).__name__})")
            return None
    return _parse_one(path, ocr, password, rules)


@app.command()
def diff(
    old: Path = typer.Argument(..., help="Old version: PDF or parse JSON."),
    new: Path = typer.Argument(..., help="New version (a later convention, or an avenant to OLD): PDF or JSON."),
    format: DiffFormat = typer.Option(DiffFormat.text, "--format", "-f"),
    out: Optional[Path] = typer.Option(None, "--out", "-o"),
    exit_code: bool = typer.Option(False, "--exit-code", help="Exit 1 when changes were found."),
    password: Optional[str] = typer.Option(None, "--password", help=PASSWORD_HELP),
    password_file: Optional[Path] = typer.Option(None, "--password-file", help=PASSWORD_FILE_HELP),
    db: Optional[Path] = typer.Option(None, "--db", help="Also store the changes in this DuckDB store, "
                                      "with both documents' ids (each version stored if missing)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Folders: worker processes parsing the PDFs (default: the cores)."),
    rules: List[Path] = typer.Option([], "--rules", help=RULES_HELP),
) -> None:
    """List what changed between two versions of a convention (or two folders of them, file by file)."""
    from .diff import diff_versions, render_diff

    secret = _password(password, password_file)
    extra_rules = checked_rules(rules)
    if old.is_dir() or new.is_dir():
        if not (old.is_dir() and new.is_dir()):
            raise typer.BadParameter("OLD and NEW must both be folders, or both files")
        _diff_folders(old, new, format.value, out, exit_code, secret, db, jobs, extra_rules)
        return
    a, b = load_input(old, password=secret, rules=extra_rules), load_input(new, password=secret, rules=extra_rules)
    if a is None or b is None:
        raise typer.Exit(1)
    result = diff_versions(a, b)
    if db is not None:
        from .store import Store

        try:
            with Store(db) as store:
                store.add_diff(store.ensure_document(a.to_dict()), store.ensure_document(b.to_dict()),
                               result.to_dict())
        except Exception as exc:  # noqa: BLE001 - one line, never a traceback
            _fail(str(db), f"cannot store the diff: {type(exc).__name__}: {exc}")
            raise typer.Exit(1)
    _emit(render_diff(result, format.value), out)
    raise typer.Exit(1 if (exit_code and result.changes) else 0)


def _store_diff(db: Path, pairs) -> None:
    """Each (old ParseResult, new ParseResult, DiffResult) into the store, with both ids."""
    from .store import Store

    with Store(db) as store:
        for a, b, result in pairs:
            store.add_diff(store.ensure_document(a.to_dict()), store.ensure_document(b.to_dict()), result.to_dict())


def _diff_folders(old: Path, new: Path, fmt: str, out: Optional[Path], exit_code: bool,
                  secret: Optional[str], db: Optional[Path], jobs: Optional[int],
                  rules: tuple[str, ...] = ()) -> None:
    """``diff OLD_DIR NEW_DIR``: files paired by relative path (then by unique name), each
    PDF parsed once in the batch pool, each pair diffed; files left alone reported."""
    from .diff import diff_versions
    from .folder_diff import pair_files, pair_folders, render_folder, write_html

    if fmt == "html" and out is None:
        raise typer.BadParameter("--format html on folders writes one page per pair: give a directory with --out")
    pairing = pair_folders(old, new)
    pdfs = list(pair_files(pairing))
    jsons = sorted({f for p in pairing.pairs for f in (p.old, p.new) if f.suffix.lower() == ".json"})
    parsed: dict[Path, ParseResult] = {}
    errors: dict[Path, str] = {}
    with BatchProgress(len(pdfs) + len(jsons)) as progress:
        for f in jsons:
            try:
                parsed[f] = parse_result_from_dict(json.loads(f.read_text(encoding="utf-8")))
                progress.ok(str(f))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                errors[f] = f"not a parse output JSON ({type(exc).__name__})"
                progress.fail(str(f), errors[f])
        for outcome in run_batch(pdfs, BatchSettings(jobs=jobs, password=secret, rules=rules)):
            if outcome.ok:
                parsed[outcome.path] = outcome.value
                progress.ok(str(outcome.path))
            else:
                errors[outcome.path] = outcome.error or "failed"
                progress.fail(str(outcome.path), errors[outcome.path])
        stored = []
        for pair in pairing.pairs:
            if pair.old in parsed and pair.new in parsed:
                pair.diff = diff_versions(parsed[pair.old], parsed[pair.new])
                stored.append((parsed[pair.old], parsed[pair.new], pair.diff))
            else:
                pair.error = "; ".join(f"{f}: {errors.get(f, 'not parsed')}" for f in (pair.old, pair.new)
                                       if f not in parsed)
        alone = len(pairing.only_old) + len(pairing.only_new)
        if alone:
            progress.extra["unpaired"] = alone
        if db is not None and stored:
            try:
                _store_diff(db, stored)
            except Exception as exc:  # noqa: BLE001 - one line, never a traceback
                _fail(str(db), f"cannot store the diff: {type(exc).__name__}: {exc}")
                raise typer.Exit(1)
        if fmt == "html":
            atomic_replace_dir(out, lambda tmp: write_html(pairing, old, new, tmp))  # type: ignore[arg-type]
        else:
            _emit(render_folder(pairing, old, new, fmt), out)
    changed = alone > 0 or any(p.diff is not None and p.diff.changes for p in pairing.pairs)
    raise typer.Exit(1 if progress.failed or (exit_code and changed) else 0)


@app.command()
def consolidate(
    convention: Path = typer.Argument(..., help="The convention: PDF or parse JSON."),
    avenants: List[Path] = typer.Argument(..., help="Avenants, in order of signature."),
    format: ConsolidateFormat = typer.Option(ConsolidateFormat.json, "--format", "-f"),
    out: Optional[Path] = typer.Option(None, "--out", "-o"),
    rules: List[Path] = typer.Option([], "--rules", help=RULES_HELP),
) -> None:
    """Apply avenants to a convention and print the consolidated version."""
    from .diff import consolidate as do_consolidate

    extra_rules = checked_rules(rules)
    base = load_input(convention, rules=extra_rules)
    avs = [load_input(p, rules=extra_rules) for p in avenants]
    if base is None or any(a is None for a in avs):
        raise typer.Exit(1)
    merged = do_consolidate(base, avs)  # type: ignore[arg-type]
    text = _dump(merged.to_dict()) if format.value == "json" else result_markdown(merged)
    _emit(text, out)


@app.command()
def schema(
    diff_output: bool = typer.Option(False, "--diff", help="Print the diff output's schema instead."),
    rules: List[Path] = typer.Option([], "--rules", help=RULES_HELP + " Their part kinds join the schema."),
) -> None:
    """Print the JSON Schema of the parse output."""
    from .rules import load_rules
    from .schema import diff_output_schema, parse_output_schema

    extra = checked_rules(rules)
    sys.stdout.write(_dump(diff_output_schema() if diff_output else parse_output_schema(load_rules(extra=extra))))


@app.command()
def evaluate(
    corpus: Path = typer.Argument(Path("corpora"), help="Corpus directory (with manifest.json)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Also write the scores as JSON here."),
    markdown: Optional[Path] = typer.Option(None, "--markdown", help="Also write the scores as Markdown here."),
    rules: List[Path] = typer.Option([], "--rules", help=RULES_HELP),
) -> None:
    """Score parse and diff against the corpus' gold annotations (precision/recall per field)."""
    from .evaluate import run_evaluation
    from .pipeline import parse_pdf
    from .rules import load_rules

    extra = checked_rules(rules)
    ruleset = load_rules(extra=extra) if extra else None
    report = run_evaluation(corpus, parse=(lambda p: parse_pdf(p, rules=ruleset)) if ruleset else None)
    sys.stdout.write(report.text())
    if out is not None:
        atomic_write_text(out, _dump(report.to_dict()))
    if markdown is not None:
        atomic_write_text(markdown, report.markdown(title=f"Scores on {corpus}"))


@app.command()
def debug(
    pdf: Path = typer.Argument(..., help="The PDF to look at."),
    out: Path = typer.Option(..., "--out", "-o", help="PNG file (one page), or a directory with --html."),
    page: Optional[int] = typer.Option(None, "--page", "-p", help="1-based page (default 1; with --html: every page)."),
    html: bool = typer.Option(False, "--html", help="Write one PNG per page and an index.html into --out."),
    ocr: OcrMode = typer.Option(OcrMode.auto, "--ocr"),
    password: Optional[str] = typer.Option(None, "--password", help=PASSWORD_HELP),
    password_file: Optional[Path] = typer.Option(None, "--password-file", help=PASSWORD_FILE_HELP),
    rules: List[Path] = typer.Option([], "--rules", help=RULES_HELP),
) -> None:
    """Draw what the parse saw on the page image: words, lines, furniture, blocks, headings, tables, amounts, dates."""
    from .debug import render_html, render_page
    from .rules import load_rules

    secret = _password(password, password_file)
    extra_rules = checked_rules(rules)
    ruleset = load_rules(extra=extra_rules) if extra_rules else None
    try:
        if html:
            done = render_html(pdf, out, [page] if page else None, password=secret, ocr=ocr.value, rules=ruleset)
            _say(f"wrote {len(done)} page image(s) and {out / 'index.html'}")
        else:
            if out.suffix.lower() != ".png":
                raise typer.BadParameter("--out must be a .png file (or a directory with --html)")
            render_page(pdf, page or 1, out, password=secret, ocr=ocr.value, rules=ruleset)
            _say(f"wrote {out}")
    except InputError as exc:
        _fail(str(pdf), str(exc))
        raise typer.Exit(1)


register_store_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
