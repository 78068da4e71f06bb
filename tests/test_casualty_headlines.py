"""Headline grammar on real report pages, and the page furniture around it.

A headline drops "was" and "were" ("Multiple people shot in North Philadelphia", "17-year-old
fatally shot by sheriff's deputy", "7 shot at NC Moose Lodge": the count is the figure, "7"),
and title case throws the tagger ("11-Year-Old Boy Accidentally Shot in Monroe"): such lines
are read on the surface, the people before the harm word or after an active one, on a line
with no closing stop only. A page's time stamp ("Posted: Sunday, November 30, 2014") does not
date the harm on its line, and a clip's title after its running time in a list of videos is
an incident of its own. Pages of real reports also count victims by the harm ("four male
shooting victims")."""

from __future__ import annotations

import pytest

from tests.conftest import process
from tests.test_casualty_incidents import linked_rows

PUBLISHED = "2024-05-10"

#: (text, every row: type, count text, relation, counts)
HEADLINES = [
    ("Multiple people shot in North Philadelphia", [("injured", "Multiple people", None, True)]),
    ("Two teenagers shot near high school in Dayton", [("injured", "Two teenagers", None, True)]),
    (
        "17-year-old fatally shot by DuPage County sheriff's deputy",
        [("killed", "17-year-old", None, True)],
    ),
    ("15-year-old wounded in drive-by shooting", [("injured", "15-year-old", None, True)]),
    ("7 shot at NC Moose Lodge during private party", [("injured", "7", None, True)]),
    (
        "Pair on the run after 7 shot during NC Moose Lodge party",
        [("injured", "7", None, True)],
    ),
    # Near forms: a sentence with its stop, an object, one shot fired, a gunmen's volley.
    ("Multiple people shot in North Philadelphia.", []),
    ("Residents shot videos of the fire", []),
    ("He fired one shot at the car", []),
    ("Gunmen shot at police in Karachi", []),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headlines(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men shot outside bar Posted: Monday, May 6, 2024 9:10 AM EDT\n\nTwo men were"
            " shot outside a bar late Saturday, police said.",
            [("injured", "Two men", None, True), ("injured", "Two men", "same_as", False)],
        ),
        (
            "Woman stabbed in Leeds Updated: Friday, March 1, 2024\n\nA woman was stabbed in"
            " Leeds city centre on Wednesday night, police said. The woman was stabbed in the"
            " arm.",
            [
                ("injured", "Woman", None, True),
                ("injured", "A woman", "same_as", False),
                ("injured", "The woman", "same_as", False),
            ],
        ),
    ],
)
def test_page_stamp_does_not_date_the_harm(nlp, text, expected):
    """The headline's figure and the story's are one group: the time stamp after the headline
    is the page's, so it does not set the headline's figure apart as another day's."""
    assert linked_rows(process(nlp, text, "2024-05-06")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More Videos 11:32 Police tackle man for jaywalking 0:35 Three shot at Del Paso"
            " Heights park, one in serious condition Share Video",
            [],
        ),
        (
            "0:27 Father of man killed during robbery talks about sentences\n\n0:43 Homeless man"
            " found dead in Parkland; suspect arrested\n\n1:51 Boy killed with machete",
            # each clip's title an incident of its own (test_casualty_clip_incidents_round21);
            # "Homeless man" is one man found dead, no displacement, and the "suspect" after
            # the semicolon one man held (the GVA gold's rows)
            [
                ("killed", "man", None, True),
                ("killed", "Homeless man", None, True),
                ("detained", "suspect", None, True),
                ("killed", "Boy", None, True),
            ],
        ),
        # Near form: a clock time in prose before a figure is no clip list.
        (
            "Police said that at 10:30 three people were shot outside the bar.",
            [("injured", "three", None, True)],
        ),
    ],
)
def test_clip_titles(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


#: Victims of a harm, counted: "four male shooting victims". Near forms: "the shooting
#: victims" names again those counted, a possessive's, and victims of nothing counted.
VICTIMS_OF_A_HARM = [
    (
        "Arriving officers discovered four male shooting victims, ranging in age from 25 to 30.",
        [("injured", "four male shooting victims", None, True)],
    ),
    (
        "Police found two gunshot victims at the scene.",
        [("injured", "two gunshot victims", None, True)],
    ),
    (
        "Three stabbing victims were treated at the scene.",
        [("injured", "Three stabbing victims", None, True)],
    ),
    (
        "Officers found two homicide victims in the house.",
        [("killed", "two homicide victims", None, True)],
    ),
    # Near forms
    ("Deputies said the two homicide victims were found on Sunday.", []),
    ("The shooting victims were taken to hospital.", []),
    ("A fund for shooting victims was set up.", []),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS_OF_A_HARM)
def test_victims_of_a_harm(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected


#: Headlines the parse cannot read, read on the surface: people before a harm participle (after
#: adverbs), or after an active harm verb. Near forms: no person before or after the harm word,
#: a sentence with its stop, a line whose harm word is a thing's.
HEADLINES_ON_THE_SURFACE = [
    ("11-Year-Old Boy Accidentally Shot in Monroe", [("injured", "11-Year-Old Boy", None, True)]),
    ("Young Girl Accidentally Shot by Uncle", [("injured", "Young Girl", None, True)]),
    (
        "Police: 10-year-old reportedly shot in the head in Nicoma Park",
        [("injured", "10-year-old", None, True)],
    ),
    (
        "Mother, Father, Toddler Dead Following Murder-Suicide",
        [("killed", "Mother, Father, Toddler", None, True)],
    ),
    ("Male Adult and Juvenile Shot in Indio", [("injured", "Male Adult and Juvenile", None, True)]),
    (
        "Brother accidentally shot 12-year-old, police say",
        [("injured", "12-year-old", None, True)],
    ),
    (
        "Deputy fatally shot teen during DuPage County domestic call",
        [("killed", "teen", None, True)],
    ),
    (
        "Houston rapper dies at gas station after being shot in head",
        [("killed", "Houston rapper", None, True)],
    ),
    ("Gunman Kills 3 at Office Park", [("killed", "3", None, True)]),
    ("Teen shot: what we know", [("injured", "Teen", None, True)]),
    # Near forms
    ("Shot clock violation costs Lakers the game", []),
    ("Sports: Tigers hurt by late penalty", []),
    ("Dead Man Walking returns to Broadway", []),
    ("Officers Respond to Shots Fired Call", []),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES_ON_THE_SURFACE)
def test_headlines_on_the_surface(nlp, text, expected):
    assert linked_rows(process(nlp, text, PUBLISHED)) == expected
