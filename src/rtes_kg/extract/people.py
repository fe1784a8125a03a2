"""Whether a list's item names a person rather than a body: "Mme Claire Dupont", "Sarah Mahdi",
"Jean-Marc Leroy". A civility says so; otherwise a common French given name opening two to four
capitalised words. Given names that also name places or things ("France", "Lorraine", "Aurore",
"Rose") are left out: "France Active", "Aurore Gironde" are bodies."""

from __future__ import annotations

import re

from rtes_kg.parse.naming import fold_word

_CIVILITY = re.compile(r"(?:M|Mme|Mlle|Mr|Dr|Pr|Me)\.?\s|(?:Madame|Monsieur|Mademoiselle|Docteur|Maître)\s")

# Frequent given names in France (INSEE's files of given names, the most given ones of 1940–2010),
# folded; a sample, enough that a committee's list of people is not published as bodies
_GIVEN_NAMES = frozenset("""
adrien agathe agnes alain alexandra alexandre alexis alice aline amandine amelie anais andre andree anne annick
annie antoine antoinette arnaud arthur audrey aurelie aurelien axel baptiste bastien beatrice benjamin benoit
bernadette bernard bertrand brigitte bruno camille carole caroline catherine cecile celine chantal charles
charlene chloe christelle christian christiane christine christophe claire clara claude claudine clement
clementine colette corinne cyril cyrille damien daniel danielle david delphine denis denise didier dominique
dylan edith edouard elisabeth elise elodie eloise emilie emma emmanuel emmanuelle eric estelle etienne eugenie
evelyne fabien fabienne fabrice fanny fatima fatou florian francine francis franck francois francoise
frederic frederique gabriel gabrielle gaelle genevieve georges gerard gilbert gilles ginette guillaume guy
helene henri herve hugo hugues ibrahim ines irene isabelle jacqueline jacques jean jeanne jeannine jerome
joel joelle jonathan jordan josette joseph josiane julie julien juliette justine karim karima karine kevin
laetitia laura laure laurence laurent lea lea leo leon leonie liliane lina lionel louis louise luc lucas
lucie lucien lucienne ludovic lydie magali manon marc marcel marcelle margaux margot marianne marie marine
mario marion marius marthe martine mathieu mathilde matthieu maxime melanie mickael michel micheline michele
mohamed monique morgane muriel myriam nadia nadine nathalie nicolas nicole noemie odette olivier pascal
pascale patricia patrick paul paule pauline philippe pierre quentin rachel raphael raymond regine remi remy
renaud rene renee richard robert roger roland romain sabine sabrina samia samuel sandra sandrine sarah
sebastien serge severine simon simone solange sophie stephane stephanie suzanne sylvain sylvie theo thierry
thomas valerie valentin vanessa veronique victor vincent virginie xavier yann yannick yasmine yves yvette
yvonne zoe
""".split())


def is_a_given_name(word: str) -> bool:
    """Whether ``word`` ("Julie", "Jean-Marc") is a given name."""
    return fold_word(word.split("-")[0]) in _GIVEN_NAMES


def names_a_person(item: str) -> bool:
    """Whether the item ("Mme Claire Dupont", "Jean-Marc Leroy") names a person."""
    if _CIVILITY.match(item):
        return True
    words = item.split()
    return 2 <= len(words) <= 4 and is_a_given_name(words[0]) \
        and all(word[:1].isupper() for word in words[1:])


# The people of a place, by its adjective: "Sénonaise", "les Nantais", "les Lorientais"
DEMONYM = re.compile(r"[a-z]{3,}(?:aise?|oise?|ien(?:ne)?)s?")


def _territorial_adjectives() -> frozenset[str]:
    """The adjectives of the régions, of départements and of large towns, in their four forms
    ("normand", "normande", "normands", "normandes"), folded as words' keys are (one word each: a
    hyphenated one, "franc-comtois", is two words)."""
    forms = set()
    for word in _TERRITORIAL_STEMS.split():
        feminine = word[:-3] + "elle" if word.endswith("eau") else word + "ne" if word.endswith(("on", "ien")) \
            else word if word.endswith("e") else word + "e"
        forms |= {word, feminine, word + ("x" if word.endswith("eau") else "" if word.endswith("s") else "s"),
                  feminine + "s"}
    return frozenset(forms)


_TERRITORIAL_STEMS = """normand breton alsacien lorrain picard auvergnat occitan provencal aquitain girondin basque
    savoyard ardechois dromois gersois landais vendeen angevin tourangeau berrichon bourguignon
    champenois ardennais nordiste francilien parisien lyonnais marseillais toulousain nantais rennais bordelais
    lillois grenoblois strasbourgeois montpellierain nicois corse reunionnais guadeloupeen martiniquais guyanais
    mahorais ligerien limousin poitevin charentais perigourdin bearnais catalan cevenol dauphinois jurassien
    vosgien mosellan meusien axonais isarien ornais manchois sarthois mayennais morbihannais finisterien
    costarmoricain bretillien ariegeois aveyronnais audois heraultais gardois lozerien tarnais lotois cantalien
    correzien creusois stephanois clermontois dijonnais bisontin rouennais
    havrais caennais brestois lorientais manceau orleanais messin nanceien mulhousien"""
TERRITORIAL_ADJECTIVES = _territorial_adjectives()
