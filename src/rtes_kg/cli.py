"""The `rtes-kg` command: a thin click shell over the library.

Exit codes: 0 ok, 1 does not conform, 2 usage or input error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from rtes_kg import __version__, formats
from rtes_kg.check.report import Severity
from rtes_kg.errors import FinishedWithoutTeardown, InputError, RtesError
from rtes_kg.escaping import printable
from rtes_kg.inputs import FICHE_SUFFIXES, expand, read_all, read_in_folder
from rtes_kg.project import DEFAULT_BASE_IRI, data_dir, is_base_iri
from rtes_kg.publish.release import ETALAB_2
from rtes_kg.publish.staging import write_atomically

EXIT_OK, EXIT_NOT_CONFORM, EXIT_ERROR = 0, 1, 2
CONVERT_FORMATS = (formats.TURTLE, formats.NTRIPLES, formats.TRIG, formats.NQUADS, formats.JSONLD)
INPUT_FORMATS = ("fiche", *(syntax.name for syntax in formats.RDF))


class SyntaxChoice(click.Choice):
    """A choice of RDF syntax names that also takes their aliases (``rdf`` or ``xml`` for ``rdfxml``,
    ``turtle`` for ``ttl``), so that a spelling that worked once keeps working."""

    def convert(self, value, param, ctx):
        try:
            syntax = formats.by_name(value)
        except KeyError:
            pass  # not a syntax ("fiche"), or unknown: click says which names it takes
        else:
            value = syntax.name if syntax.name in self.choices else value
        return super().convert(value, param, ctx)


class RtesGroup(click.Group):
    """Turns every RtesError into its one-line message on stderr and exit 2: never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except RtesError as error:
            _error(error)
            ctx.exit(error.exit_code)


@click.group(cls=RtesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rtes-kg")
def main() -> None:
    """Publie les fiches des membres du RTES en graphe de connaissances RDF validé.

    Publishes the RTES member fiches as a validated linked-data knowledge graph.
    Exit codes: 0 ok, 1 the data does not conform, 2 usage or input error.
    """


def _base_iri(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if is_base_iri(value):
        return value
    raise click.BadParameter(f"« {printable(value)} » n’est pas une IRI de base : écrivez une IRI http(s) "
                             "absolue qui finit par « / » ou « # » (ex. https://w3id.org/rtes/)")  # exit 2


base_iri_option = click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, callback=_base_iri,
                               metavar="IRI", help="Base of the IRIs minted for the data.")


@main.command()
@click.option("--data", type=click.Path(path_type=Path), default=None, metavar="DIR",
              help="Input folder: its fiches/ subfolder, or itself (default: the shipped data/).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              metavar="DIR", help="Output folder, replaced atomically.")
@base_iri_option
@click.option("--public-url", default=None, metavar="URL",
              help="Where --out is served; every URL of the catalogue starts with it "
                   "[default: the base IRI].")
@click.option("--sparql-url", default=None, metavar="URL",
              help="A SPARQL endpoint serving the data, described in the catalogue and VoID.")
@click.option("--licence", default=ETALAB_2, show_default=True, metavar="IRI",
              help="Licence of the data, on the dataset and every distribution.")
@click.option("--contact-email", envvar="RTES_KG_CONTACT_EMAIL", default=None, metavar="ADDRESS",
              help="E-mail of the catalogue's contact point (vcard:hasEmail) "
                   "[env: RTES_KG_CONTACT_EMAIL].")
@click.option("--previous", type=click.Path(path_type=Path, file_okay=False), default=None,
              metavar="DIR", help="A former release to compare with [default: the --out replaced].")
@click.option("--site/--no-site", default=True, show_default=True,
              help="Write the static site into --out/site.")
@click.option("--ledger", type=click.Path(path_type=Path, dir_okay=False), default=None, metavar="FILE",
              help="The identifier ledger, read and updated [default: ids.tsv in the --data folder].")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Keep what each fiche gave in a cache folder, to redo only what changed next time.")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False), default=None,
              metavar="DIR", help="The cache folder, safe to delete [default: .rtes-kg-cache beside --out].")
def build(data: Path | None, out: Path, base_iri: str, public_url: str | None,
          sparql_url: str | None, licence: str, contact_email: str | None, previous: Path | None,
          site: bool, ledger: Path | None, cache: bool, cache_dir: Path | None) -> None:
    """Build the knowledge graph, its validation report and a release to publish.

    Reads every fiche of DIR/fiches, validates each one and writes into --out: the dumps rtes.ttl
    (all conforming fiches as one graph), rtes.trig (one named graph per fiche), rtes.nt, rtes.nq,
    rtes.jsonld and rtes.rdf, each also gzipped and as a dated copy; SHA256SUMS; the DCAT-AP
    catalogue (catalog.ttl, catalog.jsonld), VoID (void.ttl), provenance.ttl, CHANGES.txt and
    changes.ttl, ontology.ttl and shapes.ttl, ids.tsv; validation.ttl / .json / .txt; and the
    static site in site/. Every item keeps the IRI it had in former releases: the identifier
    ledger DIR/ids.tsv (--ledger) is read and written back; commit it with the fiches. Dates come from
    SOURCE_DATE_EPOCH or the data, never the clock. A fiche with a violation stays out of the
    dumps and is named in the report; the exit code is then 1. See docs/publishing.md.

    A build keeps what each file and fiche gave in a cache folder (--cache-dir): the next build
    redoes only what changed, with the same output. Delete the folder whenever you like; see
    docs/incremental.md.

    Example: rtes-kg build --out dist --public-url https://data.example.org/rtes/
    """
    from rtes_kg.build import PROGRESS_FROM, read_ledger, write_release
    from rtes_kg.build import build as build_graph
    from rtes_kg.publish.release import InputRecord, ReleaseOptions, file_date

    root = data if data is not None else data_dir()
    if not root.is_dir():
        raise InputError("dossier de données introuvable", str(root), hint="donnez --data DOSSIER")
    fiches_dir = root / "fiches" if (root / "fiches").is_dir() else root
    listed = expand([fiches_dir], FICHE_SUFFIXES)
    _stop_cleanly_on_sigterm()
    # Labels relative to the data folder: the release reads the same from any working folder.
    files = [read_in_folder(path, root, _shown(path)) for path, _ in listed]
    ledger = ledger if ledger is not None else root / "ids.tsv"
    folder = (cache_dir or out.resolve().parent / ".rtes-kg-cache") if cache else None
    result = build_graph(files, base_iri, source_root=None, progress=_say, ledger=read_ledger(ledger),
                         cache=folder)
    # the pipeline applies the same rule
    say: Callable[[str], None] = _say if len(result.fiches) >= PROGRESS_FROM else (lambda message: None)
    options = ReleaseOptions(
        base_iri=base_iri, public_url=public_url, sparql_url=sparql_url, licence=licence,
        contact_email=contact_email,
        inputs=tuple(InputRecord.of(file, base_iri) for file in files),
        source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"),
        file_dates=tuple(file_date(path) for path, _ in listed), site=site, previous=previous,
        ledger=ledger)
    write_release(result, out, progress=lambda name: say(f"écriture : {name}"), options=options, cache=folder)
    counts = result.report.counts
    seconds = result.duplicates  # a second fiche of one collectivité: read, and set aside too
    click.echo(f"{len(result.fiches) + len(seconds)} fiches : {len(result.published)} publiées, "
               f"{len(result.excluded) + len(seconds)} écartées ; {counts['violation']} violations, "
               f"{counts['warning']} avertissements, {counts['info']} infos → {printable(str(out))}/")
    for name in (*(fiche.slug for fiche in result.excluded), *seconds):
        click.echo(f"  écartée : {printable(name)} (détails dans {printable(str(out / 'validation.txt'))})")
    raise FinishedWithoutTeardown(EXIT_OK if result.report.conforms else EXIT_NOT_CONFORM)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=SyntaxChoice([syntax.name for syntax in CONVERT_FORMATS]),
              default="ttl", show_default=True, help="RDF syntax written on stdout.")
@base_iri_option
def convert(files: tuple[Path, ...], fmt: str, base_iri: str) -> None:
    """Convert fiche text files to RDF on stdout, without the validation gate.

    Files that cannot be read are reported on stderr and skipped; the exit code is then 2.

    Example: rtes-kg convert data/fiches/*.txt --format trig > fiches.trig
    """
    from rtes_kg.build import map_all, parse_files
    from rtes_kg.check.corpus import publication_graphs
    from rtes_kg.model.mapping import reference_graph
    from rtes_kg.model.mint import organisations_graph_iri, reference_graph_iri
    from rtes_kg.publish.dumps import serialize_jsonld, serialize_quads, serialize_triples

    inputs, failed = read_all(files, FICHE_SUFFIXES)
    _print_errors(failed)
    mapped, _ = map_all(parse_files(inputs), base_iri)
    graphs = publication_graphs(mapped, reference_graph(base_iri), reference_graph_iri(base_iri),
                                organisations_graph_iri(base_iri))
    syntax = formats.by_name(fmt)
    if syntax is formats.JSONLD:  # expanded and indented, for reading
        output = serialize_jsonld(graphs)
    elif syntax.named_graphs:
        output = serialize_quads(graphs, fmt)
    else:
        output = serialize_triples((t for _, graph in graphs for t in graph), fmt)
    click.echo(output.decode("utf-8"), nl=False)
    sys.exit(EXIT_ERROR if failed else EXIT_OK)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "ttl", "html"]), default="text",
              show_default=True, help="Report format (html: one self-contained page).")
@click.option("--lang", type=click.Choice(["fr", "en"]), default="fr", show_default=True,
              help="Language of the text and HTML reports.")
@click.option("--summary", is_flag=True,
              help="Text: count the results by check across all files instead of listing them.")
@click.option("--fail-on", type=click.Choice(["violation", "warning", "info"]), default="violation",
              show_default=True, help="Least severe result that makes the exit code 1.")
@click.option("--input-format", type=SyntaxChoice(sorted(INPUT_FORMATS)), default=None,
              help="Syntax of every input, instead of guessing it from the suffix "
                   "(stdin `-` is a fiche unless this says otherwise).")
@click.option("--color/--no-color", default=None,
              help="Colour the text report (default: only when stdout is a terminal).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              metavar="FILE", help="Write the report to FILE (atomically) instead of stdout.")
@base_iri_option
def validate(files: tuple[Path, ...], fmt: str, lang: str, summary: bool, fail_on: Severity,
             input_format: str | None, color: bool | None, output: Path | None, base_iri: str) -> None:
    """Validate fiches (text) or RDF contributions against the shapes and print a report.

    FILES are fiche text files, folders of them (searched recursively), RDF files (.ttl, .nt,
    .trig, .nq, .jsonld, .rdf: validated with the ontology and the reference data loaded), or `-`
    for stdin. Every result names the file, the line and the field, says what is wrong and how to
    fix it, and shows the value. A file that cannot be read is reported on stderr (one line) and
    the others are still validated. Exit 0 when nothing reaches --fail-on (warnings and infos do
    not fail by default), 1 when something does, 2 on an input error. Report schema and exit codes:
    docs/validation.md.

    Example: rtes-kg validate data/fiches/dijon.txt --format html --output rapport.html
    """
    from rtes_kg.check.contribution import check_files
    from rtes_kg.check.render import render_html, render_json, render_summary, render_text, render_turtle

    inputs, failed = read_all(files, FICHE_SUFFIXES + formats.SUFFIXES, input_format)
    check = check_files(inputs, failed, base_iri)
    _print_errors(check.errors)
    if color is None:
        color = output is None and sys.stdout.isatty()
    renderers = {
        "text": lambda r: (render_summary if summary else render_text)(
            r, lang=lang, style=terminal_style if color else None),
        "json": render_json, "ttl": render_turtle, "html": lambda r: render_html(r, lang=lang),
    }
    text = renderers[fmt](check.report)
    if output is not None:
        write_atomically(output, text)
    else:
        click.echo(text, nl=False, color=color)
    sys.exit(EXIT_ERROR if check.errors else EXIT_NOT_CONFORM if check.report.fails(fail_on)
             else EXIT_OK)


# The colours of the text report on a terminal, by role (check.render.Style).
_COLOURS: dict[str, dict[str, Any]] = {
    "location": {"bold": True}, "violation": {"fg": "red", "bold": True},
    "warning": {"fg": "yellow", "bold": True}, "info": {"fg": "cyan"},
    "conforms": {"fg": "green", "bold": True}, "not-conforms": {"fg": "red", "bold": True}}


def terminal_style(text: str, role: str) -> str:
    return click.style(text, **_COLOURS[role])


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
    from rtes_kg.sparql.examples import examples, find_query, run_apart
    from rtes_kg.sparql.table import render_answer

    if list_examples:
        for example in examples():
            click.echo(f"{example.name:40} {example.title}")
        return
    if query is None:
        raise click.UsageError("give a QUERY (a .rq file or an example name), or --list")
    chosen = find_query(query)
    answer = run_apart(data, chosen.text)  # in a worker that reaches no server, stopped after 10 min
    click.echo(render_answer(answer, fmt, for_terminal=sys.stdout.isatty()), nl=False)



@main.command()
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              metavar="DIR", help="The release to serve (written by `rtes-kg build`).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free port).")
@base_iri_option
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a SPARQL query may run; its worker process is then killed.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Results returned per query; more are cut (header RTES-Results-Truncated).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="SPARQL worker processes, each with its own copy of the store.")
@click.option("--worker-memory", type=click.IntRange(min=64), default=1024, show_default=True, metavar="MB",
              help="Memory a worker may use beyond its copy of the store; a query that needs more is stopped (503).")
@click.option("--trusted-proxy", default=None, metavar="ADDR",
              help="Address of the reverse proxy in front: its X-Forwarded-For and -Proto are believed, so that "
                   "per-client limits apply to the clients it names (docs/deploying.md).")
@click.option("--validation-workers", type=click.IntRange(min=0), default=1, show_default=True,
              help="Processes that check the files sent to /valider and /api/validate (0: no validation).")
@click.option("--validation-rate", type=click.IntRange(min=0), default=30, show_default=True,
              help="Files one client address may send for validation per minute (0: no limit).")
def serve(dist: Path, host: str, port: int, base_iri: str, timeout: float, max_rows: int, workers: int,
          worker_memory: int, trusted_proxy: str | None, validation_workers: int, validation_rate: int) -> None:
    """Serve a release: dereferenceable IRIs and a read-only SPARQL endpoint.

    Every IRI under --base-iri answers at the same path (https://w3id.org/rtes/org/x at /org/x)
    in HTML, Turtle, JSON-LD, N-Triples or RDF/XML by Accept (or ?format=, or a .ttl suffix);
    /sparql speaks the SPARQL 1.1 Protocol, /sparql/ui is a query page with the examples;
    /valider checks a fiche pasted or uploaded, and POST /api/validate returns the report of
    `rtes-kg validate` as JSON (/api documents it); the files of --dist are served as they are.
    Stops cleanly on SIGTERM or Ctrl-C. Queries have their own capacity (pages never wait behind
    them): beyond it, 503 with Retry-After; beyond two at once from one client, 429. Slow clients
    are cut off (headers within 10 s, a request within 30 s).

    Example: rtes-kg serve --dist dist --port 8000
    """
    from rtes_kg.model.mint import normalise_base
    from rtes_kg.serve.limits import Limits
    from rtes_kg.serve.server import serve as run_server
    from rtes_kg.serve.validation import ValidationLimits

    limits = Limits(timeout=timeout, max_rows=max_rows, workers=workers, worker_memory=worker_memory * 1024**2,
                    trusted_proxy=trusted_proxy)
    validation = ValidationLimits(workers=validation_workers, per_minute=validation_rate)
    run_server(dist, normalise_base(base_iri), host, port, limits, validation=validation,
               ready=lambda url: _say(f"sert {dist}/ sur {url} (SPARQL : {url}sparql ; "
                                      f"validation : {url}valider ; Ctrl-C pour arrêter)"))


@main.command()
@click.option("--endpoint", required=True, metavar="URL",
              help="The Graph Store Protocol address, e.g. http://localhost:7878/store.")
@click.option("--graph", default=None, metavar="IRI",
              help="Load the union into this one graph instead of one graph per fiche.")
@click.option("--dist", type=click.Path(path_type=Path), default=Path("dist"), show_default=True,
              metavar="DIR", help="The release to load.")
@click.option("--retries", type=click.IntRange(min=0), default=4, show_default=True,
              help="Retries of a PUT after a server error or a lost connection (backoff 0.5 s, 1 s, 2 s…).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds one PUT may take in all, from connecting to the end of the answer.")
def publish(endpoint: str, graph: str | None, dist: Path, retries: int, timeout: float) -> None:
    """Load a release into a SPARQL 1.1 Graph Store (Oxigraph, Fuseki, GraphDB, Virtuoso…).

    Each named graph of the release is replaced by one HTTP PUT (atomic per graph where the server
    makes a PUT a transaction), or the union goes into --graph. Credentials come from the
    environment: RTES_KG_ENDPOINT_TOKEN (Bearer) or RTES_KG_ENDPOINT_USER and
    RTES_KG_ENDPOINT_PASSWORD (Basic), never the URL. Only http and https endpoints. Server errors,
    lost connections and PUTs past --timeout are retried with backoff; a refusal (401, 403, other
    4xx) stops at once with exit code 2.

    Example: rtes-kg publish --endpoint http://localhost:7878/store
    """
    from rtes_kg.publish.gsp import publish as publish_release
    from rtes_kg.publish.gsp import shown

    sent = publish_release(endpoint, dist, graph, os.environ, progress=_say, retries=retries, timeout=timeout)
    click.echo(f"{len(sent)} graphes, {sum(u.triples for u in sent)} triplets → {shown(endpoint)}")


def _print_errors(errors) -> None:
    for error in errors:
        _error(error)


def _error(error: Exception) -> None:
    """One line on stderr: a file name or a remote answer cannot forge a second one."""
    click.echo(f"rtes-kg: erreur : {printable(str(error))}", err=True)


def _stop_cleanly_on_sigterm() -> None:
    """SIGTERM (systemd, CI, `timeout`) ends the command like Ctrl-C: temporary folders are removed."""
    import signal

    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def _shown(path: Path) -> str:
    """A path as the user can open it: relative to the working folder when it is under it."""
    absolute = path.absolute()  # not resolved: a link is named as the user sees it
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(absolute)


def _say(message: str) -> None:
    click.echo(f"rtes-kg: {printable(message)}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
