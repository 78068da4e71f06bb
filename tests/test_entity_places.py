"""`news_entities`: places in war and crisis reporting that the small model mislabels or misses.

Each table gives a short wire-style text, the entities the model is made to propose (text,
label; set by hand, so each case tests the stage's rules whatever the model finds; None: the
model's own entities), and the (text, label, country_code, geonames_id) the stage must return
for the names listed. Every rule has near forms that must not change.
"""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_entities import entities_over_model_spans

WEST_BANK, NORTH_BANK = 285153, 2412353
BAKHMUT, UVALDE, TADMUR, SAKE, GOMA = 713174, 4738721, 163808, 205970, 216281
GAZA_STRIP, GAZA_CITY, RAFAH, GAZA_MOZAMBIQUE = 281132, 281133, 281102, 1046058


def _found(nlp, text: str, model: list[tuple[str, str]] | None) -> list[dict]:
    """The stage's entities of `text` (with their text), over the model spans `model`."""
    if model is not None:
        return entities_over_model_spans(nlp, text, model)
    doc = process(nlp, text)
    return [{**e, "text": text[e["start"] : e["end"]]} for e in doc._.news_entities]


def _check(nlp, text, model, expected, absent=()) -> list[dict]:
    found = _found(nlp, text, model)
    rows = [(e["text"], e["label"], e["country_code"], e["geonames_id"]) for e in found]
    for row in expected:
        assert row in rows, rows
    assert not {e["text"] for e in found} & set(absent), rows
    return found


# -- a region whose name ends in an organisation's head word ("Bank") ---------------------------

REGIONS_NAMED_LIKE_ORGANISATIONS = [
    (
        "Settlers attacked a village in the West Bank on Friday.",
        [("West Bank", "ORG"), ("Friday", "DATE")],
        [("West Bank", "GPE", "PS", WEST_BANK)],
    ),
    (
        "Israeli troops raided Jenin in the West Bank, killing three.",
        [("Israeli", "NORP"), ("Jenin", "GPE"), ("West Bank", "ORG")],
        [("West Bank", "GPE", "PS", WEST_BANK)],
    ),
    (
        "Two Palestinians were shot dead at a West Bank checkpoint.",
        [("Palestinians", "NORP"), ("West Bank", "ORG")],
        [("West Bank", "GPE", "PS", WEST_BANK)],
    ),
    (
        "Troops raided homes across the West Bank overnight.",
        [("West Bank", "ORG")],
        [("West Bank", "GPE", "PS", WEST_BANK)],
    ),
    (
        "Floods killed four people in Gambia's North Bank region.",
        [("Gambia", "GPE"), ("North Bank", "ORG")],
        [("North Bank", "GPE", "GM", NORTH_BANK)],
    ),
    # near forms: banks that are organisations stay ORG
    (
        "The World Bank said the war had cost $400 billion.",
        [("World Bank", "ORG")],
        [("World Bank", "ORG", None, None)],
    ),
    (
        "The National Bank of Ukraine raised its key rate.",
        [("National Bank of Ukraine", "ORG")],
        [("National Bank of Ukraine", "ORG", None, None)],
    ),
    (
        "The Bank of Israel kept rates unchanged.",
        [("Bank of Israel", "ORG")],
        [("Bank of Israel", "ORG", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "model", "expected"), REGIONS_NAMED_LIKE_ORGANISATIONS)
def test_a_region_named_like_an_organisation_is_a_place(nlp, text, model, expected):
    _check(nlp, text, model, expected)


# -- a town below the population threshold, placed by the words around it ----------------------

SMALL_TOWNS_PLACED = [
    (
        "Two people were killed in Bakhmut on Monday.",
        [("Bakhmut", "GPE"), ("Monday", "DATE")],
        [("Bakhmut", "GPE", "UA", BAKHMUT)],
    ),
    # a demonym names the attackers, not the place
    (
        "Russian shelling near Bakhmut wounded five soldiers.",
        [("Russian", "NORP"), ("Bakhmut", "GPE")],
        [("Bakhmut", "GPE", "UA", BAKHMUT)],
    ),
    (
        "A gunman opened fire outside a school in Uvalde.",
        [("Uvalde", "GPE")],
        [("Uvalde", "GPE", "US", UVALDE)],
    ),
    (
        "Civilians fled from Palmyra as militants advanced.",
        [("Palmyra", "GPE")],
        [("Palmyra", "GPE", "SY", TADMUR)],
    ),
    (
        "Rebels shelled the town of Sake, killing four civilians.",
        [("Sake", "GPE")],
        [("Sake", "GPE", "CD", SAKE)],
    ),
    (
        "Sake, a town west of Goma, fell to the rebels.",
        [("Sake", "GPE"), ("Goma", "GPE")],
        [("Sake", "GPE", "CD", SAKE), ("Goma", "GPE", "CD", GOMA)],
    ),
    # near forms: no place word, no country named: the small town stays unplaced
    (
        "Officials said Bakhmut had become a symbol of resistance.",
        [("Bakhmut", "GPE")],
        [("Bakhmut", "GPE", None, None)],
    ),
    # ... a region word: the name is a county or a district, not the small town of its stem
    (
        "Deputies searched farms in Uvalde County on Monday.",
        [("Uvalde County", "GPE"), ("Monday", "DATE")],
        [("Uvalde County", "GPE", None, None)],
    ),
    (
        "Floods hit villages in Bakhmut district on Monday.",
        [("Bakhmut", "GPE"), ("Monday", "DATE")],
        [("Bakhmut", "GPE", None, None)],
    ),
    # ... a place of another country in the same sentence says where the name is
    (
        "A car bomb exploded in the neighbourhood of Mansur in Baghdad.",
        [("Mansur", "GPE"), ("Baghdad", "GPE")],
        [("Mansur", "GPE", "IQ", None), ("Baghdad", "GPE", "IQ", 98182)],
    ),
    # ... and an article that names its country or region keeps a small namesake elsewhere out
    (
        "The painting was stolen in England on Saturday. Visitors had seen it at Blenheim.",
        [("England", "GPE"), ("Saturday", "DATE"), ("Blenheim", "GPE")],
        [("Blenheim", "GPE", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "model", "expected"), SMALL_TOWNS_PLACED)
def test_a_small_town_after_a_place_word_is_geocoded(nlp, text, model, expected):
    _check(nlp, text, model, expected)


# -- a small town the model missed, after a place preposition -----------------------------------

NEW_SMALL_PLACES = [
    (
        "Three civilians were killed in Sake on Tuesday.",
        [("Three", "CARDINAL"), ("Tuesday", "DATE")],
        [("Sake", "GPE", "CD", SAKE)],
        (),
    ),
    (
        "Thousands fled from Sake toward Goma.",
        [("Goma", "GPE")],
        [("Sake", "GPE", "CD", SAKE)],
        (),
    ),
    ("In Sake, two soldiers died in an ambush.", [], [("Sake", "GPE", "CD", SAKE)], ()),
    ("Mortar fire hit homes near Sake overnight.", [], [("Sake", "GPE", "CD", SAKE)], ()),
    ("Hundreds of people fled to Sake after the attack.", [], [("Sake", "GPE", "CD", SAKE)], ()),
    # near forms: a month, a word that is no place, no place word before the name
    ("Two people were killed in March when a bomb exploded.", [("March", "DATE")], [], ["March"]),
    ("They believe in God, the preacher said.", [], [], ["God"]),
    ("For the sake of peace, the two sides signed a truce.", [], [], ["sake"]),
    ("Bakhmut has become a symbol of resistance.", [], [], ["Bakhmut"]),
    # ... a name qualifying the noun after it, and a person the article names in full
    ("The Sake family said their son was shot. Police spoke to Sake relatives.", [], [], ["Sake"]),
    (
        "John Sake said the boat sank. Reporters spoke to Sake on Monday.",
        [("John Sake", "PERSON"), ("Monday", "DATE")],
        [("Sake", "PERSON", None, None)],
        (),
    ),
]


@pytest.mark.parametrize(("text", "model", "expected", "absent"), NEW_SMALL_PLACES)
def test_a_small_town_the_model_missed_after_a_place_preposition(
    nlp, text, model, expected, absent
):
    _check(nlp, text, model, expected, absent)


# -- a place preposition over the model's ORG or PERSON ---------------------------------------

PLACES_OVER_WRONG_LABELS = [
    (
        "Islamic State fighters shelled homes in Palmyra.",
        [("Islamic State", "ORG"), ("Palmyra", "PERSON")],
        [("Palmyra", "GPE", "SY", TADMUR)],
    ),
    (
        "Syrian troops advanced toward Palmyra.",
        [("Syrian", "NORP"), ("Palmyra", "PERSON")],
        [("Palmyra", "GPE", "SY", TADMUR)],
    ),
    (
        "Militants attacked a police post near Sake.",
        [("Sake", "PERSON")],
        [("Sake", "GPE", "CD", SAKE)],
    ),
    (
        "Rescuers searched for survivors in Sake after the landslide.",
        [("Sake", "ORG")],
        [("Sake", "GPE", "CD", SAKE)],
    ),
    # near forms: an organisation after "from", a person whose name holds a place name, and a
    # person the article names in full, once after a place preposition
    (
        "Hamas fired rockets, according to a statement from Hamas.",
        [("Hamas", "ORG"), ("Hamas", "ORG")],
        [("Hamas", "ORG", None, None)],
    ),
    (
        "A fire broke out in Paris Hilton's house, police said.",
        [("Paris Hilton", "PERSON")],
        [("Paris Hilton", "PERSON", None, None)],
    ),
    (
        "Palmyra Brown said her son was shot. Police said Palmyra Brown was in shock. Friends "
        "stayed with Palmyra at home.",
        [("Palmyra Brown", "PERSON"), ("Palmyra Brown", "PERSON"), ("Palmyra", "PERSON")],
        [("Palmyra", "PERSON", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "model", "expected"), PLACES_OVER_WRONG_LABELS)
def test_a_place_preposition_outweighs_a_wrong_model_label(nlp, text, model, expected):
    _check(nlp, text, model, expected)


# -- "Gaza" alone is the Gaza Strip ----------------------------------------------------------

GAZA = [
    ("Israeli strikes on Gaza killed 30 people.", [("Gaza", "GPE", "PS", GAZA_STRIP)]),
    ("Rockets were fired from Gaza overnight.", [("Gaza", "GPE", "PS", GAZA_STRIP)]),
    ("Aid trucks entered Gaza on Sunday, the UN said.", [("Gaza", "GPE", "PS", GAZA_STRIP)]),
    (
        "In Rafah, five children were killed. Strikes across Gaza killed 20.",
        [("Rafah", "GPE", "PS", RAFAH), ("Gaza", "GPE", "PS", GAZA_STRIP)],
    ),
    # near forms: the city written out, and Mozambique's Gaza province
    ("Eleven people were killed in Gaza City.", [("Gaza City", "GPE", "PS", GAZA_CITY)]),
    ("Floods hit Gaza province in Mozambique.", [("Gaza", "GPE", "MZ", GAZA_MOZAMBIQUE)]),
    (
        "Two people died in Gaza, Mozambique, when a bridge collapsed.",
        [("Gaza", "GPE", "MZ", GAZA_MOZAMBIQUE)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAZA)
def test_gaza_alone_is_the_gaza_strip(nlp, text, expected):
    _check(nlp, text, None, expected)


def test_gaza_and_the_gaza_strip_are_one_cluster_holding_rafah(nlp):
    text = "Fighting raged in the Gaza Strip. Israel said it struck 40 targets in Gaza and Rafah."
    found = {e["text"]: e for e in _found(nlp, text, None)}
    assert found["Gaza"]["cluster_id"] == found["Gaza Strip"]["cluster_id"]
    assert found["Gaza"]["canonical"] == "Gaza Strip"
    # the casualty stage reads a town in the region's admin1 code as inside it
    assert found["Rafah"]["admin1"] == found["Gaza"]["admin1"] == "PS.GZ"
    assert found["Gaza"]["place_kind"] == "admin1"
