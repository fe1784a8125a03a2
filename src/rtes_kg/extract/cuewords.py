"""The words that say what an organisation named in a text does there (docs/extraction.md,
"Roles"): the roles, the cue phrases before a name ("piloté par", "avec", "soutien à"), the labels
before a colon ("Partenaires :"), and the verbs and participles read around a name. ``cues`` reads
a text with them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rtes_kg.extract.lexicon import ARTICLES, Token, phrase_keys

CARRIER, PARTNER, SUPPORTED, CREATED, SHAREHOLDER = "porteur", "partenaire", "soutenu", "cree", "actionnaire"
ROLES = (CARRIER, PARTNER, SUPPORTED, CREATED, SHAREHOLDER)
# Named as the source of a figure ("(source : CRESS, 2022)", "selon l'INSEE"): no role, no mention.
CITED = "cite"

# Before "par": who gives the money ("financé par l'ADEME", "bénéficie de 12 000 € par la CAF") or the frame
# ("l'appel à projets lancé par la Région", "pris en charge par", "fédérés par la CRESS"): a partner, no carrier.
FUNDING_PARTICIPLES = frozenset(f"{stem}{end}" for stem in (
    "finance", "cofinance", "subventionne", "abonde", "accompagne", "appuye", "dote", "aide", "labellise", "fourni",
    "approvisionne", "apporte", "supporte", "verse", "alloue", "octroye", "accorde", "attribue", "consenti", "complete",
    "renforce", "prefinance", "beneficie", "soutenu", "garanti", "cautionne") for end in ("", "e", "s", "es"))
HOLDERS = ("sociétaires", "actionnaires", "associés", "membres")  # "les autres sociétaires sont" (holders.py too)
MODELS = ("à l'instar", "sur le modèle", "à l'image", "sur l'exemple", "à la manière")  # a model's phrases, below
# Before "par", a gift and who gives it: "Prêt d'un terrain à X par la Ville de Y", "un local prêté par Y"
GIVING_ACTS = frozenset({"financement", "financements", "cofinancement", "subvention", "subventions", "pret", "prets",
                         "don", "dons", "dotation", "cession", "location"}) | frozenset(
    f"{stem}{end}" for stem in ("prete", "loue", "cede", "donne", "offert") for end in ("", "e", "s", "es"))
# The words of founding, before "par" or as a verb: "créée par la communauté de communes X", "ont fondé"
CREATION = frozenset({"cree", "creee", "crees", "creees", "creer", "fonde", "fondee", "fondes", "fondees", "fonder",
                      "cofonde", "cofondee", "cofondes", "cofondees"})
WON_PARTICIPLES = frozenset(f"remporte{end}" for end in ("", "e", "s", "es"))  # "le prix, remporté par X"
# Before "avec": a contract, whose holder carries the action ("confie un marché … avec SUEZ").
CONTRACTS = frozenset({"confie", "confiee", "confies", "confiees", "marche", "marches", "delegation",
                        "concession", "attribue", "attribuee"})
FRAMING_PARTICIPLES = frozenset(f"{stem}{end}" for stem in ("lance", "federe", "prime", "recompense", "charge",
                                                             "initie", "labellise", "agree", "oriente", "prescrit",
                                                             "parraine", "sponsorise", "abrite", "heberge",
                                                             # an approval the State gives: "renouvelé par la DDETS"
                                                             "renouvele", "delivre", "conventionne", "habilite",
                                                             # a prize's giver: "le Prix X décerné par la Fondation Y"
                                                             "decerne", "retenu", "selectionne", "distingue")
                                 for end in ("", "e", "s", "es")) | {"pris", "prise", "prises"}  # "le relais pris par"


@dataclass(frozen=True)
class Cue:
    role: str
    how: str  # "prep": the cue ends with the preposition that introduces the name;
    #           "governs": a noun or verb whose complement, after a preposition, is the name;
    #           "object": a verb whose direct object is the name
    # "governs" through these prepositions only ("soutien à X"), else ``alt`` ("soutien de X": X
    # gives it) or nothing; empty: through any.
    of: frozenset[str] = frozenset()
    alt: str | None = None


def _cues() -> dict[tuple[str, ...], Cue]:
    table: dict[tuple[str, ...], Cue] = {}

    def add(role: str, how: str, phrases: str, of: str = "", alt: str | None = None) -> None:
        for phrase in phrases.split(","):
            table[phrase_keys(phrase.strip())] = Cue(role, how, frozenset(of.split()), alt)

    to = "a au aux"
    # "via": a body the member works through ("Accueil de volontaires via Unis-Cité"), not one it supports
    # (so is "par le biais de", which "par" would make a carrier)
    add(PARTNER, "prep", "par le biais de, par le biais du, par le biais des, par le biais d'")
    add(PARTNER, "prep", "avec, via, auprès de, auprès du, auprès des, aux côtés de, aux côtés du, "
        "aux côtés des, au côté de, au côté du, au côté des, en lien avec, partenaire, partenaires, "
        "conjointement avec, en association avec, à l'initiative de, à l'initiative du, à l'initiative des, "
        "en partenariat avec, partenariat avec, en collaboration avec, convention avec, "
        "conventionnement avec, avec le soutien de, avec le soutien du, avec l'appui de, "
        "avec l'appui du, avec l'aide de, avec l'aide du, avec le concours de, avec le concours du, "
        "avec le financement de, avec un financement de, grâce au soutien de, grâce au soutien du, "
        "grâce à l'appui de, grâce au financement de, adhère à, adhère au, adhère aux, adhéré à, adhéré au, "
        "adhéré aux, adhésion à, adhésion au, membre de, membre du, grâce à, grâce au, grâce aux, "
        "adhérente de, adhérente du, adhérent de, adhérent du, adhérente à, adhérent à, "
        "avec l'accompagnement de, avec l'accompagnement du, avec l'accompagnement des")
    # a seat on a body's board, the member's as its membership is: "La Ville est administratrice de la
    # SCIC X", "siège au conseil d'administration de l'association Y", "Participation de la Ville au
    # conseil d'administration de la SCIC Z" (not "Jean Martin, administrateur de X": a person's office)
    add(PARTNER, "prep", ", ".join(f"{seat} {of}" for seat in (
        "est administratrice", "est administrateur", "sont administrateurs", "au conseil d'administration",
        "au CA", "siège au bureau", "siège au comité de pilotage", "au comité d'engagement", "membre du CA",
        "membre du conseil d'administration", "est locataire", "est locataire de locaux", "loue des locaux",  # (rented)
        "assure la présidence", "assure la vice-présidence") for of in ("de", "du", "des", "d'")))
    # the body it chairs or pays its dues to, those it joins as a holder ("rejoignant ainsi l'ONF et la SCOP Y")
    add(PARTNER, "object", "préside, présidait, rejoignant")
    add(PARTNER, "governs", "cotise, cotisent, cotisation, cotisations", to)
    add(PARTNER, "governs", "oriente, orientent, orientation, réoriente", "vers")  # the bodies it refers people to
    # the agreement that frames a grant: "une convention d'objectifs avec l'association X", "entre la Ville et X"
    add(SUPPORTED, "prep", ", ".join(f"{agreement} {side}" for side in ("avec", "entre") for agreement in (
        "convention d'objectifs", "conventions d'objectifs", "convention d'objectifs et de moyens", "CPO",
        "convention pluriannuelle d'objectifs", "convention de financement")))  # (not any "convention avec X")
    # the network the structures named before belong to: "Soutien aux épiceries solidaires, fédérées au
    # sein du réseau ANDES" (a partner: the support is the épiceries')
    add(PARTNER, "prep", ", ".join(f"{grouped}{end} au sein {of}"
                                   for grouped in ("regroupé", "fédéré", "réuni", "rassemblé")
                                   for end in ("", "e", "s", "es") for of in ("de", "du", "des", "d'")))
    # a share of a body's running costs: "participe (à hauteur de 10 000 €) au fonctionnement de l'épicerie X"
    add(SUPPORTED, "prep", "au fonctionnement de, au fonctionnement du, au fonctionnement des, au fonctionnement d'")
    # the member as a body's funder: "La Ville est le principal financeur de l'association X", "le
    # deuxième financeur du chantier X" (another body's, "La Région est…", is ``whose``')
    add(SUPPORTED, "prep", ", ".join(f"{funder} {of}" for funder in (
        "financeur", "financeuse", "cofinanceur", *(f"{one} des {rank}financeurs" for one in ("un", "l'un")
                                                    for rank in ("", "principaux ", "premiers ")))
        for of in ("de", "du", "des", "d'")))
    # who asked the member: "Sollicitée par le PLIE, la Ville a…"
    add(PARTNER, "prep", "sollicité par, sollicitée par, sollicités par, sollicitées par, saisi par, saisie par")
    add(CARRIER, "prep", "par, sous-traitant, sous-traitants, prestataire, délégataire, "
        "que gère, qu'anime, que porte, que pilote, qu'exploite, que coordonne")  # "…, que gère l'association X"
    # the subject after its verb: "la couveuse X, que soutient l'ADIE", a funder beside the member
    add(PARTNER, "prep", "que soutient, que soutiennent, que finance, que financent, que cofinance, "
        "que subventionne, qu'accompagne, qu'accompagnent, qu'appuie, que soutient également, "
        "que finance également, qu'accompagne également, que soutient aussi, que finance aussi")
    add(CITED, "prep", "selon, d'après, source, sources, données de, données du, chiffres de, chiffres du, "
        "chiffres, données")  # "(chiffres CRESS Bretagne 2023)": where a figure comes from
    # a supplier: "Les denrées proviennent de la Banque Alimentaire du Lot", "fournies par X"
    add(PARTNER, "prep", "proviennent de, proviennent du, proviennent des, provient de, provient du, provient des, "
        "fournies par, fournis par, fournie par, fourni par, livrées par, livrés par, données par, donnés par")
    # a host: "X est hébergée dans les locaux de la SCIC Y" (Y lends its rooms, runs nothing of X's; not
    # "finance les travaux dans les locaux de Y": Y's rooms, its support)
    add(PARTNER, "prep", ", ".join(f"{host}{end} dans les locaux {of}" for host in ("hébergé", "installé", "domicilié",
        "accueilli") for end in ("", "e", "s", "es") for of in ("de", "du", "des", "d'")))
    # … or in a place a body runs: "X, installé à la Maison de quartier de Villejean" (where, no carrier)
    add(PARTNER, "prep", ", ".join(f"{hosted}{end} {at}" for hosted in ("hébergé", "installé", "accueilli")
                                   for end in ("", "e", "s", "es") for at in ("à", "au", "aux", "dans")))
    # a person's office in another body ("président de l'ADEME", "directrice régionale de"), a parent company: no part
    ranks = ("", *(f" {rank}{end}" for rank in ("général", "régional", "national", "adjoint", "départemental",
                                                 "territorial") for end in ("", "e")))
    add(CITED, "prep", ", ".join(f"{office}{rank} {of}" for office in (
        "président", "présidente", "vice-président", "vice-présidente", "directeur", "directrice", "filiale",
        "filiales", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "gérant", "gérante", "cogérant",
        "cogérante", "co-gérant", "co-gérante", "trésorier", "trésorière", "délégué", "déléguée", "secrétaire")
        for rank in ranks for of in ("de", "du", "des")))
    # the body people are registered with or paid by: "aux familles inscrites au CCAS", "des demandeurs
    # d'emploi inscrits à France Travail", "allocataires de la CAF": it plays no part in the action
    add(CITED, "prep", ", ".join(f"{word} {to_}" for word in (
        "inscrit", "inscrite", "inscrits", "inscrites", "allocataire", "allocataires", "ressortissant",
        "ressortissants", "ressortissante", "ressortissantes")
        for to_ in ("à", "au", "aux", "auprès de", "auprès du", "de", "du", "des")))
    # but the member among the founders: "La Ville est membre fondateur de la SCIC X" (not a person's office)
    add(CREATED, "prep", ", ".join(f"{founder} {of}" for founder in (
        "membre fondateur", "membres fondateurs", "membre fondatrice", "membres fondatrices",
        # and a body's verb: "La Ville est l'un des fondateurs de la SCIC X" (not "Jean Martin, l'un des…")
        "est l'un des fondateurs", "est l'une des fondatrices", "est cofondatrice", "est cofondateur",
        "est co-fondatrice", "est co-fondateur", "sont cofondateurs", "sont cofondatrices")
        for of in ("de", "du", "des")))
    # the body a structure comes from: "La SCIC X est issue de l'association Y" (Y is no carrier of it;
    # not "les légumes sont issus des Jardins de Cocagne": they supply them)
    add(CITED, "prep", ", ".join(f"{origin} {of}" for origin in ("issue", "issu") for of in ("de", "du", "des", "d'")))
    # the body an action took over from: "en remplacement de l'association X"
    add(CITED, "prep", "en remplacement de, en remplacement du, en remplacement des, à la place de, à la place du")
    # and the body whose activity or premises it took over: "a repris l'activité de la SCOP X", "les locaux de Y"
    add(CITED, "prep", ", ".join(f"{verb} {what} {of}" for verb in ("a repris", "reprend", "a racheté", "rachète")
                                 for what in ("l'activité", "les activités", "le fonds de commerce", "les locaux",
                                              "le local", "le bâtiment", "les bâtiments", "le terrain", "le site")
                                 for of in ("de", "du", "des", "d'")))
    # and the body that ran it before: "ancienne activité du CCAS" ("anciennement géré par X": clause.negated)
    add(CITED, "prep", ", ".join(f"{former} {of}" for former in (
        "ancienne activité", "anciennes activités", "ancien service", "ancien dispositif", "ancien projet")
        for of in ("de", "du", "des", "d'")))
    add(CITED, "prep", "a visité, ont visité, visite, visite de, visite du, visite des, visite d'")  # a visit, no part
    add(CITED, "prep", "a pris la suite de, a pris la suite du, prend la suite de, prend la suite du, a succédé à, "
        "a succédé au, succède à, succède au")
    # the bodies a merger ended: "la SCIC X, née de la fusion de l'association A et de l'atelier B"
    # (not "a accompagné la fusion de A et de B": support to both)
    add(CITED, "prep", ", ".join(f"{what} {of}" for what in ("de la fusion", "du rapprochement", "du regroupement")
                                 for of in ("de", "du", "des", "d'", "entre")))
    # the body passed over: "a confié à A, plutôt qu'à la SCOP B, la gestion de…"
    add(CITED, "prep", "plutôt qu'à, plutôt qu'au, plutôt qu'aux, plutôt que, au lieu de, au lieu du, au lieu des, "
        "de préférence à, de préférence au, de préférence aux")
    # who gives a prize: "lauréate du prix de l'innovation sociale de la Macif"; who wins it: "le
    # prix de l'innovation sociale, remis à l'entreprise adaptée X"
    add(SUPPORTED, "governs", "prix, trophée, trophées", to, PARTNER)
    # the member's support to X ("soutien à X", "aide au démarrage de X"), or X's ("soutien de X")
    add(SUPPORTED, "governs", "soutien, appui, aide, aides, concours, prêt, prêts, avance, garantie, garanties",
        to, PARTNER)  # "une garantie de France Active": France Active gives it
    add(SUPPORTED, "governs", "subvention, subventions, subventionne, subventionner, dotation, "
        "financement, cofinancement, accompagnement, mise à disposition, met à disposition, "
        "mis à disposition, mettant à disposition, disposition, a soutenu, soutient, soutenir, finance, financé, "
        "a financé, financer, cofinance, a cofinancé, cofinancer, accompagne, a accompagné, accompagner, "
        "accueil, accueille, accueillent, accueillir, hébergement, héberge, hébergent, héberger, installer, "
        "verse, a versé, prend en charge, a pris en charge, prendre en charge, a conventionné, conventionne, "
        # the member writing of itself: "Nous finançons l'association X"
        "soutenons, finançons, cofinançons, subventionnons, accompagnons, hébergeons, versons, prenons en charge")
    add(SUPPORTED, "governs", "loue, a loué, louer, cède, a cédé, céder, prête, a prêté, prêter, bail, "  # a bail à X
        "loués, louée, louées, cédés, cédée, cédées, prêtés, prêtée, prêtées", to)  # "les locaux ont été cédés à X"
    # what the member awards: a grant ("a attribué à X une subvention"), or a contract, whose holder
    # carries the work ("a attribué à X le marché de nettoyage": cues.py, clause.tendered)
    add(SUPPORTED, "governs", "attribue, a attribué, ont attribué, attribuer, attribués, attribuée, attribuées, "
        "accorde, a accordé, octroie, a octroyé, alloue, a alloué, apporte, a apporté, apportent, ont apporté", to)
    # ("a accordé 500 000 € à X": past it)
    # a sale by the member, at a symbolic price or not, is its means given: "a vendu l'ancienne école à X"
    add(SUPPORTED, "governs", "vend, a vendu, vendu, vendre, revendu, a revendu", to)
    # a post the member pays for in a body: "un poste de chargé de mission à la CRESS", "au sein de X", "de X"
    add(SUPPORTED, "governs", "poste, postes, un poste, deux postes", "a au aux sein de du des d")
    # money put in a body, as equity or not: "Breizh Up a investi 2 M€ dans la SCIC X" (X is helped)
    add(SUPPORTED, "governs", "investi, a investi, ont investi, investit, investissent, investir, investissement, "
        "investissements", "dans")
    # a loan guarantee is support: "a garanti à 50 % les emprunts de la coopérative X"
    add(SUPPORTED, "governs", "emprunts, garantie d'emprunt, garanties d'emprunt, garantie d'emprunts")
    add(CREATED, "governs", "création, créer, créé, a créé, crée, émergence, fondation, a fondé, "
        "cofondé, a cofondé, co-fondé, a co-fondé, cofondatrice, cofondateur, co-fondatrice, co-fondateur, "
        "membre fondateur, membres fondateurs, "
        "essaimage, naissance, mise en place, faire émerger, fait émerger, a fait émerger")
    # the subject at the origin of a body made it: "La Ville est à l'origine de la SCIC X" (not "à
    # l'initiative de la Région", who made it; nor "La CRESS est à l'origine de X", another's: ``whose``)
    add(CREATED, "prep", ", ".join(f"{verb} à l'{what} {of}" for verb in ("est", "sont", "était", "a été")
                                   for what in ("origine", "initiative") for of in ("de", "du", "des", "d'")))
    add(SHAREHOLDER, "governs", "capital, prise de parts, prises de parts, prise de participation, participation au "
        "capital, sociétaire, sociétaires, actionnaire, actionnaires, parts sociales, tour de table, pris des parts, "
        "prend des parts, prendre des parts, souscrit des parts, souscription de parts, devenue associée, devenu "
        "associé, pris une participation, pris des participations, prend une participation, prendre une participation")
    # shares in the body named after: "5 000 € de parts dans la SCIC X", "40 % des parts de X", "associée de X"
    add(SHAREHOLDER, "prep", "parts dans, parts sociales dans, participation dans, participations dans, des parts de, "
        "des parts du, des parts d', est associée de, est associé de, sociétariat de, sociétariat du")
    add(PARTNER, "prep", "est associée à, est associé à, est associée au, est associé au")  # (as "s'est associée au")
    # quasi-equity is money lent or given, not shares: "souscrit 500 000 € de titres participatifs de la SCIC X"
    add(SUPPORTED, "governs", "titres participatifs, titre participatif, apport associatif, avance remboursable")
    add(CARRIER, "governs", "confié, confie, confiée, confiés, confiées, a confié, délégation, délégué, a délégué, "
        "concession, marché, marchés, achat, achète, achats")
    # the body a social impact bond pays for its results does the work: "un contrat à impact social avec X"
    add(CARRIER, "prep", "contrat à impact social avec, contrats à impact social avec, CIS avec")
    add(PARTNER, "governs", "partenariat, partenariats, convention, conventions, conventionnement, "
        "collaboration, coopération")
    # the bodies that made something together: "fruit d'un partenariat entre A, B et C" (not "issue d'")
    add(PARTNER, "prep", "partenariat entre, partenariats entre, collaboration entre, coopération entre, "
        "convention entre, convention tripartite entre, convention quadripartite entre, accord entre")
    add(SUPPORTED, "object", "soutient, a soutenu, subventionne, finance, cofinance, accompagne, aide, "
        "soutiennent, ont soutenu, subventionnent, financent, ont financé, cofinancent, accompagnent, "
        "ont accompagné, aident")  # "La Ville et la Métropole soutiennent l'association X"
    # a winner the member picked in its call for projects ("La Ville a retenu l'association X"): the
    # selection is the support, as "Lauréats : X" says it
    add(SUPPORTED, "object", "retient, a retenu, retiennent, ont retenu, sélectionne, a sélectionné, sélectionnent, "
        "ont sélectionné, désigne lauréat, désigne lauréate, a désigné lauréat, a désigné lauréate, "
        "désigné lauréat, désignée lauréate, a distingué, ont distingué, a récompensé, ont récompensé, récompense, "
        "labellise, a labellisé, labellisent, ont labellisé")  # "La Ville a labellisé la SCIC X": its label
    add(SUPPORTED, "governs", ", ".join(f"{verb} {what}" for verb in ("a retenu", "retient", "ont retenu",
                                                                     "a sélectionné", "sélectionne", "ont sélectionné")
                                        for what in ("le projet", "les projets", "la candidature", "le dossier")),
        "de du des d")  # "La Ville a retenu le projet de l'association X"
    # a customer the carrier supplies: "Le chantier d'insertion A fournit le restaurant B" (B buys, no carrier;
    # more customers, and the member's gifts in kind: supplies.py)
    add(PARTNER, "object", "fournit, fournissent, a fourni, ont fourni, livre, livrent, a livré, ont livré, "
        "approvisionne, approvisionnent, a approvisionné, ont approvisionné")
    # a body the member opened or launched is one it made: "La Ville et le CIAS ont ouvert une épicerie
    # sociale, l'Épi X", "La Ville a lancé en 2021 l'incubateur X" (not "lance", folded as "Lancé en 2022
    # avec la CCI, ce service…" is: a participle, whose subject comes after it)
    add(CREATED, "object", "crée, a créé, fonde, a fondé, créent, ont créé, fondent, ont fondé, "
        "cofonde, a cofondé, ont cofondé, ouvre, a ouvert, ouvrent, ont ouvert, a lancé, lancent, ont lancé, "
        "faire émerger, fait émerger, a fait émerger, ont fait émerger, font émerger")
    # "aide" is a verb above ("la Ville aide X"); after a determiner, the noun: "une aide de l'ADEME"
    add(SUPPORTED, "governs", "une aide, l'aide, son aide, leur aide, cette aide, d'une aide", to, PARTNER)
    # "la SCIC A, qui réunit la régie B, l'EI C et l'association D": its members, partners of the action
    add(PARTNER, "object", "réunit, regroupe, rassemble, associe, fédère, réunissant, regroupant, rassemblant, "
        "associant, fédérant")
    # the signatories of a pact or a charter, a company's other holders: partners of the member's action, no carriers
    add(PARTNER, "prep", "signé par, signée par, signés par, signées par, cosigné par, cosignée par, " + ", ".join(
        f"autres {holders} sont" for holders in HOLDERS))
    add(PARTNER, "prep", "composé de, composée de, composés de, composées de, constitué de, constituée de, "
        "formé de, formée de")  # the members of a PTCE, a GIE
    # another body's money beside the member's: "au même titre que la Région"; a model: "sur le modèle de X"
    add(CITED, "prep", "au même titre que, au même titre qu, " + ", ".join(f"{like} {of}" for like in (
        *MODELS, "inspiré", "inspirée", "inspirés", "inspirées", "inspiré par", "inspirée par")
        for of in ("de", "du", "des", "d'")))
    # the authority a body answers to takes no part: "l'ADMR, qui relève du Département du Cantal"
    add(CITED, "prep", "relève de, relève du, relève des, relèvent de, relèvent du, relevant de, relevant du, "
        "dépend de, dépend du, dépendent de, dépendent du, dépendant de, dépendant du")
    return table


# A label before a colon says the role of the names after it: "Partenaires : la CRESS, l'ADEME".
LABELS = {phrase_keys(label): role for labels, role in (
    ("partenaire, partenaires, partenaires financiers, partenaires techniques, financeur, financeurs, "
     "cofinanceurs, co-financeurs, nos partenaires, financement, financements, cofinancement, cofinancements, "
     "plan de financement, membres, structures membres, adhérents, membres fondateurs, partenaires mobilisés, "
     "partenaires impliqués, partenaires associés, partenaires institutionnels, partenaires opérationnels, "
     "exposants, intervenants", PARTNER),  # "le forum a réuni 40 exposants, parmi lesquels X"
    ("porteur, porteurs, porteur du projet, porteur de projet, structure porteuse, structures porteuses, "
     "opérateur, opérateurs, gestionnaire, portage", CARRIER),
    ("bénéficiaire, bénéficiaires, lauréat, lauréats, lauréate, lauréates, prix, trophées, structures soutenues, "
     "structures accompagnées, retenus, retenues, ont été retenus, ont été retenues, sont lauréats, "
     "sont lauréates, ont été sélectionnés, ont été sélectionnées, projets retenus, structures retenues, "
     "projets soutenus, structures lauréates, sont accompagnées, sont accompagnés, sont soutenues, sont soutenus, "
     "ont été accompagnées, ont été accompagnés, ont été soutenues, ont été soutenus, sont financées, "
     "sont financés, ont été financées, ont été financés, ont été aidées, ont été aidés, sont aidées, sont aidés, "
     "ont été subventionnées, ont été subventionnés, sont subventionnées, sont subventionnés, structures aidées, "
     "structures financées, structures subventionnées, projets financés, projets aidés, subventions versées, "
     "subventions accordées, subventions attribuées, associations soutenues, associations subventionnées", SUPPORTED),
    # what the programme made: "Trois entreprises ont été créées : la SCOP X, l'association Y…"
    ("ont été créées, ont été créés, sont nées, ont vu le jour, ont été lancées, ont été lancés", CREATED),
    # the member's shares: "Prises de participation : SCIC A, SCIC B"
    ("prises de participation, participations au capital, prises de parts", SHAREHOLDER),
    # a structure's own members: "La SCIC compte 45 sociétaires, parmi lesquels…" (no part in the action)
    ("source, sources, données, chiffres, sociétaires, associés, actionnaires, coopérateurs", CITED),
    # partners only thought of: none yet ("Partenaires envisagés : France Travail, la Mission locale")
    ("partenaires envisagés, partenaires pressentis, partenaires potentiels, partenaires à mobiliser", CITED))
    for label in labels.split(", ")}


CUES = _cues()
CUE_LENGTHS = sorted({len(k) for k in CUES}, reverse=True)
# After a name: "X gère…", "X a reçu une subvention".
CARRYING = frozenset("gère anime assure organise pilote coordonne porte exploite entretient recrute "
                      "conduit réalise propose accompagne gèrent animent assurent organisent pilotent "
                      "coordonnent portent exploitent entretiennent recrutent conduisent réalisent "
                      "proposent accompagnent met mettent mutualise mutualisent".split())
CARRIED = frozenset("recruté organisé animé géré assuré piloté coordonné porté réalisé conduit "
                     "accompagné exploité mis".split())  # "X … a mis à disposition 42 ETP": X provides them
# Before "par", these make the agent the carrier ("porté par", "géré par"), whatever came before.
CARRIED_KEYS = frozenset(f"{stem}{end}" for stem in ("porte", "gere", "anime", "pilote", "exploite", "coordonne",
                                                      "assure", "realise", "conduit", "mene", "tenu", "organise")
                         for end in ("", "e", "s", "es"))
# After a name and a pronoun, a supplier: "la Banque Alimentaire l'approvisionne" (not "X livre des paniers")
SUPPLYING = frozenset({"approvisionne", "approvisionnent", "fournit", "fournissent", "livre", "livrent", "fourni"})
# After a name, its giving money: "la MAIF a financé son équipement", a funder.
FUNDING = {("a", "finance"), ("ont", "finance"), ("a", "cofinance"), ("ont", "cofinance"), ("finance",),
           ("cofinance",), ("financent",), ("cofinancent",)}
RECEIVING = {("a", "beneficie"), ("beneficie",), ("a", "recu"), ("recoit",), ("a", "obtenu"), ("a", "percu"),
              ("obtient",), ("percoit",), ("ont", "percu"), ("percoivent",), ("est", "soutenu"), ("est", "soutenue"),
              ("est", "financee"), ("est", "finance"), ("est", "subventionnee"), ("est", "subventionne"),
              ("est", "accompagnee"), ("est", "accompagne"), ("a", "ete", "soutenu"), ("a", "ete", "soutenue"),
              ("a", "ete", "accompagne"), ("a", "ete", "accompagnee"), ("est", "laureat"), ("est", "laureate"),
              # several subjects: "A et les Restos du Cœur reçoivent du Département une aide"
              ("recoivent",), ("ont", "recu"), ("beneficient",), ("ont", "beneficie"), ("obtiennent",),
              ("ont", "obtenu"), ("sont", "soutenus"), ("sont", "soutenues"), ("sont", "finances"),
              ("sont", "financees"), ("sont", "subventionnes"), ("sont", "subventionnees"),
              ("sont", "accompagnes"), ("sont", "accompagnees"), ("ont", "ete", "soutenus"),
              ("ont", "ete", "soutenues"), ("sont", "laureats"), ("sont", "laureates"),
              # picked in the member's call for projects: "X a été retenue", "A et B ont été sélectionnés"
              *{(*aux, f"{verb}{end}") for aux in (("a", "ete"), ("est",), ("ont", "ete"), ("sont",))
                for verb in ("retenu", "selectionne", "recompense") for end in ("", "e", "s", "es")}}
# The verbs of a selection (cues above), and what makes it a contract: "pour le marché de nettoyage"
SELECTING = frozenset({"retient", "retiennent", "selectionnent", "distingue"}
                      | {f"{stem}{end}" for stem in ("retenu", "selectionne", "laureat")
                         for end in ("", "e", "s", "es")})
TENDERED = frozenset({"marche", "marches", "lot", "lots", "prestataire", "prestataires", "prestation", "prestations",
                      "offres", "delegation", "concession", "titulaire", "attributaire",
                      "fournir", "livrer", "approvisionner"})  # "sélectionnée pour fournir les cantines": a purchase
# The nouns of a gift, after "avec" or before its giver: "avec le soutien de la Ville", "l'appui de X"
SUPPORT_NOUNS = frozenset({"soutien", "appui", "aide", "concours", "financement", "cofinancement", "subvention",
                           "participation", "accompagnement", "soutiens", "aides", "financements", "subventions"})

# An apposition that says the name won the member's call: "X, lauréate de l'appel à projets, gère…"
SELECTED = frozenset(f"{stem}{end}" for stem in ("laureat", "retenu", "selectionne") for end in ("", "e", "s", "es"))
# "accueille une vingtaine de structures, dont la CAE X": hosted, partners rather than funded.
HOSTING = frozenset({"accueil", "accueille", "accueillent", "accueillir", "hebergement", "heberge", "hebergent",
                     "heberger"})
HOSTED = frozenset({"hebergees", "heberges", "accueillies", "accueillis", "installees", "installes"})


def a_service(key: str, after: tuple[str, ...]) -> bool:
    """Whether "aide" (``key``, the words ``after`` it) names a service, not support: "associations
    d'aide à domicile", "l'aide alimentaire"; "coopération" a kind's word: "pôle de coopération économique"."""
    return any(after[:len(words)] == words for words in _SERVICES.get(key, ()))


_HELP = (("alimentaire",), ("a", "domicile"), ("aux", "devoirs"), ("a", "la", "personne"))
_SERVICES = {"aide": _HELP, "aides": _HELP, "cooperation": (("economique",),)}


def cue_ending_at(words: Sequence[Token], index: int) -> tuple[Cue, int] | None:
    """The longest cue phrase whose last word is ``words[index]``, and its first word's index (not
    the "par" of "l'insertion par l'activité économique": no agent follows)."""
    if words[index].key == "par" and index >= 1 and words[index - 1].key == "insertion":
        return None
    if words[index].key.startswith("marche") and a_market(words, index):
        return None  # "l'ancien marché de gros à la SCIC X": a hall, no contract
    for length in CUE_LENGTHS:
        first = index - length + 1
        if first >= 0:
            cue = CUES.get(tuple(w.key for w in words[first: index + 1]))
            if cue is not None and not a_service(words[index].key, tuple(w.key for w in words[index + 1: index + 4])):
                return cue, first
    return None


# Words that put another body beside a giver ("La Région finance X avec l'Agefiph", "X, qui
# accompagne Y avec la Ville"): a support shared, not given alone.
BESIDE = frozenset({"avec", "aupres", "cotes", "partenariat", "grace", "via", "aide"})


# Words a cue reaches its name across without counting them: "finance notamment X", "à hauteur de".
FILLERS = ARTICLES | {"aujourd", "hui", "notamment", "directement", "desormais", "actuellement",
                      "egalement", "aussi", "ensemble", "dont", "ainsi", "chaque", "annee", "annuelle", "annuel",
                      "euros", "euro", "k", "m", "millions", "million", "hauteur"}


# A market where people buy, not a public contract: "le marché de producteurs", "le marché paysan".
_MARKETS = frozenset({"producteurs", "plein", "paysan", "paysans", "bio", "noel", "solidaire", "hebdomadaire",
                      "forain", "couvert", "fermier", "fermiers", "local", "locaux", "nocturne", "artisanal",
                      "createurs", "circuit", "circuits", "producteur", "gros", "interet"})  # ("de gros": a hall)


def a_market(words: Sequence[Token], k: int) -> bool:
    """Whether "marché" at ``k`` is a market where people buy or a hall, no public contract."""
    return words[k].key.startswith("marche") and any(w.key in _MARKETS for w in words[k + 1: k + 4])
