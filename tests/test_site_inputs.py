"""site/inputs.py: each page's triples and the links into it, with digests that any change of its
triples changes and their order does not; territories.Atlas.region_inputs: what a région's map is
drawn from."""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS, XSD

from rtes_kg.model.convert import LineTerms, oxigraph_triple
from rtes_kg.site.inputs import page_index
from rtes_kg.site.territories import Atlas

BASE = "https://w3id.org/rtes/"
A, B = URIRef(BASE + "org/a"), URIRef(BASE + "org/b")
NAME, LINK = SKOS.prefLabel, URIRef(BASE + "ontology#partenaire")


def digests(*graphs):
    lined = [(f"{BASE}graph/{n}", [str(oxigraph_triple(t)) for t in g], g) for n, g in enumerate(graphs)]
    return page_index(lined, [], BASE)


def test_a_page_has_the_triples_of_its_nodes_and_the_links_into_it():
    fragment = URIRef(f"{A}#adresse")
    own, incoming, _, _ = digests(((A, NAME, Literal("A")), (fragment, NAME, Literal("adresse")), (A, LINK, B)))
    assert sorted(own) == [str(A)] and len(own[str(A)]) == 3
    assert incoming == {str(B): {(str(LINK), str(A))}}


def test_the_digests_change_with_any_triple_and_not_with_their_order():
    triples = ((A, NAME, Literal("A")), (A, LINK, B))
    _, _, pages, graphs = digests(triples)
    _, _, reordered, reordered_graphs = digests(tuple(reversed(triples)))
    assert pages == reordered and list(graphs.values()) == list(reordered_graphs.values())
    for other in ((A, NAME, Literal("A", lang="fr")), (A, NAME, Literal("1", datatype=XSD.integer)),
                  (A, NAME, URIRef("urn:A")), (A, NAME, Literal("B")), (A, LINK, B)):
        _, _, changed, changed_graphs = digests((other, (A, LINK, B)))
        assert changed[str(A)] != pages[str(A)] and changed_graphs != graphs, other


def test_a_region_map_changes_with_its_inputs():
    atlas = Atlas({"21": 2, "25": 1, "75": 5}, {"21": "territoire/departement/21/"}, {"27": ("21", "25")})
    assert atlas.region_inputs("11") is None and atlas.region("11") is None
    busier = Atlas({**atlas.counts, "75": 9}, atlas.hrefs, atlas.regions)  # the shades follow the highest count
    assert busier.region_inputs("27") != atlas.region_inputs("27")
    assert busier.region("27") != atlas.region("27")


def test_the_description_added_later_gives_the_digests_of_the_same_triples_in_the_graphs():
    """``add`` (the release's description, rdflib triples) digests a page as if its triples had
    been in the graphs."""
    label, link = (A, NAME, Literal("A")), (A, LINK, B)
    _, _, together, _ = digests((label, link))
    _, _, apart, _ = page_index([(f"{BASE}graph/0", [str(oxigraph_triple(label))], (label,))], [link], BASE)
    assert apart[str(A)] == together[str(A)]


def test_lines_are_read_into_the_terms_oxigraph_gives():
    """``LineTerms`` reads the lines Oxigraph writes, escapes and all, into ``from_oxigraph``'s terms."""
    import pyoxigraph as ox

    from rtes_kg.model.convert import from_oxigraph
    text = 'a"b\\c\nd\re\tf\x00g\x7fh\x08i\x0cj\u2028k\U0001F600 \\u0041'
    terms = LineTerms()
    for obj in (ox.Literal(text), ox.Literal(text, language="fr-CA"), ox.BlankNode("b1"),
                ox.Literal("12", datatype=ox.NamedNode(str(XSD.integer))), ox.NamedNode(BASE + "org/a")):
        triple = ox.Triple(ox.NamedNode(str(A)), ox.NamedNode(str(NAME)), obj)
        read = terms.triple(str(triple))
        made = tuple(map(from_oxigraph, (triple.subject, triple.predicate, triple.object)))
        assert read == made and [type(t) for t in read] == [type(t) for t in made]
        assert [getattr(t, "language", None) for t in read] == [getattr(t, "language", None) for t in made]
        assert [getattr(t, "datatype", None) for t in read] == [getattr(t, "datatype", None) for t in made]


def test_the_facts_index_subjects_by_node_objects_only():
    """A page asks which nodes point at a node; asking which have a literal is a mistake, said."""
    import pytest

    from rtes_kg.site.summary import TripleFacts
    facts = TripleFacts([(A, LINK, B), (A, NAME, Literal("A")), (B, LINK, B)])
    assert facts.subjects(LINK, B) == [A, B] and facts.objects(A, NAME) == [Literal("A")]
    with pytest.raises(ValueError):
        facts.having(NAME, Literal("A"))
