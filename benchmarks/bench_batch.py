"""Batch throughput: ``--jobs 2`` against ``--jobs 1`` on generated PDFs, and peak memory per worker.

    python benchmarks/bench_batch.py [--n 200] [--seed 8100] [--out benchmarks/results/batch]

The PDFs are generated here with reportlab (one board deliberation each, four to
seven pages: letterhead, session header with attendance, recitals naming
demolitions and amounts, a ruled table of operations, the avenant's articles in
prose with amounts, counts and dates, the decision and its vote), drawn
from ``--seed``, so the run needs nothing but the repository. Each run goes
through ``batch.run_batch`` as ``parse DIR --format jsonl --jobs N --out FILE``
runs it (workers parse and serialise, the parent writes the lines) in a
fresh process, so the fork server's start and the model load are inside the clock
(loaded once in the fork server, shared by the workers), as for a user's command.

The machine's load average is recorded before and after each run: on a shared
machine the ratio is only as good as the cores were free.
Target: throughput with 2 jobs >= 1.8x throughput with 1 job, on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SURNAMES = ["MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU",
            "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER",
            "MOREL", "GIRARD", "ANDRE", "MERCIER", "DUPONT", "LAMBERT", "BONNET", "FRANCOIS", "MARTINEZ", "LEGRAND"]
FIRST = ["Anne", "Jean", "Sophie", "Paul", "Claire", "Luc", "Marie", "Pierre", "Julie", "Marc", "Hélène", "Louis"]
COMMUNES = ["Avion", "Lens", "Liévin", "Méricourt", "Sallaumines", "Harnes", "Montpellier", "Lunel", "Sète",
            "Béziers", "Roubaix", "Tourcoing", "Denain", "Maubeuge"]
SITES = ["tour des Frênes", "résidence Les Glycines", "immeuble Capucines", "bâtiment Mistral", "barre Jonquilles",
         "îlot Mousson", "cité des Fleurs", "tour Sirocco", "résidence du Parc", "immeuble Anémones"]
KINDS = [("Démolition", "démolition"), ("Requalification", "requalification"),
         ("Résidentialisation", "résidentialisation"), ("Reconstitution", "reconstitution")]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]


def _euros(v: int) -> str:
    return f"{v:,}".replace(",", " ") + ",00 €"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}"


def make_pdf(path: Path, rng: random.Random, number: int) -> None:
    """One deliberation of four to seven pages, its facts drawn from ``rng``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 60

    def line(text: str, size: int = 10, font: str = "Helvetica", dy: int = 15) -> None:
        nonlocal y
        if y < 80:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(60, y, text)
        y -= dy

    commune = rng.choice(COMMUNES)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.choice([2022, 2023, 2024])
    people = list(dict.fromkeys(_person(rng) for _ in range(14)))
    present, excused, absent = people[:-4], people[-4:-2], people[-2:]
    line(f"Ville de {commune}", 12, "Helvetica-Bold", 20)
    line("EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL", 11, "Helvetica-Bold")
    line(f"SEANCE DU {day} {month.upper()} {year}", 11, "Helvetica-Bold", 22)
    line(f"Président : {present[0]}")
    for i in range(0, len(present), 5):
        line(("Présents : " if i == 0 else "") + ", ".join(present[i:i + 5]) + ("," if i + 5 < len(present) else "."))
    line(f"Excusés : {excused[0]} qui a donné pouvoir à {present[1]}, {excused[1]}.")
    line(f"Absents : {', '.join(absent)}.", dy=22)
    line(f"Délibération n° {year}-{number:03d} – Renouvellement urbain : avenant à la convention", 11,
         "Helvetica-Bold", 20)
    line("I – CONTEXTE", 11, "Helvetica-Bold")
    line(f"La convention pluriannuelle de renouvellement urbain de {commune} a été signée le "
         f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year - 2}.")
    line("Elle fait l'objet d'évolutions reprises dans un avenant présenté ce jour.", dy=20)
    line("II – OBJET", 11, "Helvetica-Bold")
    ops = []
    for _ in range(rng.randint(3, 6)):
        kind, word = rng.choice(KINDS)
        n, amount = rng.randint(10, 120), rng.randint(20, 400) * 5000
        ops.append((kind, rng.choice(SITES), n, amount))
        line(f"- le financement de la {word} de la {ops[-1][1]} à {commune} ({n} logements) "
             f"à hauteur de {_euros(amount)} ;")
    y -= 10
    # A ruled table of the operations.
    cols = [60, 260, 340, 450]
    rows = [("Opération", "Logements", "Coût", "Subvention")] + \
        [(f"{k} {s}", str(n), _euros(a * 2), _euros(a)) for k, s, n, a in ops]
    top = y + 12
    for r, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
        for x, text in zip(cols, row):
            c.drawString(x + 3, y, text)
        y -= 16
    for i in range(len(rows) + 1):
        c.line(cols[0], top - i * 16, 540, top - i * 16)
    for x in cols + [540]:
        c.line(x, top, x, top - len(rows) * 16)
    y -= 14
    # The avenant's articles, summarised as deliberations often annex them: a few pages
    # of prose with dates, amounts and counts, so a file costs what a real one costs.
    for a in range(1, rng.randint(6, 10)):
        line(f"Article {a} – Modification de l'article {rng.randint(1, 9)}.{rng.randint(1, 5)} de la convention",
             10, "Helvetica-Bold", 17)
        for _ in range(rng.randint(4, 8)):
            kind, word = rng.choice(KINDS)
            line(f"Le montant de la {word} de la {rng.choice(SITES)} est porté de {_euros(rng.randint(20, 400) * 5000)} "
                 f"à {_euros(rng.randint(20, 400) * 5000)},")
            line(f"pour {rng.randint(8, 150)} logements, avec un démarrage prévu le {rng.randint(1, 28)} "
                 f"{rng.choice(MONTHS)} {year + rng.randint(0, 3)} et une livraison en {year + rng.randint(2, 6)}.")
        y -= 6
    c.showPage()
    y = height - 60
    line("III – DECISION", 11, "Helvetica-Bold")
    line("Après en avoir délibéré, le Conseil municipal approuve l'avenant et autorise le Maire à le signer.")
    if rng.random() < 0.5:
        line("Décision adoptée à l'unanimité.")
    else:
        against = rng.randint(1, 5)
        line(f"Adoptée à la majorité : {len(present) - against} voix pour, {against} voix contre.")
    line(f"Fait à {commune}, le {day} {month} {year}.")
    c.showPage()
    c.save()


def generate(folder: Path, n: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = folder / f"deliberation-{i:03d}.pdf"
        make_pdf(path, rng, i + 1)
        paths.append(path)
    return paths


def run(paths: list[Path], jobs: int, queue: int = 2) -> dict:
    """What ``parse DIR --format jsonl --jobs N --out FILE`` does: workers parse and
    serialise, the parent writes each line as it comes."""
    from convention_parser.batch import BatchSettings, parse_json_work, run_batch

    load_before = os.getloadavg()[0]
    start, parent_cpu = time.perf_counter(), time.process_time()
    outcomes, first_at = [], None
    out = Path(tempfile.mkdtemp()) / "out.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for o in run_batch(paths, BatchSettings(jobs=jobs, queue_per_worker=queue), work=parse_json_work):
            if o.ok:
                fh.write(o.value + "\n")
            outcomes.append(o)
            first_at = first_at or time.perf_counter()
    seconds = time.perf_counter() - start
    parent_cpu = time.process_time() - parent_cpu
    with open(out, encoding="utf-8") as fh:  # outside the clock
        pages = sum(json.loads(line)["source"]["pages"] for line in fh)
    # Start-up: the forkserver, the imports and the language model in every worker
    # (in parallel), before the first file's clock started.
    startup = first_at - start - outcomes[0].seconds
    cpu = sum(o.cpu_seconds or 0.0 for o in outcomes)  # the workers' CPU time on the files
    rss = [o.peak_rss_mb for o in outcomes if o.peak_rss_mb]
    return {"jobs": jobs, "files": len(paths), "failed": sum(not o.ok for o in outcomes),
            "pages": pages, "seconds": round(seconds, 2), "files_per_second": round(len(paths) / seconds, 3),
            "pages_per_second": round(pages / seconds, 2),
            "startup_seconds": round(startup, 2),
            "files_per_second_after_startup": round(len(paths) / (seconds - startup), 3),
            # CPU seconds of the workers on the files per wall second: ~jobs when the cores
            # were free, lower when other processes took them (the model load is outside).
            "workers_cpu_seconds": round(cpu, 2), "cores_used": round(cpu / seconds, 2),
            # What the parent spent receiving results and feeding workers (on the same cores).
            "parent_cpu_seconds": round(parent_cpu, 2),
            # Time the workers waited for their next file after sending a result (the round
            # trip through the parent; ~0 when each worker holds its next file already).
            "workers_waited_seconds": round(sum(o.waited_seconds or 0.0 for o in outcomes), 2),
            "queue_per_worker": queue,
            "peak_rss_mb_per_worker": round(max(rss), 1) if rss else None,
            "load_average_before": round(load_before, 2), "load_average_after": round(os.getloadavg()[0], 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=8100)
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per setting, alternated (1, 2, 1, 2 ...); the fastest of each is kept")
    ap.add_argument("--queue", type=int, default=2,
                    help="files handed to a worker at once (BatchSettings.queue_per_worker; 1: the old pool)")
    ap.add_argument("--run-jobs", type=int, help=argparse.SUPPRESS)   # internal: one run, in a fresh process
    ap.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "batch")
    args = ap.parse_args()
    if args.run_jobs:
        print(json.dumps(run(sorted(args.dir.glob("*.pdf")), args.run_jobs, args.queue)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        paths = generate(Path(tmp), args.n, args.seed)
        gen_seconds = time.perf_counter() - t
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for _ in range(args.repeat):
            for jobs in (1, 2):
                # A fresh process per run, as a user's command: the fork server, the imports
                # and the model load are inside every run's clock.
                proc = subprocess.run([sys.executable, __file__, "--run-jobs", str(jobs), "--dir", tmp,
                                       "--queue", str(args.queue)],
                                      capture_output=True, text=True, check=True)
                runs[jobs].append(json.loads(proc.stdout.strip().splitlines()[-1]))
                print(json.dumps(runs[jobs][-1]), file=sys.stderr)
    one, two = (min(runs[j], key=lambda r: r["seconds"]) for j in (1, 2))
    report = {"cpu_count": os.cpu_count(), "seed": args.seed, "generation_seconds": round(gen_seconds, 2),
              "repeat": args.repeat, "jobs_1": one, "jobs_2": two, "all_runs": runs,
              "speedup_2_over_1": round(two["files_per_second"] / one["files_per_second"], 2),
              "speedup_2_over_1_after_startup": round(two["files_per_second_after_startup"]
                                                      / one["files_per_second_after_startup"], 2)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n")
    lines = ["# bench_batch", "", f"{args.n} generated PDFs (seed {args.seed}, {one['pages']} pages in all, generated in "
             f"{gen_seconds:.1f} s), {os.cpu_count()} cores shared with other processes (see the load "
             f"averages); fastest of {args.repeat} alternated run(s) per setting.", "",
             "| measure | jobs 1 | jobs 2 |", "|---|---|---|"]
    for key in ("files", "failed", "pages", "seconds", "files_per_second", "pages_per_second",
                "startup_seconds", "files_per_second_after_startup", "workers_cpu_seconds", "cores_used", "parent_cpu_seconds", "workers_waited_seconds", "peak_rss_mb_per_worker", "load_average_before", "load_average_after"):
        lines.append(f"| {key} | {one[key]} | {two[key]} |")
    lines += ["", f"speedup (files/s, jobs 2 over jobs 1): **{report['speedup_2_over_1']}×** "
              f"({report['speedup_2_over_1_after_startup']}× after the workers' start-up)", ""]
    args.out.with_suffix(".md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
