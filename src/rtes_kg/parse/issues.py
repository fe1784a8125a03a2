"""The catalogue of parse issues: stable slugs and their messages in French and English."""

from __future__ import annotations

from rtes_kg.parse.records import ParseIssue, Source

# slug -> (French template, English template); templates take the keyword values given to issue().
MESSAGES: dict[str, tuple[str, str]] = {
    "aucune-fiche": (
        "aucune fiche reconnue : ni titre suivi d'une rubrique (« Type de collectivité », "
        "« Adresse »…) ni rubrique connue",
        "no fiche found: no title followed by a section heading, and no known section heading"),
    "texte-ignore": (
        "texte avant la première fiche ignoré : « {text} »",
        "text before the first fiche ignored: “{text}”"),
    "titre-absent": (
        "fiche sans titre : la rubrique « {text} » commence une nouvelle fiche ; ajoutez le nom "
        "de la collectivité sur la ligne qui la précède",
        "fiche without a title: the heading “{text}” starts a new fiche; write the name of the "
        "collectivité on the line before it"),
    "sections-absentes": (
        "fiche réduite à son titre : aucune rubrique (type, population, adresse, contact…)",
        "fiche with a title only: no section (kind, population, address, contact…)"),
    "fiche-incomplete": (
        "fiche incomplète ou coupée après « {text} » : ni type, ni population, ni adresse, ni "
        "contact, ou une rubrique vide en fin de fiche ; vérifiez que le texte n'a pas été tronqué",
        "fiche incomplete or cut off after “{text}”: no kind, population, address or contact, or an "
        "empty section at its end; check that the text was not truncated"),
    "fiche-coupee": (
        "le fichier s'arrête au milieu d'un mot, d'un nombre ou d'un nom : « {text} » ; vérifiez que la "
        "fiche n'a pas été tronquée",
        "the file stops in the middle of a word, a figure or a name: “{text}”; check that the fiche was not "
        "truncated"),
    "section-vide": (
        "la rubrique « {text} » n'a pas de contenu",
        "the section “{text}” is empty"),
    "section-inconnue": (
        "ligne « {text} » : ressemble à une rubrique que l'analyseur ne connaît pas ; elle est ignorée",
        "line “{text}” looks like a section heading the parser does not know; it is ignored"),
    "rubrique-autre": (
        "rubrique « {text} » : inconnue de l'analyseur, elle est publiée telle quelle comme "
        "« autre rubrique » ; si elle parle du budget, du programme ou des actions, renommez-la",
        "section “{text}” is unknown to the parser and is published as it is, as an “other "
        "section”; if it is about the budget, the programme or the actions, rename it"),
    "ligne-ignoree": (
        "ligne « {text} » : n'appartient à aucune rubrique connue ; elle est ignorée",
        "line “{text}” belongs to no known section; it is ignored"),
    "ligne-d-action-ignoree": (
        "ligne « {text} » : lue dans les actions, elle n'appartient à aucune action ; elle n'est pas publiée. "
        "Si elle précise l'action au-dessus, mettez-la sur la ligne de celle-ci ou en retrait sous elle",
        "line “{text}”: read among the actions, it belongs to no action; it is not published. If it says "
        "more of the action above, put it on that action's line or indent it under it"),
    "theme-d-actions": (
        "ligne « {text} » : lue comme le thème des actions qui la suivent ; le thème n'est pas publié "
        "(écrivez-le dans le texte des actions pour qu'il le soit)",
        "line “{text}”: read as the theme of the actions under it; the theme is not published (write it "
        "in the text of the actions to have it published)"),
    "adresse-dans-les-contacts": (
        "ligne « {text} » : une adresse parmi les contacts n'est pas publiée (celle du membre va sous « Adresse »)",
        "line “{text}”: an address among the contacts is not published (the member's goes under “Adresse”)"),
    "population-illisible": (
        "nombre d'habitants « {text} » illisible (attendu : un nombre, ex. « 26 440 habitants »)",
        "population “{text}” cannot be read (expected a number, e.g. “26 440 habitants”)"),
    "annee-illisible": (
        "année d'adhésion « {text} » illisible (attendu : 4 chiffres, ex. « 2001 »)",
        "membership year “{text}” cannot be read (expected 4 digits, e.g. “2001”)"),
    "date-illisible": (
        "date de mise à jour « {text} » illisible (attendu : le jour, le mois et l'année en chiffres, JJ/MM/AAAA)",
        "update date “{text}” cannot be read (expected the day, month and year in figures, DD/MM/YYYY)"),
    "date-impossible": (
        "date de mise à jour « {text} » impossible : ce jour ou ce mois n'existe pas ; vérifiez-les "
        "(le jour, le mois et l'année en chiffres : JJ/MM/AAAA)",
        "update date “{text}” is impossible: no such day or month; check them (the day, month and year in "
        "figures: DD/MM/YYYY)"),
    "date-sans-jour": (
        "date de mise à jour « {text} » sans jour : elle n'est pas publiée (aucun jour n'est inventé) ; "
        "écrivez la date entière, jour compris (JJ/MM/AAAA)",
        "update date “{text}” has no day: it is not published (no day is made up); write the whole "
        "date, day included (DD/MM/YYYY)"),
    "code-postal-absent": (
        "adresse sans ligne « code postal + commune » (ex. « 21075 Dijon Cedex »)",
        "address without a “postcode + city” line (e.g. “21075 Dijon Cedex”)"),
    "contact-incomplet": (
        "contact « {text} » sans nom de personne ni de service",
        "contact “{text}” names neither a person nor a service"),
    "contact-sans-nom": (
        "contact « {text} » : un poste, sans le nom de qui l'occupe ; il n'est pas publié. Écrivez le "
        "nom de la personne (ex. « Élu référent : David Marti, maire »)",
        "contact “{text}”: a post, without the name of who holds it; it is not published. Write the "
        "person's name (e.g. “Élu référent : David Marti, maire”)"),
    "montant-illisible": (
        "montant « {text} » illisible (attendu : un nombre suivi de €, ex. « 40 000 € »)",
        "amount “{text}” cannot be read (expected a number followed by €, e.g. “40 000 €”)"),
    "parenthese-ouverte": (
        "ligne du budget : la parenthèse ouverte avant « {text} » n'est pas fermée ; la ligne est lue "
        "comme si elle n'y était pas : fermez-la là où s'arrête ce qu'elle précise",
        "budget line: the parenthesis opened before “{text}” is not closed; the line is read as if it were "
        "not there: close it where what it says ends"),
    "contact-de-structure": (
        "ligne « {text} » : le contact d'une structure, non de la collectivité ; il n'est pas publié "
        "comme contact du membre (écrivez-le sous l'action de cette structure pour qu'il y figure)",
        "line “{text}”: the contact of a structure, not of the collectivité; it is not published as the "
        "member's contact (write it under that structure's action to have it published there)"),
    "montant-sans-objet": (
        "ligne du budget : le montant « {text} », entre parenthèses après ce que le budget exclut, ne dit "
        "pas à quoi il va ; il n'est pas publié : écrivez à quoi il va (ex. « 200 000 € pour l'IAE »)",
        "budget line: the amount “{text}”, in brackets after what the budget leaves out, does not say what "
        "it is for; it is not published: write what it is for (e.g. “200 000 € pour l'IAE”)"),
    "montant-demesure": (
        "montant « {text} » démesuré : plus de 10 000 milliards d'euros ; vérifiez le nombre de chiffres",
        "amount “{text}” is absurd: more than ten thousand billion euros; check the number of digits"),
    "population-demesuree": (
        "nombre d'habitants « {text} » démesuré : plus de 9 chiffres, plus qu'aucun territoire ; "
        "vérifiez le nombre de chiffres (ex. « 26 440 habitants »)",
        "population “{text}” is absurd: more than 9 digits, more than any territory; check the number "
        "of digits (e.g. “26 440 habitants”)"),
    "navigation-ignoree": (
        "ligne « {text} » : un lien de la page web d'où la fiche a été copiée ; elle est ignorée",
        "line “{text}” is a link of the web page the fiche was copied from; it is ignored"),
    "montants-trop-nombreux": (
        "plus de 40 montants sur une ligne du budget : ceux à partir de « {text} » ne sont pas lus ; "
        "mettez un montant par ligne",
        "more than 40 amounts on one budget line: those from “{text}” on are not read; put one amount "
        "per line"),
    "ligne-trop-longue": (
        "ligne de plus de 10 000 caractères, lue en partie seulement : « {text} » ; aucune fiche n'a "
        "de paragraphe aussi long, vérifiez que ses sauts de ligne n'ont pas été perdus",
        "line longer than 10,000 characters, read only in part: “{text}”; no fiche has a paragraph "
        "this long, check that its line breaks were not lost"),
    "trop-d-actions": (
        "plus de 200 actions dans la fiche ({text}) : une fiche en donne quelques exemples ; seules les "
        "200 premières sont lues, et la fiche n'est pas publiée : gardez les exemples principaux",
        "more than 200 actions in the fiche ({text}): a fiche gives a few examples; only the first 200 "
        "are read, and the fiche is not published: keep the main examples"),
    "rubrique-trop-longue": (
        "la rubrique « {text} » dépasse 1 000 lignes ou 100 000 caractères : la suite n'est pas lue, "
        "et la fiche n'est pas publiée ; une rubrique compte quelques dizaines de lignes, vérifiez que "
        "le texte n'a pas été collé plusieurs fois",
        "the section “{text}” is longer than 1,000 lines or 100,000 characters: the rest is not read, "
        "and the fiche is not published; a section holds a few dozen lines, check that the text was "
        "not pasted several times"),
    "fiche-trop-longue": (
        "fiche de plus de 3 000 lignes : la suite n'est pas lue, et la fiche n'est pas publiée ; une "
        "fiche en compte quelques centaines au plus, vérifiez qu'il ne manque pas le titre d'une autre "
        "fiche ou que le texte n'a pas été collé plusieurs fois",
        "fiche of more than 3,000 lines: the rest is not read, and the fiche is not published; a fiche "
        "holds a few hundred at most, check that the title of another fiche is not missing or that the "
        "text was not pasted several times"),
    "erreur-interne": (
        "erreur interne de l'analyseur ({text}) : merci de signaler cette fiche",
        "internal parser error ({text}): please report this fiche"),
}

_EXCERPT = 80


# What is kept in the graph and only worth a look, or only the layout's: an info, not a warning.
_INFOS = frozenset({"rubrique-autre", "navigation-ignoree", "adresse-dans-les-contacts", "theme-d-actions",
                    "contact-de-structure"})
# What makes the data wrong, not just incomplete: a violation, and the fiche is not published.
# "sections-absentes": a title alone is no member; the build leaves it out, as validate refuses it
_VIOLATIONS = frozenset({"montant-demesure", "population-demesuree", "ligne-trop-longue", "sections-absentes",
                         "trop-d-actions", "rubrique-trop-longue", "fiche-trop-longue"})


def issue(slug: str, file: str, line: int, text: str = "") -> ParseIssue:
    """A ParseIssue of the catalogue; long excerpts are shortened so messages stay one line."""
    if len(text) > _EXCERPT:
        text = text[: _EXCERPT - 1].rstrip() + "…"
    french, english = MESSAGES[slug]
    return ParseIssue(slug, french.format(text=text), english.format(text=text), Source(file, line),
                      "info" if slug in _INFOS else "violation" if slug in _VIOLATIONS else "warning")
