"""A name's lower-case tail after "pour", "en", "vers"… goes up to the verb of its clause
("l'association Tous en selle anime…"); a verb's form after an article is a noun, not that verb:
"l'association Envie pour la collecte des appareils" published a partner named "Envie pour la"
("collecte" read as the verb; extract/tails._tail_before_verb)."""

from __future__ import annotations

import pytest

from extraction_helpers import roles_in_a_fiche


@pytest.mark.parametrize("sentence, expected", [
    ("Un partenariat lie la Ville à l'association Envie pour la collecte des appareils électriques.",
     [("Envie", "partenaire")]),
    ("La Ville a signé une convention avec l'association Envie pour la collecte des appareils.",
     [("Envie", "partenaire")]),
    ("La Ville soutient l'association Envie pour la collecte des appareils.", [("Envie", "soutenu")]),
])
def test_a_verb_s_form_after_an_article_ends_no_name(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("L'association Tous en selle anime des ateliers de réparation.", [("Tous en selle", "porteur")]),
    ("L'EBE Ensemble vers l'emploi emploie 40 salariés.", [("Ensemble vers l'emploi", "porteur")]),
])
def test_a_tail_up_to_its_verb_stays(sentence, expected):
    assert roles_in_a_fiche(sentence) == expected
