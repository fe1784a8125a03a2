"""The `rtes-kg` command: a thin click shell over the library. Exit codes: 0 ok, 1 does not conform, 2 usage or input error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import InputError, RtesError
from .inputs import FICHE_SUFFIXES, RDF_FORMATS, InputFile, expand, read_stdin, read_text
from .resources import DEFAULT_BASE_IRI, data_dir

EXIT_OK, EXIT_NOT_CONFORM, EXIT_ERROR = 0, 1, 2


class RtesGroup(click.Group):
    """Turns every RtesError into its one-line message on stderr and exit 2: never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RtesError as error:
            click.echo(f"rtes-kg: erreur : {error}", err=True)
            ctx.exit(error.exit_code)


@click.group(cls=RtesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rtes-kg")
def main() -> None:
    """Publie les fiches des membres du RTES en graphe de connaissances RDF validé.

    Publishes the RTES member fiches as a validated linked-data knowledge graph.
    Exit codes: 0 ok, 1 the data does not conform, 2 usage or input error.
    """


base_iri_option = click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
                               metavar="IRI", help="Base of the IRIs minted for the data.")


@main.command()
@click.option("--data", type=click.Path(path_type=Path), default=None, metavar="DIR",
              help="Input folder: its fiches/ subfolder, or itself (default: the shipped data/).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              metavar="DIR", help="Output folder, replaced atomically.")
@base_iri_option
def build(data: Path | None, out: Path, base_iri: str) -> None:
    """Build the knowledge graph and its validation report.

    Reads every fiche of DIR/fiches, validates each one and writes into --out: rtes.ttl (all
    conforming fiches as one graph), rtes.trig (one named graph per fiche), rtes.nt, rtes.nq and
    validation.ttl / .json / .txt. A fiche with a violation stays out of the dumps and is named in
    the report; the exit code is then 1.

    Example: rtes-kg build --out dist
    """
    from .pipeline import PROGRESS_FROM
    from .pipeline import build as build_graph
    from .publish import write_release

    root = data if data is not None else data_dir()
    if not root.is_dir():
        raise InputError("dossier de données introuvable", str(root), hint="donnez --data DOSSIER")
    fiches_dir = root / "fiches" if (root / "fiches").is_dir() else root
    files = [read_text(path, _shown(path)) for path, _ in expand([fiches_dir], FICHE_SUFFIXES)]
    result = build_graph(files, base_iri, source_root=_shown(root), progress=_say)
    say = _say if len(result.fiches) >= PROGRESS_FROM else _quiet  # the pipeline applies the same rule
    write_release(result, out, progress=lambda name: say(f"écriture : {name}"))
    counts = result.report.counts
    click.echo(f"{len(result.fiches)} fiches : {len(result.published)} publiées, "
               f"{len(result.excluded)} écartées ; {counts['violation']} violations, "
               f"{counts['warning']} avertissements, {counts['info']} infos → {out}/")
    for fiche in result.excluded:
        click.echo(f"  écartée : {fiche.slug} (détails dans {out / 'validation.txt'})")
    sys.exit(EXIT_OK if result.report.conforms else EXIT_NOT_CONFORM)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "trig", "nq", "jsonld"]),
              default="ttl", show_default=True, help="RDF syntax written on stdout.")
@base_iri_option
def convert(files: tuple[Path, ...], fmt: str, base_iri: str) -> None:
    """Convert fiche text files to RDF on stdout, without the validation gate.

    Files that cannot be read are reported on stderr and skipped; the exit code is then 2.

    Example: rtes-kg convert data/fiches/*.txt --format trig > fiches.trig
    """
    from .dumps import serialize_jsonld, serialize_quads, serialize_triples
    from .mapping import reference_graph
    from .mint import reference_graph_iri
    from .pipeline import map_all, parse_files

    inputs, failed = _read_all(files, FICHE_SUFFIXES)
    _print_errors(failed)
    mapped, _ = map_all(parse_files(inputs), base_iri)
    graphs = [(fiche.graph_iri, fiche.graph) for fiche in mapped]
    graphs.append((reference_graph_iri(base_iri), reference_graph(base_iri)))
    if fmt in ("trig", "nq"):
        output = serialize_quads(graphs, fmt)
    elif fmt == "jsonld":
        output = serialize_jsonld(graphs)
    else:
        output = serialize_triples((t for _, graph in graphs for t in graph), fmt)
    click.echo(output.decode("utf-8"), nl=False)
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ttl"]), default="text",
              show_default=True, help="Report format.")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language of the text report.")
@base_iri_option
def validate(files: tuple[Path, ...], fmt: str, lang: str, base_iri: str) -> None:
    """Validate fiche text files (or RDF files) against the shapes and print a report.

    Fiche files (.txt) are parsed and converted first, so each result names the fiche file, the
    line and the field; RDF files (.ttl, .nt, .trig, .nq, .jsonld, .rdf) are checked as they are.
    A file that cannot be read is reported and the others are still validated. Exit 0 when
    everything conforms (warnings and infos do not fail), 1 on a violation, 2 on an input error.

    Example: rtes-kg validate data/fiches/dijon.txt --format json
    """
    from .checking import check_files
    from .render import render_json, render_text, render_turtle

    inputs, failed = _read_all(files, FICHE_SUFFIXES + tuple(RDF_FORMATS))
    check = check_files(inputs, failed, base_iri)
    _print_errors(check.errors)
    renderers = {"text": lambda r: render_text(r, lang=lang), "json": render_json,
                 "ttl": render_turtle}
    click.echo(renderers[fmt](check.report), nl=False)
    sys.exit(EXIT_ERROR if check.errors else EXIT_OK if check.report.conforms else EXIT_NOT_CONFORM)


@main.command()
@click.argument("query", required=False)
@click.option("--data", type=click.Path(path_type=Path), default=Path("dist/rtes.ttl"),
              show_default=True, metavar="FILE", help="RDF dump to query (.ttl, .nt, .trig, .nq).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--list", "list_examples", is_flag=True, help="List the example queries and exit.")
def query(query: str | None, data: Path, fmt: str, list_examples: bool) -> None:
    """Run a SPARQL SELECT query on a built dump.

    QUERY is a .rq file or the name of an example of queries/ (`rtes-kg query --list` shows them).
    It runs on the dump written by `rtes-kg build` unless --data says otherwise.

    Example: rtes-kg query membres-par-type --format csv
    """
    from .queries import examples, find_query, load_store, run_oxigraph
    from .tables import render_answer

    if list_examples:
        for example in examples():
            click.echo(f"{example.name:40} {example.title}")
        return
    if query is None:
        raise click.UsageError("give a QUERY (a .rq file or an example name), or --list")
    chosen = find_query(query)
    answer = run_oxigraph(load_store(data), chosen.text)
    click.echo(render_answer(answer, fmt), nl=False)


def _read_all(paths: tuple[Path, ...], suffixes: tuple[str, ...]
              ) -> tuple[list[InputFile], list[InputError]]:
    """Read every file, going on past the bad ones, whose errors are returned."""
    inputs: list[InputFile] = []
    failed: list[InputError] = []
    for path in paths:
        try:
            if str(path) == "-":
                inputs.append(read_stdin())
                continue
            for file, label in expand([path], suffixes):
                try:
                    inputs.append(read_text(file, label))
                except InputError as error:
                    failed.append(error)
        except InputError as error:
            failed.append(error)
    return inputs, failed


def _print_errors(errors) -> None:
    for error in errors:
        click.echo(f"rtes-kg: erreur : {error}", err=True)


def _shown(path: Path) -> str:
    """A path as the user can open it: relative to the working folder when it is under it."""
    absolute = path.resolve()
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(absolute)


def _say(message: str) -> None:
    click.echo(f"rtes-kg: {message}", err=True)


def _quiet(message: str) -> None:
    pass


if __name__ == "__main__":  # pragma: no cover
    main()
