"""Casualty mentions: a quantity of people tied to a harm through the dependency parse.

`find_casualties(doc, lexicon, matchers)` works in three steps:

1. Triggers: harm words of the lexicon (verbs, adjectives, nouns, tolls) and the multiword and
   dependency patterns of `harm.json` ("lost their lives", "taken to hospital").
2. Groups: for each trigger, the harmed group(s) the parse links it to (passive subject, active
   object, subject of "die", head of a participle, "N dead", "the death toll rose to N",
   "three children were among the injured", "including ..."), each read as a `Quantity`.
3. Context and relations across the article: victim, time scope, event date, location,
   `subset_of` / `same_as` / `update_of` / `conflicts_with` and `counts_toward_total`. Two
   located figures may be one incident when one's place is, contains or lies within the
   other's (a town in its admin1 region or country, by the gazetteer facts `news_entities`
   puts on each place: `place_kind`, `admin1`, `country_code`).
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import datetime as dt
import heapq
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

import numpy
from spacy.attrs import IS_SPACE, LEMMA, LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..extensions import CasualtyItem, DateItem, EntityItem
from ..geo import distance_km
from .quantities import (
    LABELS_KEY,
    Quantity,
    QuantityWords,
    bounds,
    ent_label,
    entity_labels,
    generational_name,
    is_non_person_noun,
    is_person_noun,
    modifier_numerals,
    multiplier,
    negated_any,
    noun_phrase_end,
    numeral_value,
    one_person,
    read_quantity,
    shares_figure,
    split_numeral,
)
from .quantities import _aged as aged_name  # "15-year-old Braxton Bourda": an aged name
from .shared import HEADLINE_CLOSERS
from .syntax import NOMINAL_SUBJECTS, has_subject, subject_of
from .timex import TimexLexicon

#: Dependents that start another clause: the mention span stops before them.
CLAUSE_BREAK_DEPS = frozenset(
    {"conj", "cc", "advcl", "punct", "mark", "parataxis", "relcl", "ccomp", "dep", "preconj"}
)
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
#: prepositions that list parts of a group told ("three died, among them a child", "including two
#: children")
PART_PREPS = frozenset({"among", "including"})
#: the verb whose object a state word describes ("left six people wounded"), which the parser
#: often hangs elsewhere; read from the surface by `_second_result` and `_misparsed_result`
LEAVING_VERBS = frozenset({"leave"})


class CasualtyLexicon:
    """Harm, quantity, victim and context word lists, compiled for lookups."""

    def __init__(
        self,
        harm: Mapping[str, Any],
        quantities: Mapping[str, Any],
        victims: Mapping[str, Any],
        numbers: Mapping[str, Any],
        context: Mapping[str, Any],
        country_words: set[str] | None = None,
        given_names: Mapping[str, Any] | None = None,
        genders: Mapping[str, Any] | None = None,
        timex: TimexLexicon | None = None,
    ) -> None:
        self.words = QuantityWords(quantities, victims, numbers, given_names, genders)
        self.timex = timex
        # the words that tell only the hour of a time ("1 a.m.", "midnight", "EST"), read for
        # every time the text gives: built once, not per date
        self.hour_words: frozenset[str] = (
            frozenset({*timex.clock_words, *timex.meridiem, *timex.time_zones})
            if timex is not None
            else frozenset()
        )
        self.country_words: set[str] = set(country_words or ())
        self.armed_bodies: set[str] = set(victims.get("armed_bodies", []))
        self.combatant_sides: dict[str, str] = dict(victims.get("combatant_sides", {}))
        self.verbs: dict[str, str] = dict(harm["verbs"])
        self.intransitive: dict[str, str] = dict(harm["intransitive_verbs"])
        self.denied: dict[str, str] = dict(harm.get("denied_verbs", {}))
        self.person_only: set[str] = set(harm.get("person_only_verbs", []))
        self.numeric_only: set[str] = set(harm.get("numeric_only_verbs", []))
        self.person_object: set[str] = set(harm.get("person_object_verbs", []))
        self.named_target_verbs: set[str] = set(harm.get("named_target_verbs", []))
        self.named_target_any_label: set[str] = set(harm.get("named_target_any_label_verbs", []))
        self.mechanism: dict[str, str] = dict(harm.get("mechanism_verbs", {}))
        self.fatal_adverbs: set[str] = set(harm.get("fatal_adverbs", []))
        self.fatal_adjectives: set[str] = set(harm.get("fatal_adjectives", []))
        self.fatal_results: set[str] = set(harm.get("fatal_results", []))
        self.fatal_manners: set[str] = set(harm.get("fatal_manners", []))
        self.killing_charge_nouns: set[str] = set(harm.get("killing_charge_nouns", []))
        self.killing_charge_words: set[str] = set(harm.get("killing_charge_words", []))
        self.attempt_words: set[str] = set(harm.get("attempt_words", []))
        self.of_phrase_nouns: set[str] = set(harm.get("of_phrase_nouns", []))
        self.adjectives: dict[str, str] = dict(harm["adjectives"])
        self.nouns: dict[str, str] = dict(harm["nouns"])
        self.performing_verbs: set[str] = set(harm.get("performing_verbs", []))
        self.unquantified: dict[str, str] = dict(harm["unquantified_nouns"])
        self.money_loss_modifiers: set[str] = set(harm.get("money_loss_modifiers", []))
        self.loss_severity: set[str] = set(harm.get("loss_severity_modifiers", []))
        self.loss_ranks: set[str] = set(harm.get("loss_ranks", []))
        self.prospective_captive_heads: set[str] = set(harm.get("prospective_captive_heads", []))
        self.result_verbs: set[str] = set(harm.get("result_verbs", []))
        self.kin_nouns: set[str] = set(harm.get("kin_nouns", []))
        self.fired_into_preps: set[str] = set(harm.get("fired_into_preps", []))
        self.fired_at_vehicles: set[str] = set(harm.get("fired_at_vehicle_nouns", []))
        self.victim_associates: set[str] = self.kin_nouns | set(
            harm.get("victim_associate_nouns", [])
        )
        self.kin_loss_type: str = harm.get("kin_loss_type", "killed")
        self.companion_preps: set[str] = set(harm.get("companion_preps", []))
        self.taking_particles: set[str] = set(harm["taking_particles"])
        self.idiom_particles: dict[str, set[str]] = {
            verb: set(words) for verb, words in harm.get("idiom_particles", {}).items()
        }
        self.toll_nouns: dict[str, str] = dict(harm["toll_nouns"])
        self.toll_types: dict[str, str] = dict(harm.get("toll_types", {}))
        self.toll_verb_qualifiers: dict[str, str] = dict(harm.get("toll_verb_qualifiers", {}))
        self.phrases: list[dict[str, Any]] = list(harm.get("phrases", []))
        self.gunfire_words: set[str] = set(harm.get("gunfire_words", []))
        self.injury_verb_forms: set[str] = set(harm.get("injury_verb_forms", []))
        self.wound_bearing_verbs: set[str] = set(harm.get("wound_bearing_verbs", []))
        self.gunfire_degree_adverbs: set[str] = set(harm.get("gunfire_degree_adverbs", []))
        self.dependency_patterns: list[dict[str, Any]] = [
            _with_word_lists(entry, {**harm, **victims})
            for entry in harm.get("dependency_patterns", [])
        ]
        self.location_phrase_verbs: set[str] = set(harm["location_phrase_verbs"])
        burial: Mapping[str, list[str]] = harm.get("burial", {})
        self.burial_verbs: set[str] = set(burial.get("verbs", []))
        self.burial_manner: set[str] = set(burial.get("manner", []))
        self.burial_materials: set[str] = set(burial.get("materials", []))
        self.burial_structures: set[str] = set(burial.get("structures", []))
        self.collapse_words: set[str] = set(burial.get("collapse", []))
        self.collapse_verbs: set[str] = set(burial.get("collapse_verbs", []))
        self.victim_harm_nouns: set[str] = set(harm.get("victim_harm_nouns", []))
        shelter: Mapping[str, list[str]] = harm.get("shelter_description", {})
        self.shelter_verbs: set[str] = set(shelter.get("verbs", []))
        self.shelter_sites: set[str] = set(shelter.get("sites", []))
        self.recovering_conditions: set[str] = set(harm.get("recovering_conditions", []))
        self.condition_verbs: frozenset[str] = frozenset(harm["condition_verbs"])
        self.survivor_words: set[str] = set(harm.get("survivor_words", []))
        self.reference_nouns: set[str] = set(harm.get("reference_nouns", []))
        self.listing_reference_nouns: set[str] = set(harm.get("listing_reference_nouns", []))
        self.reference_pronouns: set[str] = set(harm.get("reference_pronouns", []))
        self.named_victim_types: dict[str, str] = dict(harm.get("named_victim_types", {}))
        self.named_victim_nouns: dict[str, str] = dict(harm.get("named_victim_nouns", {}))
        self.victim_compounds: dict[str, str] = dict(harm.get("victim_compounds", {}))
        self.care_going_verbs: frozenset[str] = frozenset(harm.get("care_going_verbs", []))
        #: a headline's harm word -> its lemma (`_headline_mentions`)
        self.headline_harm: dict[str, str] = dict(harm.get("headline_harm_words", {}))
        self.headline_finding: set[str] = set(harm.get("headline_finding_words", []))
        #: a headline's active harm verb -> its lemma: the people come after it
        self.headline_active: dict[str, str] = dict(harm.get("headline_active_words", {}))
        self.headline_participles: set[str] = set(harm.get("headline_participles", []))
        self.body_discovery_verbs: set[str] = set(harm.get("body_discovery_verbs", []))
        self.wound_finding_verbs: set[str] = set(harm.get("wound_finding_verbs", []))
        self.status_adjectives: set[str] = set(harm.get("status_adjectives", []))
        self.identifying_verbs: set[str] = set(harm.get("identifying_verbs", []))
        self.captor_verbs: set[str] = set(harm.get("captor_verbs", []))
        self.captor_decided_nouns: set[str] = set(harm.get("captor_decided_nouns", []))
        self.departure_verbs: set[str] = set(harm.get("departure_verbs", []))
        self.escapee_nouns: set[str] = set(harm.get("escapee_nouns", []))
        self.evacuation_verbs: set[str] = set(harm.get("evacuation_verbs", []))
        self.traveller_nouns: set[str] = set(harm.get("traveller_nouns", []))
        self.resident_nouns: set[str] = set(harm.get("resident_nouns", []))
        self.home_place_nouns: set[str] = set(harm.get("home_place_nouns", []))
        self.escape_verbs: set[str] = set(harm.get("escape_verbs", []))
        self.remainder_nouns: set[str] = set(harm.get("remainder_nouns", []))
        self.rest_of_the_dead_words: set[str] = set(harm.get("rest_of_the_dead_words", []))
        self.how_badly_lemmas: set[str] = set(harm.get("how_badly_lemmas", []))
        self.carrying_verbs: set[str] = set(harm.get("carrying_verbs", []))
        self.bare_taking_preps: set[str] = set(harm.get("bare_taking_preps", []))
        self.bare_taking_adverbs: set[str] = set(harm.get("bare_taking_adverbs", []))
        self.standin_demonstratives: set[str] = set(harm.get("standin_demonstratives", []))
        self.irregular_captor_modifiers: set[str] = set(harm.get("irregular_captor_modifiers", []))
        self.state_operation_nouns: set[str] = set(harm.get("state_operation_nouns", []))
        self.aid_operation_modifiers: set[str] = set(harm.get("aid_operation_modifiers", []))
        self.rescue_forces: set[str] = set(harm.get("rescue_forces", []))
        self.captors: dict[str, str] = dict(harm.get("captors", {}))
        self.state_force_name_words: set[str] = set(harm.get("state_force_name_words", []))
        self.release_verbs: set[str] = set(harm.get("release_verbs", []))
        self.release_nouns: set[str] = set(harm.get("release_nouns", []))
        self.additive_references: set[str] = set(harm.get("additive_reference_words", []))
        self.other_words: set[str] = set(harm.get("other_words", []))
        self.intake_verbs: set[str] = set(harm.get("intake_verbs", []))
        self.recording_agents: set[str] = set(harm.get("recording_agents", []))
        self.figurative_verbs: set[str] = set(harm.get("figurative_verbs", []))
        self.abstract_subjects: set[str] = set(harm.get("abstract_subjects", []))
        self.contest_nouns: set[str] = set(harm.get("contest_nouns", []))
        self.contest_verbs: set[str] = set(harm.get("contest_verbs", []))
        self.contest_win_nouns: set[str] = set(harm.get("contest_win_nouns", []))
        self.contest_heads: set[str] = set(harm.get("contest_heads", []))
        self.margin_units: set[str] = set(harm.get("margin_units", []))
        self.rival_words: set[str] = set(harm.get("rival_words", []))
        self.contest_adverbs: set[str] = set(harm.get("contest_adverbs", []))
        self.contest_ranks: set[str] = set(harm.get("contest_ranks", []))
        self.chance_nouns: set[str] = set(harm.get("chance_nouns", []))
        self.modals: set[str] = set(context["modals"])
        self.counterfactual_modals: set[str] = set(context.get("counterfactual_modals", []))
        self.narrative_modals: set[str] = set(context.get("narrative_modals", []))
        self.future_modals: set[str] = set(context.get("future_modals", []))
        self.narrative_sequence_adverbs: set[str] = set(
            context.get("narrative_sequence_adverbs", [])
        )
        self.intention_verbs: set[str] = set(context["intention_verbs"])
        self.denied_belief_verbs: set[str] = set(context.get("denied_belief_verbs", []))
        self.causative_verbs: set[str] = set(context.get("causative_verbs", []))
        self.implicative_verbs: set[str] = set(context.get("implicative_verbs", []))
        self.instrument_verbs: set[str] = set(context.get("instrument_verbs", []))
        self.report_verbs: set[str] = set(context["report_verbs"])
        self.aspectual_verbs: set[str] = set(context.get("aspectual_verbs", []))
        self.dispute_verbs: set[str] = set(context.get("dispute_verbs", []))
        self.conditional_marks: set[str] = set(context["conditional_marks"])
        self.time_scope: dict[str, list[str]] = dict(context["time_scope"])
        self.scope_date_granularities: set[str] = set(context.get("cumulative_granularities", []))
        self.rank_period_nouns: set[str] = set(context.get("rank_period_nouns", []))
        self.update_words: set[str] = set(context["update_words"])
        self.rising_update_words: set[str] = set(context.get("rising_update_words", []))
        self.summed_event_determiners: set[str] = set(context.get("summed_event_determiners", []))
        self.speech_verbs: set[str] = set(context["speech_verbs"])
        self.other_source_words: set[str] = set(context.get("other_source_words", []))
        self.report_nouns: set[str] = set(context.get("report_nouns", []))
        self.not_yet_words: set[str] = set(context.get("not_yet_words", []))
        self.locative_preps: set[str] = set(context["locative_preps"])
        self.found_place_preps: set[str] = set(context["found_place_preps"])
        self.place_nouns: set[str] = set(context.get("place_nouns", []))
        self.site_nouns: set[str] = set(context.get("site_nouns", []))
        self.toll_bound_preps: set[str] = set(context.get("toll_bound_preps", []))
        self.treatment_verbs: set[str] = set(context.get("treatment_verbs", []))
        self.since_aside_markers: list[str] = list(context.get("since_aside_markers", []))
        self.treated_wound_nouns: set[str] = set(context.get("treated_wound_nouns", []))
        self.page_stamp_labels: set[str] = set(context.get("page_stamp_labels", []))
        self.page_control_words: set[str] = set(context.get("page_control_words", []))
        self.capacity_nouns: set[str] = set(context.get("capacity_nouns", []))
        self.site_preps: set[str] = set(context.get("site_preps", []))
        self.neighbourhood_nouns: set[str] = set(context.get("neighbourhood_nouns", []))
        self.point_date_words: set[str] = set(context.get("point_date_words", []))
        self.distributive_words: set[str] = set(context.get("distributive_words", []))
        self.extraction_verbs: set[str] = set(context.get("extraction_verbs", []))
        self.separate_incident_words: set[str] = set(context["separate_incident_words"])
        self.event_nouns: set[str] = set(context["event_nouns"])
        self.response_verbs: set[str] = set(context.get("response_verbs", []))
        self.attack_verbs: set[str] = set(context.get("attack_verbs", []))
        self.afterward_adverbs: set[str] = set(context.get("afterward_adverbs", []))
        self.harm_act_nouns: set[str] = set(context.get("harm_act_nouns", []))
        self.happening_verbs: set[str] = set(context.get("happening_verbs", []))
        self.operation_nouns: set[str] = set(context.get("operation_nouns", []))
        self.case_nouns: set[str] = set(context.get("case_nouns", []))
        self.round_up_preps: set[str] = set(context.get("round_up_preps", []))
        self.whole_land_nouns: set[str] = set(context.get("whole_land_nouns", []))
        self.settlement_nouns: set[str] = set(context.get("settlement_nouns", []))
        self.thoroughfare_nouns: set[str] = set(context.get("thoroughfare_nouns", []))
        self.route_nouns: set[str] = set(context.get("route_nouns", []))
        self.arrest_act_verbs: set[str] = set(context.get("arrest_act_verbs", []))
        self.destination_preps: set[str] = set(context.get("destination_preps", []))
        self.round_up_km: float = float(context.get("round_up_km", 0))
        self.separate_incident_days: int = int(context.get("separate_incident_days", 30))
        self.stated_day_period_days: int = int(context.get("stated_day_period_days", 0))
        self.stated_day_period_lag_days: int = int(context.get("stated_day_period_lag_days", 0))
        self.other_place_words: set[str] = set(context.get("other_place_words", []))
        self.recent_since_days: int = int(context.get("recent_since_days", 7))
        self.state_words: set[str] = set(context.get("state_words", []))
        self.continuing_words: set[str] = set(context.get("continuing_words", []))
        self.witness_count_verbs: set[str] = set(context.get("witness_count_verbs", []))
        self.toll_setting_verbs: set[str] = set(context.get("toll_setting_verbs", []))
        self.state_copulas: set[str] = set(context.get("state_copulas", []))
        self.ranking_copulas: set[str] = set(context.get("ranking_copulas", []))
        self.retaliation_nouns: set[str] = set(context.get("retaliation_nouns", []))
        self.aggregate_event_nouns: set[str] = set(context["aggregate_event_nouns"])
        self.generic_nouns: set[str] = set(context["generic_event_nouns"])
        self.generic_determiners: set[str] = set(context.get("generic_determiners", []))
        self.substitute_pronouns: set[str] = set(context.get("substitute_pronouns", []))
        self.generic_subjects: set[str] = set(context["generic_subjects"])
        self.indefinite_subjects: set[str] = set(context["indefinite_subjects"])
        self.temporal_marks: set[str] = set(context["temporal_marks"])
        self.campaign_min_low: int = int(context["campaign_min_low"])
        self.tally_incident_ratio: int = int(context.get("tally_incident_ratio", 10))
        self.restated_excess_ratio: float = float(context.get("restated_excess_ratio", 0.15))
        self.few_events: int = int(context.get("few_events", 5))
        self.campaign_subjects: set[str] = set(context.get("campaign_subjects", []))
        self.war_toll_nouns: set[str] = set(context.get("war_toll_nouns", []))
        zones = "|".join(re.escape(zone) for zone in context.get("live_page_time_zones", []))
        #: a live page entry's first line: a clock time, an optional zone, then a dash
        self.live_entry_line = re.compile(
            rf"^[ \t]*\d{{1,2}}[:.]\d{{2}}(?:[ \t]*(?:{zones}))?[ \t]*[—–-]",
            re.MULTILINE,
        )
        self.onset_verbs: set[str] = set(context.get("onset_verbs", []))
        self.range_starts: set[str] = set(context.get("range_starts", []))
        self.range_ends: set[str] = set(context.get("range_ends", []))
        self.range_granularities: set[str] = set(context.get("range_granularities", []))
        self.sequel_words: set[str] = set(context.get("sequel_words", []))
        self.prior_deed_adverbs: set[str] = set(context.get("prior_deed_adverbs", []))
        self.event_window_marks: set[str] = set(context.get("event_window_marks", []))
        self.state_phrase_nouns: set[str] = set(context.get("state_phrase_nouns", []))
        self.severity_adverbs: set[str] = set(context.get("severity_adverbs", []))
        self.designation_verbs: set[str] = set(context.get("designation_verbs", []))
        self.status_wholes: dict[str, str] = dict(context.get("status_wholes", {}))
        self.apart_event_words: set[str] = set(context.get("apart_event_words", []))
        self.scene_openers: list[tuple[str, ...]] = sorted(
            {tuple(opener.split()) for opener in context.get("scene_openers", [])}, key=len
        )
        self.occasion_marks: set[str] = set(context.get("occasion_marks", []))
        self.suspect_types: set[str] = set(context.get("suspect_types", []))
        self.part_marks: set[str] = set(context.get("part_marks", []))
        self.gathering_nouns: set[str] = set(context.get("gathering_nouns", []))
        self.gathering_preps: set[str] = set(context.get("gathering_preps", []))
        self.new_event_determiners: set[str] = set(context.get("new_event_determiners", []))
        self.recalled_event_determiners: set[str] = set(
            context.get("recalled_event_determiners", [])
        )
        self.captivity_nouns: set[str] = set(context.get("captivity_nouns", []))
        self.term_nouns: set[str] = set(context.get("term_nouns", []))
        self.renewal_verbs: set[str] = set(context.get("renewal_verbs", []))
        self.renewal_marks: set[str] = set(context.get("renewal_marks", []))
        self.resumption_verbs: set[str] = set(context.get("resumption_verbs", []))
        self.stock_types: set[str] = set(context.get("stock_types", []))
        self.pronoun_sources: set[str] = set(context.get("pronoun_sources", []))
        self.round_figure_words: set[str] = set(context.get("round_figure_words", []))
        self.photo_credit_words: set[str] = set(context.get("photo_credit_words", []))
        self.kindless_events: set[str] = set(context.get("kindless_event_nouns", []))
        self.joint_occurrences: set[str] = set(context.get("joint_occurrence_verbs", []))
        self.contrast_words: set[str] = set(context.get("contrast_words", []))
        self.sibling_marks: set[str] = set(context.get("sibling_marks", []))
        self.first_given_adverbs: set[str] = set(context.get("first_given_adverbs", []))
        self.occurrence_marks: set[str] = set(context.get("occurrence_marks", []))
        self.telling_time_marks: set[str] = set(context.get("telling_time_marks", []))
        self.restating_zones: set[str] = set(context.get("restating_zones", []))
        self.occurrence_verbs: set[str] = set(context.get("occurrence_verbs", []))
        self.aftermath_marks: set[str] = set(context.get("aftermath_marks", []))
        self.period_preps: set[str] = set(context["period_preps"])
        self.superseded_words: set[str] = set(context["superseded_words"])
        self.rate_blockers: set[str] = set(context["rate_blockers"])
        self.daily_windows: list[tuple[str, ...]] = [
            tuple(window.split()) for window in context.get("daily_windows", [])
        ]
        self.window_unit_days: dict[str, float] = {
            unit: float(days) for unit, days in context.get("window_unit_days", {}).items()
        }
        self.summing_cues: set[str] = set(context.get("summing_cues", []))
        self.until_now_cues: set[str] = set(context.get("until_now_cues", []))
        self.timestamp_cues: set[str] = set(context.get("timestamp_cues", []))
        self.count_day_cues: set[str] = set(context.get("count_day_cues", []))
        # the preposition that governs the day after each cue ("of" in "as of")
        self.count_day_preps: set[str] = {cue.split()[-1] for cue in self.count_day_cues}
        self.epidemic_nouns: frozenset[str] = frozenset(context.get("epidemic_nouns", []))
        self.incident_window_days: float = float(context.get("incident_window_days", 1))
        self.additive_adverbs: set[str] = set(context["additive_adverbs"])
        self.additive_phrase_objects: set[str] = set(context["additive_phrase_objects"])
        self.culpability_words: set[str] = set(context.get("culpability_words", []))
        self.judicial_steps: set[str] = set(context.get("judicial_steps", []))
        self.region_words: frozenset[str] = frozenset(context["region_words"])
        self.identity_nouns: frozenset[str] = frozenset(context["identity_nouns"])
        self.conditional_nouns: set[str] = set(context.get("conditional_nouns", []))
        self.supposition_marks: set[str] = set(context.get("supposition_marks", []))
        self.rate_units: set[str] = set(context.get("rate_units", []))
        self.rate_nouns: set[str] = set(context.get("rate_nouns", []))
        self.claimant_pronouns: set[str] = set(context.get("claimant_pronouns", []))
        self.share_words: set[str] = set(context.get("share_words", []))
        self.tally_verbs: set[str] = set(context.get("tally_verbs", []))
        self.comparison_heads: dict[str, list[str]] = dict(context.get("comparison_heads", {}))
        self.tally_granularities: set[str] = set(context.get("tally_granularities", []))
        self.natural_causes: set[str] = set(context.get("natural_causes", []))
        self.link_line_openers: list[tuple[str, ...]] = [
            tuple(opener.split()) for opener in context.get("link_line_openers", [])
        ]
        self.item_bullets: set[str] = set(context.get("item_bullets", []))


def _with_word_lists(value: Any, lists: Mapping[str, Any]) -> Any:
    """A harm pattern with each "@name" of its IN / NOT_IN lists replaced by the words of the
    list `name` of a lexicon ("@perpetrator_nouns" of victims.json, "@body_parts" of
    harm.json), so that a word list lives in one place and every pattern reads the same words."""
    if isinstance(value, dict):
        return {key: _with_word_lists(item, lists) for key, item in value.items()}
    if isinstance(value, list):
        words: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("@"):
                words += lists[item[1:]]
            else:
                words.append(_with_word_lists(item, lists))
        return words
    return value


class Patterns:
    """Harm patterns keyed by the word of their first token.

    Token-sequence patterns use spaCy `Matcher` syntax (keys TEXT, LEMMA, LOWER, POS, TAG, DEP with
    a value or `IN` / `NOT_IN`, and `"OP": "?"`); dependency patterns use `DependencyMatcher`
    syntax with the operators `>` (child) and `<` (head). The first token of each is keyed by
    LEMMA or LOWER, so only the few tokens whose word starts a pattern are tried. spaCy's own
    matchers test every pattern at every token (the `DependencyMatcher` runs a token `Matcher`
    per node): for these patterns that alone costs several times this stage's time budget."""

    def __init__(
        self, sequences: list[list[dict[str, Any]]], trees: list[list[dict[str, Any]]]
    ) -> None:
        self.sequences = sequences
        self.trees = trees
        self.keys: dict[tuple[str, str], list[tuple[str, int]]] = {}
        for number, pattern in enumerate(sequences):
            self._index(pattern[0], ("sequence", number))
        for number, pattern in enumerate(trees):
            if any(node.get("REL_OP") not in (">", "<") for node in pattern[1:]):
                raise ValueError(f"dependency pattern {number}: only the operators > and < work")
            self._index(pattern[0]["RIGHT_ATTRS"], ("tree", number))

    def _index(self, attrs: Mapping[str, Any], target: tuple[str, int]) -> None:
        keys = [k for k in ("LEMMA", "LOWER") if k in attrs]
        if not keys:
            raise ValueError(f"pattern {target}: its first token needs a LEMMA or LOWER")
        values = attrs[keys[0]]
        for word in values["IN"] if isinstance(values, dict) else [values]:
            self.keys.setdefault((keys[0], word), []).append(target)

    def words(self) -> set[str]:
        """Every word that can start a pattern."""
        return {word for _, word in self.keys}

    def at(self, token: Token) -> list[tuple[str, int, list[int]]]:
        """(kind, pattern number, token index per pattern token or node) starting at `token`."""
        targets = self.keys.get(("LEMMA", token.lemma_), []) + self.keys.get(
            ("LOWER", token.lower_), []
        )
        found = []
        for kind, number in targets:
            if kind == "sequence":
                pattern = self.sequences[number]
                found += [(kind, number, ids) for ids in _sequence_at(pattern, token)]
            else:
                pattern = self.trees[number]
                if _attrs_match(token, pattern[0]["RIGHT_ATTRS"]):
                    bound = {pattern[0]["RIGHT_ID"]: token}
                    found += [(kind, number, ids) for ids in _extend_tree(pattern, 1, bound)]
        return found


_ATTRS = {
    "TEXT": lambda t: t.text,
    "LEMMA": lambda t: t.lemma_,
    "LOWER": lambda t: t.lower_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "ENT_TYPE": lambda t: ent_label(t),
}


def _attrs_match(token: Token, attrs: Mapping[str, Any]) -> bool:
    for key, wanted in attrs.items():
        if key == "OP":
            continue
        value = _ATTRS[key](token)
        if isinstance(wanted, dict):
            if "IN" in wanted and value not in wanted["IN"]:
                return False
            if "NOT_IN" in wanted and value in wanted["NOT_IN"]:
                return False
        elif value != wanted:
            return False
    return True


def _sequence_at(pattern: list[dict[str, Any]], token: Token) -> list[list[int]]:
    """Matches of a token-sequence pattern starting at `token`: the index per pattern token
    (an optional token that is absent gets the index of the next one)."""
    doc = token.doc
    states: list[tuple[int, list[int]]] = [(token.i, [])]
    for spec in pattern:
        optional = spec.get("OP") == "?"
        next_states = []
        for i, ids in states:
            if i < len(doc) and _attrs_match(doc[i], spec):
                next_states.append((i + 1, [*ids, i]))
            if optional:
                next_states.append((i, [*ids, min(i, len(doc) - 1)]))
        states = next_states
        if not states:
            return []
    return [ids for _, ids in states]


def _extend_tree(
    pattern: list[dict[str, Any]], position: int, bound: dict[str, Token]
) -> list[list[int]]:
    if position == len(pattern):
        return [[bound[node["RIGHT_ID"]].i for node in pattern]]
    node = pattern[position]
    left = bound[node["LEFT_ID"]]
    candidates = list(left.children) if node["REL_OP"] == ">" else [left.head]
    out = []
    for candidate in candidates:
        if candidate in bound.values() or not _attrs_match(candidate, node["RIGHT_ATTRS"]):
            continue
        out += _extend_tree(pattern, position + 1, {**bound, node["RIGHT_ID"]: candidate})
    return out


@dataclasses.dataclass
class Matchers:
    """What a stage builds once from the lexicon: the harm patterns, the hashes of every word
    that can start a harm (to skip all other tokens at C speed) and the time-scope cues."""

    patterns: Patterns
    trigger_hashes: frozenset[int]
    scopes: PhraseMatcher
    #: the words (lower-case forms or lemmas) a sentence's context is read from ("in",
    #: "according", "separate", "rise"): only tokens holding one are looked at closely.
    context_hashes: frozenset[int] = frozenset()


def build_matchers(lex: CasualtyLexicon, vocab: Any, make_doc: Any) -> Matchers:
    """Matchers for the harm words and patterns and for the time-scope cues."""
    patterns = Patterns(
        [entry["pattern"] for entry in lex.phrases],
        [entry["pattern"] for entry in lex.dependency_patterns],
    )
    words = (
        set(lex.verbs)
        | set(lex.intransitive)
        | set(lex.denied)
        | set(lex.mechanism)
        | set(lex.adjectives)
        | set(lex.nouns)
        | set(lex.toll_nouns)
        | lex.reference_nouns
        | lex.reference_pronouns
        | patterns.words()
    )
    forms = words | {w.capitalize() for w in words}
    hashes = frozenset(vocab.strings.add(w) for w in forms)
    scopes = PhraseMatcher(vocab, attr="LOWER")
    for scope, cues in lex.time_scope.items():
        scopes.add(scope.upper(), [make_doc(cue) for cue in cues])
    context = lex.locative_preps | lex.separate_incident_words | lex.update_words | {"according"}
    context_hashes = frozenset(
        vocab.strings.add(w) for w in context | {w.capitalize() for w in context}
    )
    return Matchers(patterns, hashes, scopes, context_hashes)


# -- triggers ----------------------------------------------------------------------------------


#: the type of a reference noun ("victims") until the harm it refers to is known
REFERENCE = "reference"
#: weaker than any harm word or pattern on the same group
REFERENCE_PRIORITY = 9


@dataclasses.dataclass(eq=False)
class Trigger:
    """A harm word or pattern, with the role that tells where its harmed group is."""

    token: Token
    type: str
    #: verb, subject, object, adj, noun, toll, pobj, place
    role: str
    #: lower wins when two harms claim the same group ("shot and killed": killed).
    priority: int = 1
    #: a harm that says how, not how badly ("shot"): resolved against the article's deaths.
    mechanism: bool = False
    #: a harm stated by denying its opposite ("did not survive"): its negation asserts it.
    denial: bool = False
    #: a capture told only by taking ("took 12 villagers with them"): a harm only when a
    #: captor word names who took them.
    needs_captor: bool = False
    #: a bare taking ("My son was taken"): with no captor named, a capture only after an
    #: abduction the article told before (`_abduction_told_before`).
    bare_taking: bool = False


def _candidates(doc: Doc, matchers: Matchers, words: list[list[int]]) -> list[Token]:
    """The tokens whose lower-case form or lemma (`words`: LOWER, LEMMA per token) can start a
    harm."""
    hashes = matchers.trigger_hashes
    return [doc[i] for i, (lower, lemma) in enumerate(words) if lemma in hashes or lower in hashes]


def word_hashes(doc: Doc) -> list[list[int]]:
    """LOWER and LEMMA of every token, read once per doc for the integer scans."""
    return doc.to_array([LOWER, LEMMA]).tolist() if len(doc) else []


def _idiom(verb: Token, particles: Iterable[str]) -> bool:
    """An active harm verb with no object of its own and one of `particles` right after it
    ("seized upon the remarks"); a passive ("were seized on the border") is a harm."""
    if not particles or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.lower_ in particles and after.dep_ in ("prep", "prt")


def _to_death(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a harm verb is taken to a fatal result ("burned a man to death", "were
    beaten to death": `fatal_results` after "to"; "burned alive": `fatal_manners`), wherever
    its object stands."""
    if any(c.lower_ in lex.fatal_manners and c.i > verb.i for c in verb.children):
        return True  # "were burned alive", "burned alive a family of five"
    return any(
        obj.lower_ in lex.fatal_results
        for prep in _children(verb, "prep")
        if prep.lower_ == "to"
        for obj in _children(prep, "pobj")
    )


def _killing_charge(word: Token, lex: CasualtyLexicon) -> bool:
    """Whether a charge or finding word holds a killing ("charged with murder", "committed
    manslaughter", "faces murder charges", "guilty of homicide")."""
    if word.lemma_.lower() not in lex.killing_charge_words:
        return False
    if any(_killing_charge(c, lex) for c in word.children if c.dep_ in ("oprd", "acomp")):
        return True  # "was found guilty of manslaughter", "pleaded guilty to murder"
    held = [c for c in word.children if c.dep_ in ("dobj", "attr")]
    held += [o for p in _children(word, "prep") for o in _children(p, "pobj")]
    # "faces charges of murder", "on counts of manslaughter"
    held += [o for h in list(held) for p in _children(h, "prep") for o in _children(p, "pobj")]
    return any(
        n.lemma_.lower() in lex.killing_charge_nouns
        for h in held
        for n in (h, *_children(h, "compound", "amod", "nmod"))
    )


def _under_killing_charge(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether an injury verb tells the act a charge or finding of killing is about ("charged
    with murder after shooting a 6-year-old boy", "committed involuntary manslaughter when he
    shot a 15-year-old boy"): the charge makes the shooting a death. The charge must govern the
    verb's clause, so a charge told of someone beside it ("the man, charged with murder last
    year, shot two people") does not; an attempt anywhere in the sentence keeps the injury."""
    if any(t.lemma_.lower() in lex.attempt_words for t in verb.sent):
        return False
    head = verb
    while head.head.i != head.i:
        head = head.head
        if _killing_charge(head, lex):
            return True
    return False


def _sheltered_residents(word: Token, lex: CasualtyLexicon) -> bool:
    """Whether an attributive displacement word describes whom a place shelters ("a school
    sheltering displaced families", "a camp for displaced people"): the phrase names the place,
    it does not tell that anyone was displaced (`shelter_description`). A quantity on the
    people ("a school sheltering 300 displaced people") is a figure and keeps its row."""
    if word.dep_ != "amod" or "displaced" not in (
        lex.verbs.get(word.lemma_.lower()),
        lex.adjectives.get(word.lower_),
    ):
        return False
    people = word.head
    if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in people.children):
        return False
    holder = people.head
    if people.dep_ == "dobj":
        return holder.lemma_.lower() in lex.shelter_verbs or holder.lower_ in lex.shelter_verbs
    if people.dep_ == "pobj" and holder.lower_ == "for":
        return holder.head.lemma_.lower() in lex.shelter_sites
    return False


def _word_triggers(token: Token, lex: CasualtyLexicon) -> Iterable[Trigger]:
    """The harm a single word states, by its part of speech."""
    if token.i > 0 and token.doc[token.i - 1].text == "-":
        return  # "booby-trapped", "war-wounded": part of a compound word
    lemma = token.lemma_.lower()
    lower = token.lower_
    if _sheltered_residents(token, lex):
        return  # "a school sheltering displaced families": what the place is, no displacement
    if token.pos_ in ("VERB", "AUX") and _counted_victims_of(token, lex):
        # "a shooting victim" with the modifier tagged as a participle: the victim's harm
        type_ = lex.victim_compounds[_victim_compound_word(token, lex) or lemma]
        yield Trigger(token, type_, "noun", mechanism=type_ != "killed")
    elif token.pos_ in ("VERB", "AUX") or token.tag_ == "VBN":
        if lemma in lex.denied and any(c.dep_ == "neg" for c in token.children):
            yield Trigger(token, lex.denied[lemma], "subject", denial=True)  # "did not survive"
        elif lemma in lex.intransitive:
            yield Trigger(token, lex.intransitive[lemma], "subject")
        elif lemma in lex.mechanism:
            fatal = (
                bool(_fatal_adverbs(token, lex))
                or _to_death(token, lex)
                or _under_killing_charge(token, lex)
            )
            type_ = "killed" if fatal else lex.mechanism[lemma]
            yield Trigger(token, type_, "verb", priority=1 if fatal else 2, mechanism=not fatal)
        elif lemma in lex.verbs:
            if lemma in lex.burial_verbs and not _buried_by_collapse(token, lex):
                return  # "has been buried in the town of Janzur": a funeral, not a trapping
            if _idiom(token, lex.idiom_particles.get(lemma, ())):
                return  # "critics seized upon the remarks": no one is taken
            type_ = lex.verbs[lemma]
            if type_ == "injured" and (_to_death(token, lex) or _fatal_adverbs(token, lex)):
                type_ = "killed"  # "a mob burned a man to death", "was fatally wounded"
            yield Trigger(token, type_, "verb")
        elif lower in lex.adjectives:
            yield Trigger(token, lex.adjectives[lower], "adj")  # "were missing" (VBG)
    elif token.pos_ == "ADJ" and lower in lex.adjectives:
        yield Trigger(token, lex.adjectives[lower], "adj")
    elif token.pos_ in ("NOUN", "PROPN"):
        if lemma in lex.toll_nouns or lower in lex.toll_nouns:
            default = lex.toll_nouns.get(lemma, lex.toll_nouns.get(lower, ""))
            type_ = _toll_type(token, default, lex) or _set_figure_type(token, lex)
            if type_:
                yield Trigger(token, type_, "toll")
        elif lemma in lex.listing_reference_nouns and _listing_back_reference(token, lex):
            # "Six died ... The casualties included three policemen": those six, not a new
            # group of killed or injured
            yield Trigger(token, REFERENCE, "noun", priority=REFERENCE_PRIORITY)
        elif lemma in lex.nouns:
            if lemma in lex.of_phrase_nouns and not _of_people(token, lex):
                return  # "a third remains unaccounted for": a verb the parser read as a noun
            yield Trigger(token, lex.nouns[lemma], "noun")
        elif _counted_victims_of(token, lex):
            # "four male shooting victims": the victims of a harm, counted
            type_ = lex.victim_compounds[_victim_compound_word(token, lex) or lemma]
            yield Trigger(token, type_, "noun", mechanism=type_ != "killed")
        elif lemma in lex.named_victim_nouns and token.tag_ == "NN":
            type_ = lex.named_victim_nouns[lemma]
            if type_ == "injured" and _under_killing_charge(token, lex):
                # "charged with murder in the shooting of a 6-year-old boy": a death
                yield Trigger(token, "killed", "noun")
            else:
                # "the shooting of Jacob Blake": says how, so a death told elsewhere wins.
                yield Trigger(token, type_, "noun", mechanism=True)
        elif lemma in lex.reference_nouns and not _associate_of_victims(token, lex):
            # "Three of the victims were police officers": the harm is the article's; any
            # harm word on the same group wins.
            yield Trigger(token, REFERENCE, "noun", priority=REFERENCE_PRIORITY)
        elif lower in lex.adjectives:
            yield Trigger(token, lex.adjectives[lower], "adj")  # "27 dead", "the injured"
    elif _back_referring_pronoun(token, lex):
        # "A bomb killed 12 people. Among them were three children.": the pronoun stands for
        # the group the sentence before harmed, as "the victims" does.
        yield Trigger(token, REFERENCE, "noun", priority=REFERENCE_PRIORITY)


def _associate_of_victims(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether "victims" only says whose kin or friend the clause is about ("The mother of one
    of the victims spoke", "Family members of some of the victims gathered"): the victims,
    through a partitive or not, are the object of "of" on a kin or associate noun
    (`victim_associates`), pointed back to without a harm of their own, so no row
    (ANNOTATION.md: a back-reference that adds no harm). The kin may be harmed itself ("The
    mother of one of the victims was also shot"): that is her row, not theirs."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    owner = of.head
    partitive = owner.like_num or owner.tag_ == "DT"
    if owner.dep_ == "pobj" and partitive and owner.head.lower_ == "of":
        owner = owner.head.head  # "the mother of one of the victims": past the partitive
    if owner.pos_ != "NOUN":
        return False
    words = {owner.lemma_.lower()} | {
        c.lemma_.lower() for c in owner.children if c.dep_ == "compound"
    }
    return bool(words & lex.victim_associates)


def _listing_back_reference(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether a definite `listing_reference_nouns` noun with no quantity lists people ("The
    casualties included ...", "among the casualties") after sentences whose harms are all of
    one type: a joint word then points back to that type's group (`_told_victims`)."""
    if not (_included(noun) or (noun.dep_ == "pobj" and noun.head.lower_ == "among")):
        return False
    if not _told_victims(noun) or any(c.dep_ == "nummod" or c.like_num for c in noun.children):
        return False
    if noun.sent.start == 0:
        return False
    told = {
        trigger.type
        for t in noun.doc[: noun.sent.start]
        if t.pos_ != "PRON"
        for trigger in _word_triggers(t, lex)
    }
    told &= HARM_TYPES  # arrests told beside are no casualties
    return len(told) == 1 and "killed_or_injured" not in told


def _back_referring_pronoun(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a pronoun stands for the people the words just before harmed, as "the victims"
    does: a sentence that opens with "Among them" or "Two of them", or a clause that opens with
    "they were" and lists counted people, right after words that only kill or injure. A "them"
    inside its own sentence may stand for anyone, and after arrests or words that harm no one
    ("questioned 40 witnesses") it is no victims (`_harmed_just_before`)."""
    if token.lower_ not in lex.reference_pronouns:
        return False
    if _copula_list_subject(token):
        # "Four of the deceased were from overseas; they were two Argentinians, one from
        # France, and a fourth from Germany": the clause before, up to the semicolon, harmed
        before = _clause_before(token)
        return before is not None and _harmed_just_before(before, lex)
    if _identified_list(token, lex) is not None and token.sent.start > 0:
        # "Two men were shot ... Police identified them as A, 22, and B, 27": the names of
        # the people the sentence before harmed
        return _harmed_just_before(token.doc[token.sent.start - 1].sent, lex)
    if token.dep_ != "pobj":
        return False
    sent = token.sent
    opener = token.head
    if opener.lower_ == "of" and opener.head.dep_ in ("nsubj", "nsubjpass"):
        opener = opener.head  # "Two of them were children"
    elif opener.lower_ != "among":
        return False
    # "At least 30 of them were minors": a qualifier may open the sentence before the figure
    lead = _qualifier_words_at(token.doc, sent.start, opener.i, lex)
    if opener.i != sent.start + lead or sent.start == 0:
        return False
    before = token.doc[sent.start - 1].sent
    return _harmed_just_before(before, lex) or (
        _describes_held(opener) and _captive_type_just_before(before, lex) is not None
    )


def _describes_held(opener: Token) -> bool:
    """Whether "Among them" / "Two of them" opens a clause that only says who the people were
    ("Among them were three minors", "Twenty of them were journalists"): after arrests or
    kidnappings such a clause picks out captives; any other verb ("Five of them were later
    released", "two of them escaped") tells what happened to them since, no part held."""
    return opener.head.lemma_ == "be"


def _captive_type_just_before(sent: Span, lex: CasualtyLexicon) -> str | None:
    """The captive type of a sentence whose harm words all tell one such type ("Police
    arrested 15 people", "Gunmen kidnapped 40 passengers"); None otherwise."""
    types = _harm_word_types(sent, lex)
    if len(types) == 1 and types <= CAPTIVE_TYPES:
        return next(iter(types))
    return None


def _copula_list_subject(pronoun: Token) -> bool:
    """Whether a pronoun is the subject of "be" that lists counted people ("they were two
    Argentinians, one from France"), opening its sentence or the clause after a semicolon."""
    head = pronoun.head
    if pronoun.dep_ != "nsubj" or head.lemma_ != "be" or not _counted_attrs(head):
        return False
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    return pronoun.i == pronoun.sent.start or (before is not None and before.text == ";")


def _counted_attrs(copula: Token) -> list[Token]:
    """The people a copula lists with a count of their own: its attributes and the items the
    parser chains on them by apposition and coordination."""
    found: list[Token] = []
    pending = _children(copula, "attr")
    while pending:
        item = pending.pop()
        pending += _children(item, "appos", "conj")
        if item.like_num or any(c.dep_ == "nummod" for c in item.children):
            found.append(item)
    return sorted(found, key=lambda t: t.i)


def _clause_before(pronoun: Token) -> Span | None:
    """The words before a clause a pronoun opens: up to the semicolon in its sentence, else the
    sentence before."""
    sent = pronoun.sent
    if pronoun.i > sent.start:
        return pronoun.doc[sent.start : pronoun.i - 1]
    return pronoun.doc[sent.start - 1].sent if sent.start > 0 else None


def _harmed_just_before(sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether a sentence has harm words and all of them kill or injure (the harms a
    back-reference like "the victims" takes)."""
    types = _harm_word_types(sent, lex)
    return bool(types) and types <= HARM_TYPES


def _harm_word_types(sent: Span, lex: CasualtyLexicon) -> set[str]:
    """The types of a sentence's harm words (a pronoun's back-reference left out)."""
    return {trigger.type for t in sent if t.pos_ != "PRON" for trigger in _word_triggers(t, lex)}


def _of_people(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "the remains of 32 people", "of two hikers": an "of" phrase whose object is people or
    a figure."""
    return any(o.like_num or is_person_noun(o, lex.words) for o in _of_objects(noun))


def _buried_by_collapse(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a burial verb traps its people: "buried alive", "buried under the rubble",
    "buried by an avalanche", "buried in the collapsed building", "buried when the roof caved
    in". Reads the verb's own dependents (and the small subtrees of its prepositions); a burial
    without any of them ("buried in the town of Janzur", "buried in a mass grave") is a funeral
    or the disposal of the dead."""
    for child in verb.children:
        if child.lower_ in lex.burial_manner:
            return True  # "buried alive"
        if child.dep_ in ("prep", "agent"):
            for word in child.subtree:
                lemma = word.lemma_.lower()
                if lemma in lex.burial_materials or word.lower_ in lex.burial_materials:
                    return True  # "under tons of rubble", "by a landslide"
                if lemma in lex.burial_structures and _collapsed(word, lex):
                    return True  # "in the collapsed building"
        if child.dep_ == "advcl" and child.lemma_.lower() in lex.collapse_verbs:
            return True  # "when the building collapsed"
    return _buried_by_material_subject(verb, lex)


def _buried_by_material_subject(verb: Token, lex: CasualtyLexicon) -> bool:
    """ "A landslide buried 30 people", "The mudslide struck before dawn, burying dozens": the
    active verb's subject (or that of the clause a participle hangs on) is what fell on them;
    a person who buries ("villagers buried the dead") is a funeral."""
    holders = [verb]
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"):
        holders.append(verb.head)
    subjects = [s for holder in holders for s in _children(holder, "nsubj")]
    if verb.dep_ == "acl" and _children(verb, "dobj"):
        subjects.append(verb.head)  # "A massive rockslide buried 40 workers" read as a phrase
    return any(
        s.lemma_.lower() in lex.burial_materials or s.lower_ in lex.burial_materials
        for s in subjects
    )


def _collapsed(structure: Token, lex: CasualtyLexicon) -> bool:
    """ "the collapsed building", "a building that collapsed": a structure that fell."""
    return any(
        (c.dep_ in ("amod", "compound") and c.lower_ in lex.collapse_words)
        or (c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.collapse_verbs)
        for c in structure.children
    )


def _pattern_triggers(token: Token, lex: CasualtyLexicon, matchers: Matchers) -> Iterable[Trigger]:
    doc = token.doc
    for kind, number, ids in matchers.patterns.at(token):
        if kind == "sequence":
            entry = lex.phrases[number]
            anchor = doc[ids[int(entry.get("anchor", 0))]]
        else:
            entry = lex.dependency_patterns[number]
            names = [node["RIGHT_ID"] for node in entry["pattern"]]
            anchor = doc[ids[names.index(entry.get("anchor", names[0]))]]
        if any(_negated_word(doc[i]) for i in ids):
            continue  # "non-fatal wounds"
        if entry.get("needs_gunfire") and not _struck_in_gunfire(anchor, lex):
            continue
        if entry.get("bare_taking") and not _bare_taking(anchor, lex):
            continue
        role = entry.get("role", "verb")
        priority = int(entry.get("priority", 1))
        type_, mechanism = entry["type"], bool(entry.get("mechanism", False))
        if type_ == "injured" and any(
            c.dep_ == "amod" and c.lower_ in lex.fatal_adjectives and not _negated_word(c)
            for i in ids
            for c in doc[i].children
        ):
            type_, priority, mechanism = "killed", 1, False  # "a fatal gunshot wound"
        elif mechanism and _fatal_adverbs(anchor, lex):
            # "opened fire, fatally striking the boy", "a bullet mortally wounded him": the
            # adverb says how badly, as on "fatally shot".
            type_, priority, mechanism = "killed", 1, False
        yield Trigger(
            anchor,
            type_,
            role,
            priority,
            mechanism,
            denial=bool(entry.get("denial")),  # "have not been found": missing
            needs_captor=bool(entry.get("needs_captor")),
            bare_taking=bool(entry.get("bare_taking")),
        )


def _bare_taking(verb: Token, lex: CasualtyLexicon) -> bool:
    """ "53 members of his congregation had been taken", "They took my three daughters": a
    taking of people with nothing on the verb that says where to or as what ("taken to
    hospital", "taken into custody", "taken ill", "took them hostage", "taken seriously"):
    only `bare_taking_preps` and `bare_taking_adverbs` may stand on it."""
    people = _children(verb, "dobj", "nsubjpass")
    if len(people) != 1:
        return False
    # "14 of their neighbours had been taken": the people are named after the partitive
    named = [people[0], *_of_objects(people[0])]
    if not any(is_person_noun(w, lex.words) for w in named):
        return False
    for child in verb.children:
        dep = child.dep_
        if dep in ("prep", "agent") and child.lower_ not in lex.bare_taking_preps:
            return False
        if dep == "advmod" and child.lower_ not in lex.bare_taking_adverbs:
            return False
        if dep in ("prt", "dative", "oprd", "xcomp", "acomp", "attr", "ccomp", "npadvmod"):
            return False
    return True


def _abduction_told_before(verb: Token, by_span: Mapping[Any, list[Mention]]) -> bool:
    """Whether a mention read before `verb` is an abduction: a bare taking after it ("Gunmen
    abducted 20 villagers ... 'My two brothers were taken'") is one more of the same."""
    return any(
        m.type == "abducted" and m.trigger.token.i < verb.i
        for mentions in by_span.values()
        for m in mentions
    )


def _struck_in_gunfire(verb: Token, lex: CasualtyLexicon) -> bool:
    """ "Gunfire erupted outside the club. Five people were hit.": a bare passive hit or strike
    tells a wound where its sentence or the one before speaks of gunfire, and nothing else
    is said to hit ("hit with charges", "struck by the ruling", "hit hard")."""
    if any(p.lower_ in ("by", "with") for p in _children(verb, "prep", "agent")):
        return False
    if any(a.lower_ in lex.gunfire_degree_adverbs for a in _children(verb, "advmod")):
        return False
    sent = verb.sent
    start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(
        t.lemma_.lower() in lex.gunfire_words and t.i != verb.i for t in verb.doc[start : sent.end]
    )


def _negated_word(token: Token) -> bool:
    """ "non-fatal", "non-life-threatening": the word is negated by its prefix."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "non"


def triggers_of(
    doc: Doc, lex: CasualtyLexicon, matchers: Matchers, words: list[list[int]] | None = None
) -> list[Trigger]:
    """Every harm word and pattern in `doc`, in text order."""
    found: list[Trigger] = []
    for token in _candidates(doc, matchers, word_hashes(doc) if words is None else words):
        found += _word_triggers(token, lex)
        found += _pattern_triggers(token, lex, matchers)
    return found


# -- hypothetical and negated harm -------------------------------------------------------------


def _is_present(verb: Token) -> bool:
    """Whether a verb is in the simple present ("are killed", "kills")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ != "have"
        for c in verb.children
    )


def _is_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def generic_harm(trigger: Trigger, lex: CasualtyLexicon) -> str | None:
    """A harm verb in the simple present with a generic subject states what happens, not what
    happened: "habitual" for "they kill taxi drivers" (a periodic figure), "hypothetical" for
    "before somebody gets killed" (no figure at all), else None."""
    verb = trigger.token
    if trigger.role not in ("verb", "subject") or verb.pos_ != "VERB":
        return None
    if verb.tag_ == "VBG" and _bare_plural_object(verb) and _indefinite_doer(verb, lex):
        return "hypothetical"  # "no sign that anyone is going around shooting people"
    if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "acl") and _bare_plural_object(verb):
        return "habitual"  # "a pattern of hurting people": a gerund without a subject
    if verb.dep_ == "acl" and _generic_frame(verb, lex):
        # "when the media gets a video of a black person getting shot": a participle has no
        # tense of its own; a present "when" clause around it tells what happens, not what did.
        return "hypothetical"
    tensed = verb
    if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ == "VERB":
        tensed = verb.head  # "do children shoot and kill people?": the tense of "shoot"
    if not _is_present(tensed):
        return None
    if tensed != verb:
        verb = tensed
    if verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lex.temporal_marks for c in verb.children
    ):
        # "When a fighter kills a soldier, ...": a present-tense harm in a "when/if" clause
        # tells what happens whenever it does, not what happened; news tells incidents in
        # the past tense (a headline's present stands in a main clause, not in a "when").
        return "hypothetical"
    for subject in _children(verb, "nsubj", "nsubjpass"):
        bare = not any(c.dep_ in ("det", "nummod", "amod", "poss") for c in subject.children)
        if subject.lower_ in lex.generic_subjects and bare:
            marks = {c.lower_ for c in _children(verb, "mark")}
            if subject.lower_ in lex.indefinite_subjects or marks & lex.temporal_marks:
                return "hypothetical"
            return "habitual"
    if _bare_plural_object(trigger.token) and trigger.role != "subject":
        # "guns kill people"; not "two men are serving prison sentences", whose object is
        # what the subject undergoes, not people harmed
        return "habitual"
    return None


def _indefinite_doer(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a participle's doer is "someone" or "anyone", read up the clauses the
    participle hangs from ("someone driving around shooting people", "anyone is out there
    shooting people"): a doer no one has named, told as going on, harms people no one has
    counted. A doer of a finished act ("someone opened fire, wounding people") did harm."""
    token = verb
    for _ in range(4):
        ongoing = token.tag_ == "VBG" or token.lemma_.lower() == "be"
        if ongoing and any(s.lower_ in lex.indefinite_subjects for s in _children(token, "nsubj")):
            return True
        if token.dep_ == "acl" and token.head.lower_ in lex.indefinite_subjects:
            return True
        if token.dep_ not in ("advcl", "xcomp", "pcomp", "prep", "pobj", "acl", "conj"):
            return False
        token = token.head
    return False


def _generic_frame(participle: Token, lex: CasualtyLexicon) -> bool:
    """Whether the clause holding a participle's noun is a present-tense clause opened by a
    temporal or conditional mark ("when the media gets a video of ..."): read from the noun up
    to its first verb."""
    head = participle.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT":
            break
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or not _is_present(head):
        return False
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lex.temporal_marks for c in head.children
    )


def _bare_plural_object(verb: Token) -> bool:
    """Whether a verb's object is a bare plural ("people"), which names no group."""
    return any(
        obj.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children)
        for obj in _children(verb, "dobj")
    )


def _mistagged_past(verb: Token) -> bool:
    """ "Suspected jihadists killed 34 soldiers, sources told AFP": a past tense the tagger
    took for a participle (VBN) after a participle-like subject. With a subject of its own and
    no auxiliary it can only be a tensed clause, never a bare complement ("told him to kill")."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )


#: Harm states a modal with a `continuing_words` adverb estimates as they are now ("could still
#: be missing").
ESTIMATED_STATES = ("missing", "trapped")


def _estimated_state(token: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """ "between 30 and 60 more passengers could still be missing", "as many as 60 may still be
    trapped": a modal with "still" on a missing or trapped state guesses how many are so now,
    it does not tell a harm that may come ("could still be killed" stays hypothetical)."""
    if lex.adjectives.get(anchor.lower_) not in ESTIMATED_STATES:
        return False
    # the state's own subject says who; a clause the parser left without one is no estimate
    return has_subject(token) and any(
        c.dep_ == "advmod" and c.lower_ in lex.continuing_words for c in token.children
    )


def _narrative_modal(modal: Token, verb: Token, lex: CasualtyLexicon) -> bool:
    """ "a 19-year-old would shoot a man outside the store, then flee", "the suspect would later
    shoot a woman": a `narrative_modals` word with a sequence adverb on the verb or a verb
    joined to it tells a past in order, unless the sentence sets a condition."""
    if modal.lower_ not in lex.narrative_modals:
        return False
    if any(t.dep_ == "mark" and t.lower_ in lex.conditional_marks for t in verb.sent):
        return False
    verbs = [verb, *_children(verb, "conj")]
    return any(
        c.dep_ == "advmod" and c.lower_ in lex.narrative_sequence_adverbs
        for v in verbs
        for c in v.children
    )


def is_unasserted(anchor: Token, lex: CasualtyLexicon, denial: bool = False) -> bool:
    """True when the clause of `anchor` does not state that harm happened: a modal ("could
    kill"), an intention ("threatened to kill"), a condition ("if ... were killed"), a
    negation ("was not hurt"; with `denial`, the anchor's own negation states the harm: "did
    not survive"), or a purpose infinitive ("to kill")."""
    if _imperative(anchor):
        return True  # "Lock her up!": a command, not a report
    token = anchor
    for _ in range(4):
        for child in token.children:
            if (
                child.dep_ == "aux"
                and child.lower_ in lex.modals
                and (not _is_perfect(token) or child.lower_ in lex.counterfactual_modals)
                and not _estimated_state(token, anchor, lex)
                and not _narrative_modal(child, token, lex)
            ):
                return True  # "could kill", "could have killed hundreds"; not "may have died"
            if child.dep_ == "neg" and not (denial and token == anchor):
                return True
            if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
                return True
            if child.dep_ == "prep" and _opens_condition(child, token, lex):
                return True  # "in the event she was injured"
            if (
                child.dep_ == "aux"
                and child.lower_ == "to"
                and not _is_perfect(token)
                and token.head.lemma_.lower() not in lex.report_verbs
                and token.head.lemma_.lower() not in lex.aspectual_verbs
                # "caused the pilot to lose consciousness": as real as the causative verb
                and token.head.lemma_.lower() not in lex.causative_verbs
                # "managed to kill three guards", "used a rifle to kill two officers": done
                and not _done_through(token.head, lex)
                # "have yet to be found": a denied finding states that they are missing
                and not (
                    denial
                    and token == anchor
                    and any(c.lower_ in lex.not_yet_words for c in token.head.children)
                )
            ):
                return True
        if (
            token.dep_ == "ccomp"
            and token.head.lemma_.lower() in lex.denied_belief_verbs
            and any(c.dep_ == "neg" for c in token.head.children)
            # "can't believe her grandson is dead" is shock at a harm, not its denial
            and any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in token.head.children)
        ):
            return True  # "does not believe the shot hit the boy": denied, not reported
        # A tensed complement reports ("told them that he was shot"); a bare or infinitival
        # one is wanted ("want the more dead", "told him to kill").
        infinitive = token.dep_ != "ccomp" or not (
            token.tag_ in ("VBD", "VBZ", "VBP", "MD")
            or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                for c in token.children
            )
            or _mistagged_past(token)
        )
        if (
            token.dep_ in ("xcomp", "ccomp", "oprd", "acomp")
            and token.head.lemma_.lower() in lex.intention_verbs
            and infinitive
            and not _ordered_done(token)
        ):
            # "threatened to kill", "they want the more dead"; not "told them that he was shot"
            return True
        if (
            (
                token.dep_ in ("conj", "xcomp", "oprd", "acomp", "auxpass", "aux")
                # "executing him would not bring her back": a gerund subject is as asserted
                # as the clause it is the subject of
                or (token.dep_ == "csubj" and token.tag_ == "VBG")
            )
            and token.head != token
        ) or (
            # "seeking to have the senator jailed": the causative's complement is what it
            # brings about, wanted as much as the causative itself
            token.dep_ == "ccomp" and token.head.lemma_.lower() in lex.causative_verbs
        ):
            token = token.head
        elif (
            token.dep_ == "acl"
            and token.head.dep_ == "dobj"
            and token.head.head.lemma_.lower() in lex.causative_verbs
        ):
            token = token.head.head  # "sought to have three men jailed", parsed on "men"
        elif token.dep_ in ("advcl", "relcl") and token.head != token:
            # "where four or more people are killed": a definition, not a report.
            marks = [c.lower_ for c in token.children if c.dep_ in ("mark", "advmod")]
            head = token.head
            if head.lower_ in lex.substitute_pronouns and head.dep_ == "pobj":
                # "defines a mass shooting as one in which four people are shot": the
                # pronoun stands for the noun it is said of (the parser hangs "as one" on
                # that noun or on its verb), which the definition is about
                said_of = head.head.head
                if said_of.pos_ == "VERB":
                    said_of = next(iter(_children(said_of, "dobj")), said_of)
                if said_of.pos_ == "NOUN":
                    head = said_of
            determiners = [c for c in head.children if c.dep_ in ("det", "poss", "nummod")]
            if (
                head.lemma_.lower() in lex.generic_nouns
                and (
                    (head.tag_ == "NNS" and not determiners)
                    # "any incident in which four or more people are shot"
                    or (
                        head.tag_ == "NN"
                        and len(determiners) == 1
                        and determiners[0].lower_ in lex.generic_determiners
                    )
                )
                and _is_present(token)
            ):
                return True  # not "Saturday's shootings that killed two people"
            if any(m in lex.conditional_marks for m in marks):
                return True
            if token.dep_ == "relcl" and _condition_noun(head, lex):
                return True  # "in the event that she was injured"
            # "if you had an organization that was going around killing people": the clause
            # describes a supposed group, up through the verbs it hangs on.
            clause = token
            for _ in range(3):
                if clause.dep_ == "relcl" and _conditional_entity(clause.head, lex):
                    return True
                if clause.dep_ not in ("advcl", "xcomp", "conj") or clause.head == clause:
                    break
                clause = clause.head
            break
        elif token.dep_ == "acl" and _condition_noun(token.head, lex):
            return True  # "in case anyone is hurt" parsed as a clause on "case"
        else:
            break
    return False


def _done_through(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether an infinitive under `verb` is done when `verb` is: an implicative verb
    ("managed to kill"), or a verb of using with its tool as object ("used a rifle to kill",
    "the knife used to kill", "the gun he used to kill"). Without a tool, "used to" is a past
    habit ("he used to kill rabbits", "the man who used to kill")."""
    lemma = verb.lemma_.lower()
    if lemma in lex.implicative_verbs:
        return True
    if lemma not in lex.instrument_verbs:
        return False
    if _children(verb, "dobj"):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True  # "the knife used to kill the woman"
    if verb.dep_ != "relcl":
        return False
    # "the gun he used to kill": the noun is the object the clause leaves out; not when the
    # relative word is the subject ("who used to kill") or a place or time ("where he used to")
    subjects = _children(verb, "nsubj")
    return bool(subjects) and not any(
        t.tag_ in ("WP", "WDT", "WRB") or t.lower_ == "that"
        for t in [*subjects, *_children(verb, "advmod")]
    )


def _ordered_done(participle: Token) -> bool:
    """ "was ordered held without bail", "was ordered jailed": a bare participle after a
    passive order tells what the order did to its subject (a court's order takes effect), not
    a wish ("ordered troops to kill", "wanted him dead")."""
    if participle.tag_ != "VBN" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in participle.children
    ):
        return False
    order = participle.head
    if _is_passive(order):
        return True
    # "was charged ... and ordered held": the order shares the passive of the verb before it
    return (
        order.dep_ == "conj" and not _children(order, "nsubj", "dobj") and _is_passive(order.head)
    )


def _imperative(verb: Token) -> bool:
    """Whether `verb` is a command opening its sentence: a bare root verb with no subject and
    no auxiliary ("Lock her up!", "Kill them all")."""
    if verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    if _children(verb, "nsubj", "nsubjpass", "aux", "auxpass", "expl"):
        return False
    before = verb.doc[verb.sent.start : verb.i]
    return all(t.is_punct or t.is_space for t in before)


def _condition_noun(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether `noun` is the "event" of "in the event" / the "case" of "in case"."""
    return noun.lemma_.lower() in lex.conditional_nouns and noun.head.lower_ == "in"


def _opens_condition(prep: Token, verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a preposition on `verb` opens a condition: "In the event she was injured" (the
    phrase comes before the verb's subject, with no comma after it); not "injured in the event"
    nor "In the event, three people died" (British "as it turned out")."""
    if prep.lower_ != "in" or prep.i > verb.i:
        return False
    nouns = [n for n in _children(prep, "pobj") if n.lemma_.lower() in lex.conditional_nouns]
    if not nouns:
        return False
    after = nouns[0].doc[nouns[0].i + 1] if nouns[0].i + 1 < len(nouns[0].doc) else None
    return after is not None and not after.is_punct and after.i < verb.i


def _conditional_entity(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether an indefinite noun ("an organization") belongs to a conditional clause ("if you
    had an organization that ..."): what a relative clause on it says is supposed, not stated.
    A definite noun ("if the man who shot two people is caught") keeps its clause asserted."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children):
        return False
    if noun.dep_ not in ("dobj", "attr", "pobj") or noun.lemma_.lower() in lex.event_nouns:
        return False  # "whether a shooting that left two dead was gang-related": an event
    token = noun
    for _ in range(4):
        if token.head == token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return any(
                c.dep_ == "mark" and c.lower_ in lex.supposition_marks for c in token.children
            )
    return False


# -- groups ------------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False)
class Group:
    """A harmed group: its head token and how it relates to the harm."""

    token: Token
    relation: str | None = None  # subset_of when the parse says so ("among", "including")
    #: the harm word is the head of the count phrase ("27 dead", "six deaths").
    harm_head: Token | None = None
    #: qualifier and first token given by a toll verb ("exceeded 100").
    verb_qualifier: tuple[str, int] | None = None
    superseded: bool = False
    update: bool = False
    #: a harm without any quantity ("heavy losses"); its victims are the clause's subject.
    unquantified: bool = False
    #: the token a listed person's count phrase ends before: the next person of the list, on
    #: whose phrase the parser may hang that one ("a boy of about seven and an elderly man")
    stop: int | None = None
    #: the group a part is told beside, another part of the same whole ("Two victims stayed
    #: ..., one crossed the county line"; the fronted whole of "Of the dead, ten were soldiers
    #: and five were civilians"): the part is of that whole, not of the group beside it
    beside: Token | None = None


#: `doc.user_data` key of the parse reads `find_casualties` repeats many times for one doc (a
#: token's children, a sentence's ranked event, a harm's side): the parse does not change
#: while it reads the doc, and the memo is dropped with the doc's reading.
MEMO_KEY = "news_casualties.memo"


#: `doc.user_data` key of the lexicon `find_casualties` reads the doc with, for the parse
#: helpers deep in the subject and object walks (`_subjects`, `_objects`), which many callers
#: share and which take no lexicon of their own; dropped with the doc's reading like the memo.
LEXICON_KEY = "news_casualties.lexicon"


def _doc_lexicon(doc: Doc) -> CasualtyLexicon:
    """The lexicon of the `find_casualties` call reading `doc`."""
    return doc.user_data[LEXICON_KEY]


def _memo(doc: Doc, name: str) -> dict[Any, Any] | None:
    """The memo table `name` of the doc being read; None outside `find_casualties`."""
    memo = doc.user_data.get(MEMO_KEY)
    return None if memo is None else memo[name]


def _children(token: Token, *deps: str) -> list[Token]:
    memo = token.doc.user_data.get(MEMO_KEY)
    if memo is None:
        return [c for c in token.children if c.dep_ in deps]
    # spaCy builds a Token for every child on each walk: walk once per token, then build only
    # the children asked for, each a new Token as before (callers compare them with `is`)
    kids = memo["children"].get(token.i)
    if kids is None:
        kids = memo["children"][token.i] = [(c.dep_, c.i) for c in token.children]
    doc = token.doc
    return [doc[i] for dep, i in kids if dep in deps]


def _of_objects(token: Token) -> list[Token]:
    """The objects of the "of" phrases on `token` ("14 of their neighbours", "those of a
    woman and a baby")."""
    return [o for p in _children(token, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]


def _is_passive(verb: Token) -> bool:
    if _children(verb, "nsubjpass", "auxpass"):
        return True
    # "a boy shot in the head" may be tagged a finite past: on a noun, with no subject or
    # object of its own, it is still the participle (not on the whole of a partitive, "one of
    # the seven people shot", which refers back).
    participle = verb.tag_ == "VBN" or (
        verb.tag_ == "VBD" and verb.dep_ == "acl" and not _partitive_whole(verb.head)
    )
    return (
        participle
        and not _children(verb, "dobj", "nsubj")
        and not _is_perfect(verb)
        # "A drone strike killed at least nine civilians queuing for fuel", parsed as "strike
        # [that was] killed": the counted people after it are its object
        and not _gerund_subjects_after(verb)
    )


def _placed_person(verb: Token, head: Token) -> Token | None:
    """ "found a teenager in a car suffering from gunshot wounds", "located a woman lying in the
    street suffering from wounds": the parser hangs the state's participle on the place just
    before it (or makes it that place's object), but a place suffers nothing; the person the
    place phrase hangs on (directly or through a posture participle) is the one. None unless a
    found or told person is there (a place phrase on the verb is left alone: "after finding a
    teenager in a car suffering from wounds" often tells a death, whose type the later clause
    revises)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pobj":
        prep = verb.head  # "a woman inside the apartment suffering": "suffering" as the place
    elif head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and ent_label(head) != "PERSON":
        prep = head.head
    else:
        return None
    owner = prep.head
    place_preps = _doc_lexicon(verb.doc).found_place_preps
    for _ in range(3):
        if prep.lower_ not in place_preps:
            return None
        if owner.pos_ not in ("NOUN", "PROPN") or owner.dep_ != "pobj" or ent_label(owner):
            break
        prep, owner = owner.head, owner.head.head  # "in a driveway on Hollywood Avenue"
    if owner.pos_ == "VERB" and owner.dep_ == "acl" and owner.tag_ == "VBG":
        owner = owner.head  # "a woman lying in the street"
    if owner.pos_ not in ("NOUN", "PROPN") or owner.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    return owner


def _partitive_whole(noun: Token) -> bool:
    """The "seven people" of "one of the seven people": the object of "of" after a figure or
    pronoun."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ in ("NUM", "PRON", "DET")
    )


def _counted_antecedent(noun: Token, lex: CasualtyLexicon) -> Token | None:
    """ "searching for dozens of people who remain missing": the relative clause hangs on the
    noun after "of", but the people it harms are the whole counted phrase, so the count word
    ("dozens", "hundreds", a numeral) heads the group. None for any other noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or not _children(noun, "relcl"):
        return None
    if _children(noun, "det", "poss"):
        return None  # "two of the men who were arrested": a part of people told before
    count = noun.head.head
    if count.like_num or (count.tag_ == "NNS" and count.lower_ in lex.words.vague):
        return count
    return None


def _emphatic_antecedent(token: Token) -> Token | None:
    """ "President John F. Kennedy, who had himself been assassinated in 1963": a reflexive
    right after a relative pronoun and its auxiliaries only stresses it; the parser may take it
    for the subject and cut the relative clause from its noun. The noun before the comma and
    the pronoun is the one harmed; None when the words do not read so."""
    if token.lower_ not in REFLEXIVES:
        return None
    doc = token.doc
    i = token.i - 1
    while i >= 0 and doc[i].pos_ == "AUX":
        i -= 1
    if i < 2 or doc[i].lower_ not in ("who", "whom") or doc[i - 1].text != ",":
        return None
    antecedent = doc[i - 2]
    return antecedent if antecedent.pos_ in ("PROPN", "NOUN") else None


def _resolve_relative(token: Token) -> Token:
    """ "who" in "people who died" stands for "people"."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        antecedent = token.head.head
        if (
            antecedent.dep_ == "appos"
            and antecedent.head.dep_ in ("nsubj", "nsubjpass")
            and token.i > 0
            and token.doc[token.i - 1].text == ","
        ):
            # "The second victim, a 17-year-old boy, who was shot in the chest, later died":
            # an aside on the apposition describes the subject it renames, one person
            return antecedent.head
        return antecedent
    return token


def _role_aside(name: Token, role: Token) -> bool:
    """ "Park Won-soon, the mayor of Seoul, was found dead" parsed with two subjects: a name
    and, after a comma and without "and", a singular noun with "the" are one person (the
    parser's apposition)."""
    between = name.doc[name.i + 1 : role.i]
    return (
        name.pos_ == "PROPN"
        and ent_label(name) == "PERSON"
        and role.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in role.children)
        and any(t.text == "," for t in between)
        and not any(t.dep_ == "cc" for t in between)
    )


def _auxiliary_subjects(verb: Token) -> list[Token]:
    """ "... have died and 15 are missing": a subject the parser hangs on the verb's auxiliary
    instead of the verb."""
    return [
        s
        for aux in _children(verb, "aux", "auxpass")
        for s in _children(aux, "nsubj", "nsubjpass")
        if s.i < aux.i
    ]


def _rank(mention: Mention, lex: CasualtyLexicon) -> int | None:
    """The ordinal that numbers a mention's one person: its own ("a third victim"), or that of
    the ranked noun its subject is ("Ortega became the third person taken into custody")."""
    if mention.quantity.rank:
        return mention.quantity.rank
    token = mention.group.token
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in lex.ranking_copulas:
        return None
    for attr in _children(token.head, "attr"):
        if _ranked_subject(attr, lex) == token:
            return next(
                r for c in attr.children if (r := lex.words.numbers.ordinal(c.lower_)) is not None
            )
    return None


def _ranked_subject(group: Token, lex: CasualtyLexicon) -> Token | None:
    """ "Kevin Ross was the third suspect arrested in the case": a ranked noun said of a
    subject only numbers that subject among people taken over time (the others may be told
    nowhere); the subject is the one person, and the words that tell who."""
    head = group.head
    if group.dep_ != "attr" or head.lemma_.lower() not in lex.ranking_copulas:
        return None
    if not any(
        c.dep_ == "amod" and lex.words.numbers.ordinal(c.lower_) is not None for c in group.children
    ):
        return None
    subject = subject_of(head, ("nsubj",))
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return subject


def _result_names_the_object(verb: Token, groups: list[Token], lex: CasualtyLexicon) -> bool:
    """Whether a result participle's only victim is a singular pronoun of the one person its
    clause's verb harms ("shot his brother in the head, killing him"): the same person, so the
    shooting and the death are one row, as in "shot and killed his brother". Not a thing the
    verb handles ("fired his rifle, hitting her": the pronoun is someone else, the one hit)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.pos_ != "VERB":
        return False
    if len(groups) != 1 or not _one_person_as_object(groups[0]):
        return False
    objects = _children(verb.head, "dobj")
    return (
        len(objects) == 1
        and objects[0].tag_ in ("NN", "NNP")
        and _names_people(objects[0], lex)
        and objects[0].i < verb.i
        and not any(c.dep_ == "conj" for c in objects[0].children)
    )


def _one_person_as_object(token: Token) -> bool:
    """ "him", "her": a third-person singular object pronoun of a person (by the tagger's
    morphology, so neither "it" nor a reflexive)."""
    morph = token.morph
    return (
        token.tag_ == "PRP"
        and morph.get("Case") == ["Acc"]
        and morph.get("Number") == ["Sing"]
        and morph.get("Person") == ["3"]
        and morph.get("Gender") in (["Masc"], ["Fem"])
        and not morph.get("Reflex")
    )


def _self_harm(verb: Token, groups: list[Token]) -> bool:
    """Whether a harm verb's only victim is a reflexive of a subject the verb has itself ("he
    shot himself", "the teen accidentally shot herself"). A reflexive whose verb borrows its
    subject from another clause ("killed his two children and then killed himself", "shot
    two neighbours before killing himself") tells of the killer beside his victims, so it
    stays the row. "shot and killed himself" shares both the subject and the reflexive: the
    first verb has no object of its own, so no one else is harmed beside him."""
    if not groups or not all(g.lower_ in REFLEXIVES for g in groups):
        return False
    if has_subject(verb):
        return True
    first = verb.head
    return (
        verb.dep_ == "conj"
        and first.pos_ == "VERB"
        and has_subject(first, ("nsubj",))
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in first.children)
    )


def _number_disagrees(verb: Token, subjects: list[Token]) -> bool:
    """Whether a verb's singular auxiliary ("was", "is", "has") cannot take the plural nouns
    offered as its subject."""
    singular = any(
        c.dep_ in ("aux", "auxpass")
        and c.tag_ in ("VBZ", "VBD")
        and c.lower_ in ("was", "is", "has")
        for c in verb.children
    )
    return singular and all(s.tag_ in ("NNS", "NNPS") and not s.like_num for s in subjects)


def _main_verb_under_relative(verb: Token) -> Token | None:
    """ "A man who was shot during an argument Tuesday died Wednesday": the parser may read the
    main verb as a relative clause without a relative word on the last noun of the relative
    clause before it ("an argument ... died"). A past-tense verb so hung, with no subject of its
    own, whose noun lies inside a relative clause opened by a relative pronoun, is the main
    verb of that clause's antecedent. None otherwise."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or _children(verb, "nsubj", "nsubjpass"):
        return None
    token = verb.head
    for _ in range(6):
        if token.dep_ == "relcl":
            opened = any(
                c.lower_ in RELATIVE_PRONOUNS and c.dep_ in ("nsubj", "nsubjpass")
                for c in token.children
            )
            return token.head if opened and token.head.pos_ in NOMINAL_POS else None
        if token.head == token:
            return None
        token = token.head
    return None


def _subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, inherited along coordination ("was shot and later died") and from
    the noun a participle modifies ("13 people injured")."""
    found = _children(verb, "nsubjpass", "nsubj")
    relatives = [t for t in found if t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl"]
    if relatives:
        found = relatives  # "Strickland, who police say suffered a wound": not "police"
    if len(found) == 2 and _role_aside(*found):
        found = found[:1]
    if not found:
        found = _auxiliary_subjects(verb)
    if found:
        return [
            _dateline_subject(
                _misparsed_report(t, verb) or _emphatic_antecedent(t) or _resolve_relative(t),
                verb,
            )
            for t in found
        ]
    for prep in _children(verb, "prep"):
        if prep.i < verb.i:  # "Over 500 were hurt": the qualifier parsed as the head
            # "Up to 16 were injured": a two-word qualifier, its number one preposition deeper.
            inner = [prep, *(p for p in _children(prep, "prep") if p.i < verb.i)]
            numbers = [o for p in inner for o in _children(p, "pobj") if o.like_num]
            if numbers:
                return numbers
    if depth > 3:
        return []
    if depth == 0 and _children(verb, "aux", "auxpass"):
        stranded = _stranded_subject(verb)
        if stranded is not None:
            return [stranded]
        # "Several more were arrested" parsed with "more" as an adverb of the verb: the
        # quantified "more" before it is the subject.
        more = [
            c
            for c in _children(verb, "advmod")
            if c.i < verb.i and c.lower_ == "more" and _children(c, "amod", "det")
        ]
        if more:
            return more
        reduced = _reduced_relative_subjects(verb)
        if reduced:
            return reduced
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        reported = _reported_subject_before(verb)
        if reported:
            return reported
        found = _subjects(verb.head, depth + 1)
        if found and _number_disagrees(verb, found) and verb.head.dep_ == "advcl":
            # "The driver was held by bystanders until officers arrived and was arrested": a
            # singular verb joined to a clause set under another does not go on with that
            # clause's plural subject; it goes on with the main clause.
            return _subjects(verb.head.head, depth + 1)
        return found
    antecedent = _main_verb_under_relative(verb)
    if antecedent is not None:
        return [antecedent]
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in NOMINAL_POS:
        head = verb.head
        before = verb.doc[verb.i - 1]
        if before.dep_ == "dobj" and head.i < before.head.i < verb.i:
            # "a shooting that left five people injured" parsed with "injured" on "shooting":
            # the object just before it, of a verb in between, is what it describes.
            return [before]
        while (
            head.dep_ == "conj"
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i < head.i
            and not _after_relative_object(head.head, head)
        ):
            head = head.head  # "a woman and a teenage girl injured": the whole coordination
        gerund = any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.pos_ == "NOUN"
            and not gerund  # "reports of a protester being shot": the noun it follows
        ):
            owner = head.head.head
            if owner.lemma_.lower() not in ("number", "total"):
                return [owner]  # "the driver of the car arrested by police"
        placed = _placed_person(verb, head)
        return [placed if placed is not None else head]
    if verb.dep_ == "pobj":
        placed = _placed_person(verb, verb)
        if placed is not None:
            return [placed]  # "found a woman inside the apartment suffering from stab wounds"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "A boy was released after being shot", "The shooter was at the centre after being
        # detained": the subject of the clause the "after" phrase hangs on.
        return _subjects(verb.head.head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ == "VERB":
        if verb.tag_ == "VBN" and _children(verb, "mark"):
            return []
        figure = _second_state_figure(verb)
        if figure is not None:
            return [figure]  # "left 600 families homeless and 25 wounded"
        # "Deputies found the victim suffering from injuries": the object before it; "Shot in
        # the head, the man died": the subject.
        objects = [o for o in _children(verb.head, "dobj") if o.i < verb.i]
        return objects or _subjects(verb.head, depth + 1)
    if verb.dep_ in ("xcomp", "oprd", "acomp") and verb.head.pos_ in ("VERB", "AUX"):
        head = verb.head
        figure = _second_state_figure(verb)
        if figure is not None:
            return [figure]
        objects = _children(head, "dobj")
        if objects:
            return objects  # "left two people dead", "found him shot"
        return _subjects(head, depth + 1)
    if (
        verb.dep_ == "ccomp"
        and verb.tag_ in ("VB", "VBP")
        and verb.head.pos_ == "VERB"
        and not _children(verb, "aux", "auxpass", "nsubj", "nsubjpass")
    ):
        # "ordered the accused remain in custody": a bare subjunctive whose subject the parser
        # hung on the verb before as its object.
        objects = [o for o in _children(verb.head, "dobj") if o.i < verb.i]
        if objects:
            return objects
    if verb.dep_ == "ccomp" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB":
        # "officials reported 150 security forces, 95 civilians and hundreds of Taliban killed"
        objects = [o for o in _children(verb.head, "dobj") if o.i < verb.i]
        if objects and not _children(verb, "aux", "auxpass"):
            return objects
        if not objects and not _children(verb, "aux", "auxpass") and _is_passive(verb.head):
            # "A man was found fatally shot": the state of the passive's subject, parsed as a
            # clause of its own (as "was found shot to death" is parsed as its complement)
            return _subjects(verb.head, depth + 1)
    return []


def _misparsed_result(subject: Token, verb: Token) -> Token | None:
    """The people a subject "left" in the state the verb names, when the parser made "left" a
    clause on the subject and the state its verb ("Three separate shootings left six people
    wounded", parsed as shootings that left six people, wounding): the object of that "left",
    ending right where the state begins."""
    for result in _children(subject, "acl"):
        if result.lemma_.lower() not in LEAVING_VERBS:
            continue
        for obj in _children(result, "dobj"):
            if obj.i < verb.i and obj.right_edge.i + 1 == verb.i:
                return obj
    return None


def _dateline_subject(subject: Token, verb: Token) -> Token:
    """The group a wire dateline hides ("QUETTA, Pakistan — At least 12 miners were killed",
    "KINSHASA (Reuters) - 40 people drowned"): the parser makes the filing place the subject
    and the group after the dash its apposition, yet the place is where the report was filed,
    never who was harmed."""
    end = _dateline_end(verb.sent)
    if subject.i >= end or verb.i < end or not verb.doc[end - 2].whitespace_:
        return subject  # "Two passers-by were injured": a hyphen inside a word, no dateline
    if subject.pos_ != "PROPN":
        return subject  # "Two suspects - a man and a woman - were hit": an aside, no place
    groups = [c for c in _children(subject, "appos") if c.i >= end and c.pos_ in NOMINAL_POS]
    return groups[0] if groups else subject


def _reported_subject_before(verb: Token) -> list[Token]:
    """The subject of a reported clause that a passive joined after it goes on with, when the
    parser joined the passive to the speech verb instead ("The chief tells us the driver fled,
    but was caught and arrested": the driver was caught, not the chief). Not when the
    passive's number disagrees with that subject ("said the gunmen fled, but was hurt")."""
    if not _children(verb, "auxpass"):
        return []
    clauses = [c for c in _children(verb.head, "ccomp") if verb.head.i < c.i < verb.i]
    clause = verb.head
    if clause.dep_ == "ccomp" and not _children(clause, "nsubj", "nsubjpass", "expl"):
        clauses = [clause]  # joined to the reported clause, whose subject is read as an object
    elif (
        clause.dep_ == "conj"
        and not _children(clause, "nsubj", "nsubjpass", "expl")
        and _children(clause.head, "dative")
        and not any(c.dep_ == "cc" and c.i < clause.i for c in clause.head.children)
    ):
        # "Long tells us the teen, Roque Deleon Jr., ran away, but was found": the reported
        # clause joined to the speech verb with no conjunction, its subject the verb's object
        told = [o for o in _children(clause.head, "dobj") if o.i < clause.i][:1]
        return [] if not told or _number_disagrees(verb, told) else told
    if not clauses:
        return []
    # "tells us the teen who fired the gun ran away, but was found": the clause's subject
    # may itself be read as the speech verb's object
    subjects = _children(clauses[-1], "nsubj", "nsubjpass") or _subject_read_as_object(clauses[-1])
    if not subjects or _number_disagrees(verb, subjects):
        return []
    return [_resolve_relative(t) for t in subjects]


def _misparsed_report(subject: Token, verb: Token) -> Token | None:
    """The figure a subject's participle took as its object when it is the subject of the
    verb's own clause ("reports stating 107 had died" parsed with "reports" dying): a numeral
    object of a gerund on the subject, with only auxiliaries between it and the verb."""
    for participle in _children(subject, "acl"):
        if participle.tag_ != "VBG":
            continue
        for obj in _children(participle, "dobj"):
            between = verb.doc[obj.i + 1 : verb.i]
            if (
                obj.like_num
                and obj.i < verb.i
                and all(t.head == verb and t.dep_ in ("aux", "auxpass") for t in between)
            ):
                return obj
        # "with officials reporting at the time 150 security forces, 95 civilians, and
        # hundreds of Taliban killed": a counted list inside the participle's phrase that runs
        # up to the verb is what the verb is about.
        for obj in participle.subtree:
            if (
                obj.dep_ in ("dobj", "pobj")
                and obj.i < verb.i
                and any(c.dep_ == "nummod" and c.like_num for c in obj.children)
                and _expand_conj([obj])[-1].right_edge.i + 1 == verb.i
            ):
                return obj
    return None


def _is_stranded(token: Token) -> bool:
    """Whether `token` is a verbless nominal conjunct of a verb ("twenty more" in "five died;
    around twenty more, including X, were injured"): a subject the parser lost to the clause
    before."""
    if (
        token.dep_ == "conj"
        and token.head.dep_ == "dobj"
        and token.head.head.pos_ == "VERB"
        and token.tag_ in ("NNS", "CD")
        and (
            token.like_num
            or (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "more")
        )
    ):
        return True  # "lost their lives and scores more were injured": tied to the object
    return (
        token.dep_ == "conj"
        and token.head.pos_ == "VERB"
        and token.head.i < token.i
        and token.pos_ != "VERB"
        and (
            token.pos_ in NOMINAL_POS
            or token.like_num
            or any(n.dep_ == "nummod" for n in token.children)
        )
    )


def _reduced_relative_subjects(verb: Token) -> list[Token]:
    """The subject the parser gave to a participle right before a subjectless verb: "said
    three people linked to the project had been arrested" parsed as two reported clauses,
    "three people linked to the project" and "had been arrested". A participle clause (VBN, or
    VBD as in "two people wanted for the robbery were arrested") without an auxiliary of its
    own, reported by the same verb and ending where the verb's clause begins, is a reduced
    relative on the verb's subject; its subject is the verb's. Empty when there is none."""
    if verb.dep_ != "ccomp":
        return []
    before = [
        c
        for c in verb.head.children
        if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("VBN", "VBD")
    ]
    if not before:
        return []
    participle = before[-1]
    if _children(participle, "aux", "auxpass", "dobj", "conj", "ccomp", "xcomp"):
        return []  # a finite clause of its own ("said Koval shot and killed X, ... was killed")
    between = verb.doc[participle.right_edge.i + 1 : verb.left_edge.i]
    if any(not t.is_punct for t in between):
        return []
    return _children(participle, "nsubj")


def _stranded_subject(verb: Token) -> Token | None:
    """The stranded conjunct before a finite verb that has no subject of its own, back to the
    subject of the clause before ("One was killed and twenty more were injured"), or None."""
    for token in reversed(verb.doc[verb.sent.start : verb.i]):
        if (
            _is_stranded(token)
            or _fronted_apposition(token, verb)
            or _stranded_in_phrase(token, verb)
        ):
            return token
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None
    return None


def _stranded_in_phrase(token: Token, verb: Token) -> bool:
    """Whether `token` is the subject of `verb` the parser joined to the object of a
    preposition in the clause before ("Three people were wounded in the attack and a police
    officer was seriously injured"): a conjunct with its own determiner or number, after
    "and", ending where the verb's auxiliaries begin."""
    if token.dep_ != "conj" or token.head.dep_ != "pobj" or token.i == 0:
        return False
    if not any(c.dep_ in ("det", "nummod") for c in token.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in token.head.children):
        return False
    auxiliaries = _children(verb, "aux", "auxpass")
    return bool(auxiliaries) and token.right_edge.i + 1 == min(a.i for a in auxiliaries)


def _fronted_apposition(token: Token, verb: Token) -> bool:
    """Whether `token` is the subject the parser hung as an apposition on the place of a
    fronted phrase ("In the western city of Maracaibo, a 17-year-old was shot dead"): it
    follows a comma and ends where the verb's auxiliaries begin, and its head lies in a
    prepositional phrase of the verb."""
    if token.dep_ != "appos" or token.i == 0 or verb.doc[token.left_edge.i - 1].text != ",":
        return False
    auxiliaries = _children(verb, "aux", "auxpass")
    if not auxiliaries or token.right_edge.i + 1 != min(a.i for a in auxiliaries):
        return False
    head = token.head
    while head.dep_ in ("pobj", "prep"):
        if head.dep_ == "prep" and head.head == verb:
            return True
        head = head.head
    return False


#: the word that makes a pronoun the whole of its group: "all of them", "them all"
WHOLE_WORDS = frozenset({"all"})


def _whole_group_named_before(obj: Token) -> Token | None:
    """The counted noun an object "all of them" / "them all" stands for: the last plural noun
    with a number before it in its sentence ("exchanged fire with three gunmen who had stormed
    the building, killing all of them": "gunmen"); None for any other object."""
    if obj.lower_ in WHOLE_WORDS:
        pronouns = [
            p
            for prep in _children(obj, "prep")
            if prep.lower_ == "of"
            for p in _children(prep, "pobj")
        ]
    elif obj.pos_ == "PRON" and any(c.lower_ in WHOLE_WORDS for c in obj.children):
        pronouns = [obj]
    else:
        return None
    if not any(p.lower_ in BACK_PRONOUNS for p in pronouns):
        return None
    for token in reversed(obj.doc[obj.sent.start : obj.i]):
        if token.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num for c in token.children):
            return token
    return None


def _numeral_cut_from_noun(number: Token) -> Token | None:
    """The noun a bare numeral object counts when the parser made both objects of the verb
    ("arrested 14 wanted suspects", "wanted" read as a verb): the next object, starting right
    after the numeral. None when the numeral has a noun of its own or none follows it."""
    if number.dep_ != "dobj" or not number.like_num or list(number.children):
        return None
    return next(
        (
            o
            for o in _children(number.head, "dobj")
            if o.i > number.i and o.left_edge.i == number.i + 1 and o.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _objects(verb: Token) -> list[Token]:
    found = (
        _children(verb, "dobj", "obj", "dative")
        or _speech_subject_object(verb)
        or _object_after_quoted_verb(verb)
    )
    if len(found) > 1 and _numeral_cut_from_noun(found[0]) is found[1]:
        found = [found[0], *found[2:]]  # "arrested 14 wanted suspects": one object
    if len(found) > 1 and found[1].dep_ == found[0].dep_ == "dobj":
        # A verb has one direct object: a second one set off by a comma is a misparsed
        # aside ("shot shoppers ..., reported officials"), unless a conjunction joins it
        # ("killing Abu Baqir, a commander of the group, and two of his guards").
        between = verb.doc[found[0].i : found[1].i]
        if any(t.text == "," for t in between) and not _joined_second_object(found[1]):
            found = found[:1]
    if found:
        # "killing a vigilante and a teenage boy" parsed with "boy" a `conj` of the verb: a
        # noun phrase of its own (not "killing or wounding four", a verb tagged as a noun) is
        # the verb's second object.
        found += [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and c.i > found[0].i
            and any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
        ]
        # "killed his wife and then himself": the reflexive joined to the verb is its second
        # object, the killer.
        found += [
            c
            for c in verb.children
            if c.dep_ == "conj" and c.lower_ in REFLEXIVES and c.i > found[0].i
        ]
        # "arrested eight suspects in Kano on Monday, and three more in Kaduna": a bare number
        # joined to the verb, or to the speech verb whose complement the verb heads ("said it
        # had arrested 12 men in the camp ..., and two more at a checkpoint"), is a gapped
        # second object.
        holders = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
        found += [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ == "conj" and c.like_num and c.pos_ == "NUM" and c.i > found[0].i
        ]
        # "killed two and injured five" parsed as "killed [two and injured] five".
        found = [next((c for c in o.children if split_numeral(c)), o) for o in found]
        return [_whole_group_named_before(o) or o for o in found]
    # "made away with 25 residents", "made off with three aid workers": the people taken
    # are the object of "with" after the particle.
    particles = _doc_lexicon(verb.doc).taking_particles
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children):
        taken = [
            o for p in _children(verb, "prep") if p.lower_ == "with" for o in _children(p, "pobj")
        ]
        if taken:
            return taken
    # "shot and killed two people": the first verb shares the second one's object.
    for conj in _children(verb, "conj"):
        if conj.pos_ == "VERB" and not _children(conj, "nsubj", "nsubjpass"):
            shared = _children(conj, "dobj")
            if shared:
                return shared
    gerund_subjects = _gerund_subjects_after(verb)
    if gerund_subjects:
        return gerund_subjects
    second_subject = _object_read_as_second_subject(verb)
    if second_subject:
        return second_subject
    # "12 wounded" parsed as a clause with the number as subject; "more than a dozen people
    # wounded" parsed as an active verb without an object, unless "that" opens its clause,
    # which only a finite clause takes ("saying that only two officers shot": they fired).
    finite = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    return [
        c
        for c in _children(verb, "nsubj")
        if c.like_num
        or (verb.tag_ == "VBD" and not finite and any(g.dep_ == "nummod" for g in c.children))
    ]


def _object_read_as_second_subject(verb: Token) -> list[Token]:
    """ "A deputy charged with murder after a camera recorded him shooting a 6-year-old boy is
    asking ...", "The man accused of stabbing a neighbor was released": inside a long subject,
    the parser may take an active verb's object for a second subject of the main verb, leaving
    the verb without one. A verb has one subject, so a noun phrase that starts right after the
    object-less verb and is a subject of the same verb whose first subject holds the verb is
    the verb's object."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return []
    after = [
        t
        for t in doc[verb.i + 1 : verb.sent.end]
        if t.dep_ == "nsubj" and t.left_edge.i == verb.i + 1 and t.head.i > t.i
    ]
    for noun in after[:1]:
        first = [
            c
            for c in noun.head.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.i < verb.i
            and c.left_edge.i <= verb.i <= c.right_edge.i
        ]
        if first:
            return [noun]
    return []


def _gerund_subjects_after(verb: Token) -> list[Token]:
    """The counted people right after an active verb that the parser made the subject of a
    gerund clause hung on it ("killed at least 20 Palestinians waiting for aid trucks", "killed
    12 people queuing for bread"): they are the verb's object, the gerund tells what they did."""
    found = []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp", "xcomp") or clause.tag_ != "VBG":
            continue
        found += [
            s
            for s in _children(clause, "nsubj")
            if verb.i < s.left_edge.i <= verb.i + 1
            and (s.like_num or any(g.dep_ == "nummod" for g in s.children))
        ]
    return found


def _joined_second_object(obj: Token) -> bool:
    """Whether a second object follows a conjunction right before its phrase, as in "killing
    Abu Baqir, a commander of the group, and two of his guards": a coordinated victim."""
    start = obj.left_edge.i
    return start > 0 and obj.doc[start - 1].dep_ == "cc" and obj.doc[start - 1].lower_ == "and"


def _speech_subject_object(participle: Token) -> list[Token]:
    """ "exploded ..., killing at least 18 people, police and medics said": with a list of
    sources after the victims the parser makes the counted victims the subject of the speech
    verb above the participle; a counted subject that begins right after the participle is
    its object."""
    if participle.tag_ != "VBG" or participle.i + 1 >= len(participle.doc):
        return []
    ancestors = set(participle.ancestors)
    return [
        t
        for t in participle.doc[participle.i + 1 : participle.sent.end]
        if t.dep_ == "nsubj"
        and t.head in ancestors
        and t.left_edge.i == participle.i + 1
        and (t.like_num or any(c.dep_ == "nummod" for c in t.children))
    ]


def _name_part(token: Token) -> bool:
    return token.pos_ == "PROPN" or _is_hyphen(token)


def _continues_name(token: Token) -> bool:
    """Whether `token` is a part of a name or hyphenated word that the next token continues as
    a sibling: the parser may attach each word of "Abdelbaset al-Megrahi" (or each piece of
    "co-pilot") to the verb on its own, with the same relation, which would count one person
    as several."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    if after.head != token.head or after.dep_ != token.dep_:
        return False
    glued = not token.whitespace_ and (_is_hyphen(token) or _is_hyphen(after))
    return glued or (_name_part(token) and _name_part(after))


def _is_hyphen(token: Token) -> bool:
    return token.text in ("-", "‐", "‑")


def _name_start(token: Token) -> int:
    """The first token of the run of sibling name parts that `token` ends (see
    `_continues_name`); the token itself when there is none."""
    start = token.i
    while start > 0 and _continues_name(token.doc[start - 1]):
        start -= 1
    first = token.doc[start].left_edge  # "Ahmed al-Masri" with "Ahmed" a compound of "al"
    return first.i if start != token.i and _name_part(first) else start


def _hyphenated_end(doc: Doc, end: int) -> int:
    """The end of a span pushed past the hyphenated parts glued to its last word: "Park Won"
    of "Park Won-soon" (tokens "Won", "-", "soon"). Returns a token index (exclusive)."""
    while (
        end + 1 < len(doc)
        and _is_hyphen(doc[end])
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return end


def _is_person_name(token: Token) -> bool:
    """A proper noun the entities stage labels PERSON ("Hondros")."""
    return token.pos_ == "PROPN" and ent_label(token) == "PERSON"


def _full_name(token: Token) -> bool:
    """A capitalised proper noun with a capitalised first name before it ("Petro Sydor",
    "Taylor McCormick"), whatever label the model gave it: in a list headed by a person's name
    it names one more person."""
    return (
        token.pos_ == "PROPN"
        and _name_cased(token)
        and ent_label(token) not in ("ORG", "NORP")
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" and _name_cased(c) for c in token.lefts)
    )


def _name_cased(token: Token) -> bool:
    """Whether a word is cased as a name: title case ("Smith", "J."), or a capital first and
    lower-case letters after it; Python's title case refuses the capital inside a name
    ("McCormick", "DeShawn")."""
    return token.is_title or (token.text[:1].isupper() and not token.is_upper)


def name_list(token: Token) -> list[Token]:
    """The name heads, in text order, of a list of named people headed by `token` ("Chris
    Hondros and Guy Martin"): one group of harmed people, counted by its names. [] unless
    `token` is a person's name and each conjunct is one too."""
    if not _is_person_name(token):
        return []
    names = [token]
    pending = [token]
    while pending:
        head = pending.pop()
        for conj in _children(head, "conj") + _aged_list_names(head):
            conj = _name_after_title(conj) or conj
            if not (_is_person_name(conj) or _full_name(conj)):
                return []
            names.append(conj)
            pending.append(conj)
    if len(names) > 1:
        return sorted(names, key=lambda t: t.i)
    return _titled_name_run(token)


def _is_short_title(token: Token) -> bool:
    """ "Maj.", "Insp.": a title kept one word before a name (news_abbreviations)."""
    return token.pos_ == "PROPN" and token.text.endswith(".") and len(token.text) > 2


def _titled_name_run(token: Token) -> list[Token]:
    """ "Maj. Tom Hale, Col. Ruth Bey and Insp. Omar Diaz": with a title before each name the
    parser may hang the names on one another as appositions and modifiers rather than
    conjuncts. Read on the words instead: the phrase headed by `token`, cut at commas and
    "and", is a list when every piece is a full name after an optional short title and at least
    one piece has such a title. Returns the last word of each name, else []."""
    doc = token.doc
    pieces: list[list[Token]] = [[]]
    for word in doc[token.left_edge.i : token.right_edge.i + 1]:
        if word.text == "," or (word.dep_ == "cc" and word.lower_ == "and"):
            if pieces[-1]:
                pieces.append([])
            continue
        pieces[-1].append(word)
    if len(pieces) < 2 or not any(p and _is_short_title(p[0]) for p in pieces):
        return []
    names = []
    for piece in pieces:
        name = piece[1:] if piece and _is_short_title(piece[0]) else piece
        if len(name) < 2 or not all(w.pos_ == "PROPN" and w.is_title for w in name):
            return []
        names.append(name[-1])
    return names if token in names else []


def _name_after_title(conj: Token) -> Token | None:
    """The name a short title stands before when the parser made the title the conjunct ("Cole,
    Cpl. Dan Reid and Pvt. Amy Lin": "Pvt." the conjunct of "Reid", "Lin" hung elsewhere as an
    apposition): the head of the person's name right after it, else None."""
    doc = conj.doc
    if not (conj.pos_ == "PROPN" and conj.text.endswith(".") and conj.i + 1 < len(doc)):
        return None
    name = doc[conj.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i and _name_part(name.head):
        name = name.head
    if name.head == conj:
        return None  # "Pvt. Lin" read as one phrase headed by the title: already the name
    return name if _is_person_name(name) else None


def _aged_list_names(name: Token) -> list[Token]:
    """ "Tiana Ross, 27, Jerome Ellis, 35, and Andre Watkins, 19", "Chris Hondros, Guy Martin
    and Tim Hetherington": the parser hangs the second name of a list on the first as its
    apposition. A full name set after a full name (after its age, if any) that leads names
    joined by "and" is a second person of the list; a name beside a description ("the victim,
    Jerome Ellis") or a single name in apposition stays the same person."""
    if not _full_name(name):
        return []
    return [
        a
        for a in _children(name, "appos")
        if a.i > name.i and _full_name(a) and _children(a, "conj")
    ]


def _negates_alternatives(token: Token) -> bool:
    """Whether "no" on the first of nouns joined by "or" denies harm to all of them ("No
    officers or residents were hurt", "no students or staff"): the alternatives are no
    groups of their own. "No officers were hurt, and two residents were" keeps its figure, and
    "and" may join a figure ("no soldiers and three civilians")."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False
    joined, pending = [], [token]
    while pending:  # "No officers, residents or bystanders": the "or" hangs on a later one
        noun = pending.pop()
        joined.append(noun)
        pending.extend(_children(noun, "conj"))
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for n in joined for c in n.children)


def _expand_conj(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    # One name split into sibling tokens is one group: its last token stands for it.
    stack = [t for t in tokens if not _continues_name(t)]
    while stack:
        token = stack.pop(0)
        if token in out:
            continue
        out.append(token)
        if name_list(token):
            continue  # "Chris Hondros and Guy Martin": one group, read by `_mention_for`
        if _negates_alternatives(token):
            continue  # "No other officers or residents were injured": nobody, one zero
        stack.extend(
            c
            for c in token.children
            if c.dep_ == "conj"
            and (c.pos_ in NOMINAL_POS or _age_nominal_conjunct(token, c))
            and not _after_relative_object(token, c)
            and not _absolute_part(c)
        )
        stack.extend(_named_apposition_conjuncts(token))
        # "A mother, father, and toddler", "two Germans, a Briton and a Canadian": a list the
        # parser reads as an apposition (a proper noun only with its own determiner or number,
        # so that a name set beside a group stays a name).
        stack.extend(
            c
            for c in token.children
            if c.dep_ == "appos"
            and (
                c.pos_ == "NOUN"
                or (
                    c.pos_ == "PROPN"
                    and ent_label(c) != "PERSON"
                    and any(g.dep_ in ("det", "nummod") for g in c.children)
                )
            )
            and any(g.dep_ in ("cc", "conj") for g in c.children)
            # "killing 16 people, mostly soldiers and police officers": an apposition with an
            # adverb of its own tells what the group was made of, not another group.
            and not any(g.dep_ == "advmod" and g.i < c.i for g in c.children)
            and not _describes_one(token, c)
            and not _absolute_part(c)
            # "68 people, the majority of them women and children": the apposition is the
            # part, its conjuncts what the part was; no list of groups
            and not _of_pronoun(c)
        )
    return out


def _of_pronoun(noun: Token) -> bool:
    """Whether a noun has an "of" phrase whose object is a pronoun ("the majority of them")."""
    return any(o.pos_ == "PRON" for o in _of_objects(noun))


def _absolute_part(noun: Token) -> bool:
    """Whether a noun beside a group is the predicate of an absolute phrase whose subject is a
    part of that group ("40 people, many of them women and children": "many of them" is the
    part, "women and children" only what they were), not more people of its own."""
    # The part word is the subject, or a modifier when the parser reads "several of them
    # soldiers" as one noun phrase.
    return any(
        s.dep_ in ("nsubj", "amod", "nummod")
        and s.i < noun.i
        and any(o.pos_ == "PRON" for o in _of_objects(s))
        for s in noun.children
    )


def _age_nominal_conjunct(token: Token, conj: Token) -> bool:
    """ "A 19-year-old and a 17-year-old have been taken into custody", "a teenager and a
    20-year-old": an age standing for its person is parsed as an adjective; with a determiner
    of its own after another person it is one more person."""
    return (
        conj.pos_ == "ADJ"
        and any(d.dep_ == "det" for d in conj.children)
        and any(u.lemma_.lower() in AGE_UNITS for u in conj.subtree if u.i < conj.i)
        and (token.pos_ in NOMINAL_POS or token.pos_ == "ADJ")
    )


def _fused_age_person(harm: Token) -> bool:
    """Whether a harm word after a verb holds an age with its own article ("left a 16-year-old
    dead", "and a 10-year-old injured", "found the 17-year-old dead"): the parse made one
    phrase of the person and the state the verb leaves or finds him in."""
    ages = [
        m
        for m in harm.children
        if m.dep_ in ("amod", "nmod")
        and m.i < harm.i
        and any(u.lemma_.lower() in AGE_UNITS for u in m.subtree)
    ]
    # the article hangs on the harm word or, as often, on the age's "old"
    return (
        harm.dep_ in ("dobj", "conj", "oprd")
        and bool(ages)
        and any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "the") and d.i < harm.i
            for holder in (harm, *ages)
            for d in holder.children
        )
    )


def _same_span(one: Mention, other: Mention) -> bool:
    """Whether two mentions count the same words ("The attackers, three militants": the
    apposition is the whole's own figure, not a part of it)."""
    a, b = one.quantity, other.quantity
    return (a.start, a.end) == (b.start, b.end)


def _counted_apposition(token: Token, lex: CasualtyLexicon) -> Quantity | None:
    """The figure an apposition gives a definite plural that counts nobody itself ("The
    attackers, three militants, were later killed", "the victims, two brothers,"): who they
    were and how many are said beside it."""
    if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() in lex.words.anaphoric_groups:
        return None  # "The victims, five men,": whoever was harmed, told before
    for appos in _children(token, "appos"):
        found = read_quantity(appos, lex.words)
        if found is not None and found.kind == "numeric":
            return found
    return None


def _fused_age_quantity(harm: Token) -> Quantity:
    """One person, counted from the article to the age ("a 16-year-old" of "left a 16-year-old
    dead"): the harm word after it is the state, not part of who."""
    ages = [m for m in harm.children if m.dep_ in ("amod", "nmod") and m.i < harm.i]
    det = min(
        (d for holder in (harm, *ages) for d in holder.children if d.dep_ == "det"),
        key=lambda d: d.i,
    )
    age = max(m.i for m in ages)
    return one_person(det.i, age + 1, harm.doc[age], "indefinite")


def _age_sustained(harm: Token, lex: CasualtyLexicon) -> Quantity | None:
    """ "A 19-year-old sustained non-life-threatening injuries": the parser made one noun
    phrase of the person, the verb and the injury, the verb a modifier of it. One person,
    counted from the article to the age (or the person word, "The juvenile sustained") before
    that verb; None when no age or person word with an article stands before it."""
    verbs = [m for m in harm.children if m.dep_ == "amod" and m.lower_ in lex.injury_verb_forms]
    if not verbs:
        return None
    # the age hangs on the injury or, as often, on the verb
    ages = [
        m
        for holder in (harm, verbs[0])
        for m in holder.children
        if m.dep_ in ("amod", "nmod")
        and m.i < verbs[0].i
        and (
            any(u.lemma_.lower() in AGE_UNITS for u in m.subtree)
            # "The juvenile sustained injuries": a person word read as the injury's adjective
            or (m.i == verbs[0].i - 1 and is_person_noun(m, lex.words))
        )
    ]
    dets = [
        d
        for holder in (harm, verbs[0], *ages)
        for d in holder.children
        if d.dep_ == "det" and d.lower_ in ("a", "an", "the") and d.i < verbs[0].i
    ]
    if not ages or not dets:
        return None
    det, age = min(dets, key=lambda d: d.i), max(m.i for m in ages)
    return one_person(det.i, age + 1, harm.doc[age], "indefinite")


def _describes_one(token: Token, appos: Token) -> bool:
    """Whether an apposition names or describes the one person `token` is: a name beside a
    singular noun ("The father, Peter Otieno"), a singular noun beside a name ("Maria Silva, a
    local councillor"). A plural head's named part stays a part."""
    if token.pos_ == "NOUN" and token.tag_ == "NN":
        return _is_person_name(appos)
    # a full name the recognizer missed ("Stef'An Strawder, an 18-year-old basketball star")
    # is as much one person as a labelled one
    named = _is_person_name(token) or _full_name(token)
    return named and appos.pos_ == "NOUN" and appos.tag_ == "NN"


def _named_apposition_conjuncts(token: Token) -> list[Token]:
    """ "The father, Peter Otieno, 42, and a neighbour were injured", "shot Maria Silva, a local
    councillor, and her driver": the parser hangs the second person on the apposition that
    names or describes the first, so its conjunct is a conjunct of that one person."""
    return [
        c
        for appos in _children(token, "appos")
        if _describes_one(token, appos)
        for c in _children(appos, "conj")
        if c.pos_ in ("NOUN", "PROPN") and c.i > appos.i
    ]


def _after_relative_object(token: Token, conj: Token) -> bool:
    """ "killed a woman who barricaded herself and a child": a conjunct right after the object
    of a relative clause on `token` is that verb's second object, not a second victim."""
    for clause in _children(token, "relcl"):
        if clause.i < conj.i and any(o.i < conj.i for o in _children(clause, "dobj")):
            return True
    return False


def _existential_attrs(participle: Token) -> list[Token]:
    """ "there was one passenger seriously injured": the parser may hang the participle on
    "was" beside the noun instead of on the noun; the noun "there" introduces is its group."""
    head = participle.head
    if participle.dep_ not in ("dep", "advcl", "xcomp", "oprd") or head.lemma_ != "be":
        return []
    if not _children(head, "expl"):
        return []
    return [a for a in _children(head, "attr") if a.i < participle.i]


def _as_were(verb: Token) -> list[Token]:
    """ "90 civilians were wounded, as were seventeen soldiers": the elided harm."""
    out: list[Token] = []
    for clause in _children(verb, "advcl"):
        if clause.lemma_ == "be" and any(c.lower_ == "as" for c in _children(clause, "mark")):
            out += _children(clause, "nsubj", "nsubjpass", "attr", "acomp")
    return out


def _gapped_subjects(verb: Token) -> list[Token]:
    """The figures of a gapped clause joined to a passive or intransitive harm verb ("Two
    people were killed in Kyiv and three in Kharkiv", "Five died in Lagos and seven in Abuja"):
    a numeral the parser made a conjunct of the verb, with a place or time of its own and no
    verb."""
    gapped = [
        c
        for c in _children(verb, "conj")
        if c.i > verb.i
        and _gapped_figure(c)
        and _children(c, "prep", "npadvmod")
        and not _children(c, "aux", "auxpass", "nsubj", "nsubjpass", "dobj")
    ]
    # "Twelve were injured in Gaza City and eight in Khan Younis", "three were killed on
    # Monday and two on Tuesday": the numeral hung on the place or day of the verb's phrase
    # (not "between 10 and 15", "in 2019 and 2020").
    for prep in _children(verb, "prep"):
        # "Three of them were killed in Homs and four in Hama": the numeral hung on the
        # verb's preposition as its conjunct, with a preposition of its own
        gapped += [
            c
            for c in _children(prep, "conj")
            if c.i > prep.i
            and _gapped_figure(c)
            and ent_label(c) != "DATE"
            and any(p.i == c.i + 1 for p in _children(c, "prep"))
            and not _state_phrase(c.doc[c.i + 1], _doc_lexicon(c.doc))
        ]
        for place in _children(prep, "pobj"):
            if place.like_num or place.pos_ == "NUM":
                continue
            gapped += [
                c
                for c in _children(place, "conj")
                if _gapped_figure(c)
                and ent_label(c) != "DATE"
                and c.i + 1 < len(c.doc)
                and c.doc[c.i + 1].pos_ == "ADP"
            ]
    return gapped or _misparsed_gapped(verb)


def _misparsed_gapped(verb: Token) -> list[Token]:
    """ "four of the dead were shot in Nairobi's Kibera and Mathare informal settlements and two
    in the western city of Kisumu": a gapped figure the parser hung inside the verb's place
    phrase, read from the words: a numeral after "and" or a comma, then a locative preposition,
    with no verb after the harm verb in the sentence. The verb's own place phrase must follow
    it, as the gapped one repeats it."""
    doc, lex = verb.doc, _doc_lexicon(verb.doc)
    end = verb.sent.end
    if verb.i + 1 >= end or doc[verb.i + 1].lower_ not in lex.locative_preps:
        return []
    found = []
    for word in doc[verb.i + 2 : end]:
        if word.pos_ in ("VERB", "AUX"):
            return []
        if (
            (word.like_num or word.pos_ == "NUM")
            and word.dep_ != "nummod"
            and ent_label(word) != "DATE"
            and doc[word.i - 1].lower_ in ("and", ",")
            and word.i + 1 < end
            and doc[word.i + 1].lower_ in lex.locative_preps
            # "injured in the blast, two in serious condition": a state of a part, no place
            and not _state_phrase(doc[word.i + 1], lex)
        ):
            found.append(word)
    return found


def _gapped_figure(token: Token) -> bool:
    """The subject of a gapped clause: a numeral, or one more person with no number ("one man
    was shot in the arm and another in the leg", "... and a second in the hand", "... and the
    other in the foot")."""
    if token.like_num or token.pos_ == "NUM":
        return True
    if token.lower_ == "another" and not _children(token, "det", "amod", "compound", "nummod"):
        return True
    if token.lower_ == "other" and [d.lower_ for d in _children(token, "det")] == ["the"]:
        return True
    return _one_more_ordinal(token)


def _split_toll_figure(figure: Token) -> tuple[Token, Token] | None:
    """ "The death toll rose to 13 and 40 people were injured": the parser joins the toll's
    figure and the next clause's subject as one noun phrase ("13 and 40 people"), leaving the
    harm verb coordinated with the toll verb without a subject. (the toll's numeral, the
    subject's numeral) when the figure's numeral has a numeral conjunct and the verb of the
    toll's phrase a subjectless verb conjunct after it; None otherwise ("rose to 13 and 40
    people died" read as one clause keeps no subjectless verb)."""
    if figure.dep_ != "pobj" or figure.like_num:
        return None
    first = next((c for c in figure.children if c.dep_ == "nummod" and c.like_num), None)
    if first is None:
        return None
    second = next((c for c in first.children if c.dep_ == "conj" and c.like_num), None)
    if second is None:
        return None
    verb = figure.head.head
    if not any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.i > figure.i
        and not _children(c, "nsubj", "nsubjpass")
        for c in verb.children
    ):
        return None
    return first, second


def _stranded_figure(verb: Token) -> Token | None:
    """ "counted eight dead soldiers and 14 wounded": the parser makes the bare figure a
    conjunct of the object and the participle after it a subjectless verb conjunct of the
    counting verb. The figure right before such a participle, a numeral conjunct of the head
    verb's object, is its group; None otherwise."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.i == 0:
        return None
    if _children(verb, "nsubj", "nsubjpass", "aux", "auxpass", "dobj"):
        return None
    figure = verb.doc[verb.i - 1]
    if not figure.like_num or figure.dep_ != "conj" or figure.head.dep_ != "dobj":
        return None
    return figure if figure.head.head == verb.head else None


def _verb_groups(verb: Token) -> list[Token]:
    stranded = _stranded_figure(verb)
    if stranded is not None:
        return [stranded]
    if verb.dep_ == "conj" and not _children(verb, "nsubj", "nsubjpass") and _is_passive(verb):
        split = next(
            (
                _split_toll_figure(o)
                for p in _children(verb.head, "prep")
                for o in _children(p, "pobj")
                if _split_toll_figure(o) is not None
            ),
            None,
        )
        if split is not None:
            return [split[1]]  # "The death toll rose to 13 and 40 people were injured": 40
    if verb.dep_ == "conj" and split_numeral(verb.head) and verb.head.head.pos_ in NOMINAL_POS:
        return [verb.head.head]  # "killed two and injured five": "five"
    ordinal = _gapped_ordinal(verb)
    if ordinal is not None:
        return [ordinal]
    inverted = _inverted_participle_people(verb) or _headline_marker_figure(verb)
    if inverted:
        return inverted
    if _is_passive(verb):
        age = _age_subject_before(verb)
        if age is not None:
            return [age]
        named = _name_read_as_adverb(verb) or _subject_read_as_conjunct(verb)
        if named:
            return named  # before the subject a conjunct would inherit from the clause before
        return (
            _subjects(verb) + _gapped_subjects(verb)
            or _existential_attrs(verb)
            or _subject_after_place(verb)
            or _subject_read_as_object(verb)
        )
    # "with ... killed" is a participle even when tagged as a finite past ("with officials
    # reporting 95 civilians killed").
    participle = (
        verb.tag_ == "VBN"
        or (verb.tag_ == "VBD" and verb.dep_ == "pcomp" and verb.head.lower_ in ("with", "without"))
        or _left_state_conjunct(verb)
        or _second_result(verb)
        or _headline_past(verb)
        or _gapped_passive_conjunct(verb)
    )
    if participle and not _children(verb, "aux", "auxpass", "dobj"):
        subjects = _children(verb, "nsubj")
        # "Israeli fire killed at least 20 Palestinians waiting ...", tagged a participle
        gerund_subjects = _gerund_subjects_after(verb) if subjects else []
        if gerund_subjects:
            return gerund_subjects
        if subjects:
            # "left two dead and five others injured"; "officials reporting ... 95 civilians
            # killed": the figures the subject's participle reports.
            return [_misparsed_report(t, verb) or _misparsed_result(t, verb) or t for t in subjects]
    objects = _objects(verb)
    if (
        not objects
        and verb.dep_ == "conj"
        and not _children(verb, "nsubj", "nsubjpass")
        and _is_passive(verb.head)
    ):
        return _subjects(verb)  # "was shot five times and killed" (tagged VBD)
    return objects


def _object_after_quoted_verb(verb: Token) -> list[Token]:
    """'its aircraft had "eliminated" Makki': a harm verb set in quotation marks, the army's
    own word, throws the parser, which reads the object after the closing mark as an attribute;
    an active verb other than a copula has none, so it is the object."""
    if verb.lemma_.lower() == "be" or _is_passive(verb):
        return []
    return [
        a
        for a in _children(verb, "attr")
        if a.i > verb.i + 1 and verb.doc[verb.i + 1].is_quote and a.pos_ in ("PROPN", "NOUN", "NUM")
    ][:1]


def _age_subject_before(verb: Token) -> Token | None:
    """ "A 14 year old boy is killed and a 17 year old is wounded", "ended with a 16-year-old
    being shot": an age standing for its person is read as an adjective, and the parser hangs
    it elsewhere (a conjunct of the clause before, a modifier of "being"), leaving the passive
    without a subject. The age right before the passive's auxiliaries is that subject."""
    if _children(verb, "nsubj", "nsubjpass", "expl"):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head == verb and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i == verb.i - 1 or i < 0:
        return None  # no auxiliary: "the 17-year-old wounded" is no clause of its own
    age = doc[i]
    if age.lower_ != "old" or age.head == verb or not is_person_noun(age, _doc_lexicon(doc).words):
        return None
    return age


def _subject_read_as_object(verb: Token) -> list[Token]:
    """ "Authorities said a man and a woman, both in their 20s, were killed": after an aside
    the parser may take the subject of a passive clause for the object of the verb it is set
    under, leaving the passive without a subject. That object, before the passive, is it."""
    if verb.dep_ != "ccomp" or _children(verb, "nsubj", "nsubjpass", "expl"):
        return []
    return [o for o in _children(verb.head, "dobj") if o.i < verb.i][:1]


def _subject_read_as_conjunct(verb: Token) -> list[Token]:
    """ "Hondros died of his injury and Martin, a British citizen, was injured by shrapnel": the
    parser joins the person after "and" to the object of the clause before ("his injury and
    Martin") and leaves the passive after the apposition without a subject, so it would inherit
    the first clause's. That person, right before the apposition that two commas set off before
    the passive's auxiliaries, is its subject."""
    if verb.dep_ not in ("conj", "advcl") or _children(verb, "nsubj", "nsubjpass", "expl"):
        return []
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head == verb and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i == verb.i - 1 or doc[i].text != ",":
        return []
    opening = next((j for j in range(i - 1, verb.head.i, -1) if doc[j].text == ","), None)
    if opening is None or not any(t.dep_ == "appos" for t in doc[opening + 1 : i]):
        return []
    person = doc[opening - 1]
    if (
        person.dep_ != "conj"
        or person.head.dep_ != "pobj"
        or not any(c.dep_ == "cc" for c in person.head.children)
    ):
        return []
    words = _doc_lexicon(doc).words
    return [person] if person.pos_ == "PROPN" or is_person_noun(person, words) else []


def _name_read_as_adverb(verb: Token) -> list[Token]:
    """ "Hendrickson was shot in the face, and Shively was shot in the back": the tagger may
    read an unfamiliar surname opening a passive clause as an adverb, leaving the passive
    without a subject. That word, right before the auxiliaries, is the subject when the article
    gives it elsewhere as a person's name (`_misread_name`); [] otherwise."""
    if _children(verb, "nsubj", "nsubjpass", "expl"):
        return []
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].head == verb and doc[i].dep_ in ("aux", "auxpass", "neg"):
        i -= 1
    if i == verb.i - 1 or i < 0:
        return []  # no auxiliary: no passive clause of its own
    word = doc[i]
    if word.head != verb or word.dep_ != "advmod":
        return []
    return [word] if _misread_name(word, _doc_lexicon(doc)) else []


def _misread_name(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether `token` is a name the tagger read as a common noun or an adverb ("Destiny just
    got shot", "Shively was shot", "Church was shot in the stomach"): a bare title-case word
    that is no person noun of its own, which the article gives elsewhere as a person's name
    ("Destiny Bargman, 15", "John Shively, 17", "Church, 19"). The name elsewhere is what
    tells it from a capitalised common word opening a sentence."""
    if not token.is_title or token.pos_ not in ("NOUN", "ADV") or token.tag_ not in ("NN", "RB"):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in token.children):
        return False
    person_nouns = lex.words.person_nouns
    if token.lower_ in person_nouns or token.lemma_.lower() in person_nouns:
        return False  # "Officer was shot" in a headline: a person noun, read as one
    return _named_person_elsewhere(token, lex)


def _headline_marker_figure(verb: Token) -> list[Token]:
    """ "3 arrested, 2 injured in brawl": a headline's first figure right before its participle,
    which the parser reads as a list marker ("meta"), is whom the participle counts."""
    if verb.tag_ != "VBN" or _children(verb, "nsubj", "nsubjpass"):
        return []
    return [c for c in _children(verb, "meta") if c.i == verb.i - 1 and c.like_num]


def _inverted_participle_people(verb: Token) -> list[Token]:
    """ "Wounded were a 22-year-old man and a 19-year-old woman": a participle fronted as the
    subject of "be" tells the harm of the people after the verb."""
    if verb.tag_ != "VBN":
        return []
    head = verb.head
    if verb.dep_ == "nsubj" and head.lemma_ == "be" and head.i > verb.i:
        return [a for a in _children(head, "attr") if a.i > head.i]
    if (
        verb.dep_ in ("acl", "amod")
        and head.lower_ == "those"
        and head.dep_ == "nsubj"
        and head.head.lemma_ == "be"
        and head.head.i > verb.i
    ):
        # "Those killed were Jamal Reed, 19, and Tanya Brooks, 42": "those" with the
        # participle is the fronted harm, the people after "be" whom it tells
        return [a for a in _children(head.head, "attr") if a.i > head.head.i]
    # "Arrested were a man and his son", "Also injured was a boy": parsed as a passive, with
    # the people as the attribute of the verb or of its "were"; a place or time phrase may
    # come between ("Also injured in the shooting were three men")
    be = [c for c in verb.children if c.dep_ == "auxpass" and _fronted_before(verb, c)]
    if be and not _children(verb, "nsubj", "nsubjpass"):
        people = [a for h in (verb, *be) for a in _children(h, "attr") if a.i > verb.i]
        # "Injured were Ashley Grant, 19, and Devon Miles, 22": the parser may hang the names
        # on the auxiliary as its subject; after it, they are the participle's people
        return people or [a for b in be for a in _children(b, "nsubj", "nsubjpass") if a.i > b.i]
    return []


def _fronted_before(verb: Token, be: Token) -> bool:
    """Whether `be` follows the fronted participle `verb` with nothing between but the
    participle's own prepositional phrases ("Killed in the crash were two teenagers")."""
    if be.i <= verb.i:
        return False
    phrases = {t.i for p in _children(verb, "prep") if p.i > verb.i for t in p.subtree}
    # a scraped page's quotes around the wound ('Treated for "minor injuries" were ...') may
    # hang outside the phrase; they add no words
    return all(k in phrases or verb.doc[k].is_quote for k in range(verb.i + 1, be.i))


def _subject_after_place(verb: Token) -> list[Token]:
    """ "Less than an hour later in Brooklyn, two men, 21 and 24, were shot": after a fronted
    place and a comma, the parser may hang a passive verb's subject on the place as its
    apposition and leave the verb without one. The common noun set after the place's comma,
    before the verb, is the subject."""
    if _children(verb, "nsubj", "nsubjpass", "expl"):
        return []
    doc = verb.doc
    return [
        t
        for t in doc[verb.sent.start : verb.i]
        if t.dep_ == "appos"
        and t.pos_ == "NOUN"
        and t.head.pos_ == "PROPN"
        and t.head.dep_ == "pobj"
        and t.left_edge.i > t.head.i
        and doc[t.left_edge.i - 1].text == ","
    ][:1]


def _object_read_as_source(verb: Token, lex: CasualtyLexicon) -> Token | None:
    """ "killed 11 villagers and wounded about 20 others, residents and a local group said":
    the parser reads the object, the first of a list, as a subject of the speech verb beside
    the sources. An active harm verb without an object whose next words are that subject,
    with conjuncts of its own, has it for its object (the conjuncts stay the sources)."""
    if _children(verb, "dobj", "nsubjpass", "auxpass") or verb.lemma_.lower() not in lex.verbs:
        return None
    for noun in verb.doc[verb.i + 1 : verb.i + 6]:
        if (
            noun.dep_ == "nsubj"
            and noun.left_edge.i == verb.i + 1
            and noun.head.i > noun.i
            and noun.head.lemma_.lower() in lex.speech_verbs
            and _children(noun, "conj")
        ):
            return noun
    return None


def _second_state_figure(state: Token) -> Token | None:
    """ "The quake left 2,000 people homeless and 300 injured": the parser hangs the second
    figure on the first state as its conjunct and the second state on the verb; the figure
    right before that state is whom it leaves so, not the first object."""
    if state.i == 0:
        return None
    figure = state.doc[state.i - 1]
    if not figure.like_num or figure.dep_ != "conj":
        return None
    first = figure.head
    if first.dep_ in ("oprd", "acomp", "xcomp") and first.head == state.head:
        return figure
    if first.dep_ == "dobj" and first.head == state.head and _own_trailing_state(first):
        return figure  # "leaving 16 dead and 22 injured": "dead" already states the first
    return None


def _own_trailing_state(figure: Token) -> bool:
    """The parser hangs the first state of "16 dead and 22 injured" on its figure as an
    adjective after it; that figure is then not the one the second state leaves so."""
    return any(c.dep_ == "amod" and c.i > figure.i and c.pos_ == "ADJ" for c in figure.children)


def _left_state_conjunct(verb: Token) -> bool:
    """ "left a man dead and his wife seriously injured": the second state, tagged a finite
    past with the person as its subject, is a participle like the first ("dead") whose verb
    has an object; a finite verb would have an object of its own."""
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "conj"
        and not _children(verb, "dobj", "aux", "auxpass")
        and any(c.dep_ in ("dobj", "oprd") for c in verb.head.children)
    )


def _gapped_passive_conjunct(verb: Token) -> bool:
    """ "A driver was killed and his passenger injured": a clause joined to a passive harm
    verb that drops its "was" is passive too, though the tagger makes its participle a finite
    past with the person as subject. With an object or an auxiliary of its own ("and the
    gunman injured two others", "and he was hurt") it is a clause of its own."""
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "conj"
        and verb.head.tag_ == "VBN"
        and bool(_children(verb.head, "auxpass"))
        and bool(_children(verb, "nsubj"))
        and not _children(verb, "dobj", "aux", "auxpass", "ccomp", "xcomp")
    )


def _second_result(verb: Token) -> bool:
    """ "a shooting that left a teenager dead and his friend wounded": the second result of
    "left ... dead" is a participle even when tagged as a finite past, its "subject" the
    person it leaves so. Read on the surface: the parser often joins it to the main verb."""
    if verb.tag_ != "VBD" or verb.dep_ != "conj" or _children(verb, "dobj"):
        return False
    start = verb.left_edge.i
    if start < 2 or verb.doc[start - 1].lower_ not in ("and", ","):
        return False
    result = verb.doc[start - 2]
    return result.dep_ in ("oprd", "ccomp", "xcomp") and result.head.lemma_.lower() in LEAVING_VERBS


def _headline_past(verb: Token) -> bool:
    """ "Teen wounded in drive-by shooting", "Teen killed, 2 hurt": a headline drops "was", and
    the parser reads the participle as a finite past with the victim as its subject; a bare
    singular noun opening the sentence, with no object after the verb, is that victim."""
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT" or _children(verb, "dobj", "aux", "auxpass"):
        return False
    subjects = _children(verb, "nsubj")
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    # "Homeless man found dead", "...; suspect arrested": describing words may stand before
    # the bare noun, and a headline's second clause opens after its semicolon
    opener = subject.left_edge
    if any(
        t.dep_ not in ("amod", "compound") or t.pos_ != "ADJ"
        for t in verb.doc[opener.i : subject.i]
    ):
        return False
    after_semicolon = opener.i > 0 and verb.doc[opener.i - 1].text == ";"
    if opener.i != verb.sent.start and not (after_semicolon and _on_headline_line(verb)):
        return False
    # "Teens fatally shot near park": a bare plural too, in a line that ends without a stop as
    # a headline does (a sentence "Deputies shot and killed a woman." tells who shot), and an
    # adverb of how badly between; not "shot at", which fires without saying whom it hit.
    between = verb.doc[subject.i + 1 : verb.i]
    return (
        (subject.tag_ in ("NN", "NNP") or (subject.tag_ == "NNS" and _on_headline_line(verb)))
        and all(t.dep_ == "advmod" and t.pos_ == "ADV" for t in between)
        # "at" right after the verb; "shot by brother at Fresno home" is a place
        and not any(p.lower_ == "at" and p.i == verb.i + 1 for p in _children(verb, "prep"))
    )


def _on_headline_line(token: Token) -> bool:
    """Whether the token stands on a line that reads as a headline (`_headline_line_spans`)."""
    return any(start <= token.i < end for start, end in _headline_line_spans(token.doc))


def _gapped_ordinal(verb: Token) -> Token | None:
    """ "Three people were shot dead and a fourth wounded": in a gapped second clause the parser
    hangs "a fourth" on the participle as an adverb, or the participle on "a fourth" as a
    modifier; that one more person is its subject."""
    if verb.tag_ != "VBN" or _children(verb, "nsubj", "nsubjpass"):
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "conj" and _one_more_ordinal(verb.head):
        return verb.head  # "and a third injured", "a third" joined to the first verb
    if _gapped_count(verb):
        return verb.head  # "one person was killed and several wounded"
    if verb.dep_ != "conj":
        return None
    return next(
        # "a third arrested" may hang as a noun-phrase adverb ("npadvmod") as well
        (c for c in _children(verb, "advmod", "npadvmod") if c.i < verb.i and _one_more_ordinal(c)),
        None,
    )


def _gapped_count(verb: Token) -> bool:
    """ "One person was killed and several wounded": in a gapped second clause the parser joins
    a lone count word to the first verb and hangs the participle on it; that count is the
    participle's subject, as "five" of "and five wounded" is."""
    count = verb.head
    return (
        verb.dep_ == "acl"
        and count.dep_ == "conj"
        and count.head.pos_ in ("VERB", "AUX")
        and count.head.i < count.i
        and count.pos_ in ("ADJ", "DET", "NUM", "PRON")
        and all(c == verb for c in count.children)
    )


def _one_more_ordinal(token: Token) -> bool:
    """ "a fourth", "a third": an ordinal with an indefinite article, one more person. The
    recognizer may read "a third" as a fraction (CARDINAL); without an "of" phrase ("a third of
    them") a fraction has nothing to be part of, so it is the person."""
    fraction_read = (
        token.ent_type_ == "CARDINAL"
        and token.tag_ in ("JJ", "RB")
        and not token.is_digit
        and not any(p.lower_ == "of" for p in _children(token, "prep"))
    )
    return (token.ent_type_ == "ORDINAL" or fraction_read) and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in token.children
    )


def _stray_objects(verb: Token, objects: list[Token], lex: CasualtyLexicon) -> list[Token]:
    """ "killed five children in a church bus and two truck drivers": a counted person noun
    that the parser joins to the object of a preposition between the verb's object and it is
    a second object of the verb (not "in a bus and two cars": things)."""
    out: list[Token] = []
    for prep in _children(verb, "prep"):
        if not any(o.i < prep.i for o in objects):
            continue
        for obj in _children(prep, "pobj"):
            if is_person_noun(obj, lex.words):
                continue  # "killed two in a crowd of protesters and police": part of the place
            out += [
                c
                for c in obj.conjuncts
                if c.i > obj.i
                and c.pos_ == "NOUN"
                and is_person_noun(c, lex.words)
                # "hitting a guard in the arm and several other people": "other" says more people
                and any(
                    (g.dep_ == "nummod" and g.like_num)
                    or (g.dep_ == "amod" and g.lower_ in lex.other_words)
                    for g in c.children
                )
            ]
    return out


def _companions(verb: Token, lex: CasualtyLexicon) -> list[Token]:
    """ "died along with four others", "was arrested with two accomplices": a counted object
    of a `companion_preps` preposition on a passive or intransitive harm verb shares the
    subject's harm; an uncounted one ("died with his wife", "with injuries") is left out."""
    out: list[Token] = []
    for prep in _children(verb, "prep"):
        if prep.lower_ not in lex.companion_preps:
            continue
        for obj in _children(prep, "pobj"):
            others = obj.lower_ in lex.other_words  # "with four others", "with others"
            counted = others or any(
                (c.dep_ == "nummod" and c.like_num)
                or (c.dep_ == "amod" and c.lower_ in lex.other_words)
                for c in obj.children
            )
            if counted and (others or is_person_noun(obj, lex.words)):
                out.append(obj)
    return out


def _among(harm: Token) -> list[Group]:
    """ "three children were among the injured": the subject of the clause, a subset; also
    "among those detained were two journalists"."""
    member = _copular_one_of(harm)
    if member:
        return member
    counted: list[Group] = []
    if (
        harm.dep_ in ("acl", "relcl")
        or (harm.dep_ == "amod" and harm.head.lower_ == "those" and harm.i > harm.head.i)
    ) and (
        harm.head.lower_ == "those"
        or (harm.head.dep_ == "pobj" and harm.head.head.lower_ == "among")
    ):
        # "among those detained", "among the five people killed", "among those missing",
        # "among the 19 people who died"
        harm = harm.head
        if harm.like_num or any(c.dep_ == "nummod" for c in harm.children):
            # "the five people killed", "the 14 killed": a figure of its own
            counted = [Group(harm)]
    if harm.dep_ == "pobj" and harm.head.lower_ == "among":
        clause = harm.head.head
        while clause.dep_ == "prep" and clause.head != clause:
            # "One child was, according to the fire service, among the dead": the aside
            # takes "among" as its own; the clause it interrupts is the one that counts.
            clause = clause.head
        people = _subjects(clause)
        if not people and clause.lemma_ == "be":
            people = _children(clause, "attr")  # "among those killed were six children"
        return counted + [Group(t, "subset_of") for t in _expand_conj(people)]
    return []


def _copular_one_of(harm: Token) -> list[Group]:
    """ "The girl was one of the seven people shot": "one of" a counted harmed group after a
    copula says what "among" says, so the subject is a part of the group, which counts on its
    own; the tagger may read the participle as a past tense there. [] for any other "one of"
    ("one of the seven people shot was a child" has the group as its subject)."""
    group = harm.head
    if harm.dep_ not in ("acl", "relcl") or group.dep_ != "pobj" or group.head.lower_ != "of":
        return []
    one = group.head.head
    if one.lower_ != "one" or one.dep_ != "attr" or one.head.lemma_ != "be":
        return []
    people = [s for s in _subjects(one.head) if s.pos_ in NOMINAL_POS]
    if not people or not any(c.dep_ == "nummod" for c in group.children):
        return []
    return [Group(group)] + [Group(t, "subset_of") for t in _expand_conj(people)]


def _told_victims(noun: Token) -> bool:
    """Whether "victims" points back to the harmed the article told: "among the victims"; not
    "among victims who leapt from the hotel", a group the clause brings in, nor "among the
    victims of previous attacks", victims of other events ("of the blast" is the event)."""
    if noun.pos_ == "PRON":
        return True  # "Among them were ...", after a harm (`_back_referring_pronoun`)
    if not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return not any(o.tag_ in ("NNS", "NNPS") for o in _of_objects(noun))


def _other_victims(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "Other victims included an official and ...": a plural reference noun with an additive
    word and no determiner, the subject of "include", names people besides those told."""
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_ == "include"
        and noun.tag_ in ("NNS", "NNPS")
        and any(
            c.dep_ == "amod"
            and (c.lower_ in lex.additive_references or c.lower_ in lex.other_words)
            for c in noun.children
        )
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    )


#: subordinators that set two clauses side by side as equals ("108 were held in Italy, while 34
#: others were picked up in Germany")
CONTRAST_MARKS = frozenset({"while", "whereas"})


def _included(harm: Token) -> list[Group]:
    """ "The dead included three police officers", "the victims include a journalist": the
    objects of "include" are part of the harmed group its subject names; so are those of
    "those killed included" (the harm on "those")."""
    if harm.dep_ in ("acl", "relcl") and harm.head.lower_ in TOLL_DEMONSTRATIVES:
        harm = harm.head
    if harm.dep_ == "nsubj" and harm.head.lemma_ == "include":
        return [Group(o, "subset_of") for o in _expand_conj(_children(harm.head, "dobj"))]
    return []


def _stray_subject(clause: Token) -> list[Token]:
    """ "Of the dead, 11 were women and 9 were children": the parser may make the second
    figure a conjunct of the first clause's predicate ("women"), leaving its own clause without
    a subject; the number right before such a clause is that subject."""
    before = clause.doc[clause.i - 1] if clause.i > 0 else None
    if before is None or before.dep_ != "conj" or not before.like_num:
        return []
    return [before]


def _own_harm_verb(clause: Token, lex: CasualtyLexicon) -> bool:
    return clause.lemma_.lower() in lex.verbs or clause.lemma_.lower() in lex.intransitive


def _partitive_head(harm: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "four of the deceased", "most of the injured": the quantity before "of"; also "189 of
    those who died", "one of those killed": the clause on "those" names the harmed."""
    if harm.dep_ in ("acl", "relcl") and harm.head.lower_ == "those":
        harm = harm.head
    elif _participle_on_partitive_group(harm):
        harm = harm.head  # "One of the men injured during the shooting": the men are its group
    if harm.dep_ == "pobj" and harm.head.lower_ == "of":
        head = harm.head.head
        words = lex.words
        if (
            harm.head.i < head.i
            and head.dep_ in ("nsubj", "nsubjpass")
            and head.head.pos_ in ("AUX", "VERB")
        ):
            # "Of those detained, 40 were students and 14 were minors": the parser may hang the
            # fronted phrase on the first figure; it governs the clauses all the same
            head = head.head
        if head.like_num or head.lower_ in words.vague or head.pos_ == "NUM":
            # "Four of the dead were shot in Kibera and two in Kisumu": the figure of a gapped
            # clause is "two of the dead" too, a part of the same whole with the same harm
            gapped = (
                _gapped_subjects(head.head)
                if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")
                else []
            )
            return [Group(head, "subset_of"), *(Group(g, "subset_of") for g in gapped)]
        if _two_word_vague(head, lex):
            return [Group(head, "subset_of")]  # "three quarters of the dead"

        if head.pos_ in ("AUX", "VERB") and harm.head.i < head.i:
            # "Of the dead, ten were soldiers and five were civilians": the figures of the
            # clauses the fronted "of" phrase governs.
            # "Of those detained, 108 were rounded up in Italy, while 34 others were picked up
            # in Germany": a clause set beside it by "while" is governed too.
            clauses = [
                head,
                *(c for c in _children(head, "conj") if c.pos_ in ("AUX", "VERB")),
                *(
                    c
                    for c in _children(head, "advcl")
                    if any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in c.children)
                ),
            ]
            # "Of the dead, 11 were women, and 9 men were wounded": a joined clause with a harm
            # verb of its own tells other people with that harm, no part of the "of" phrase
            clauses = [c for c in clauses if c == head or not _own_harm_verb(c, lex)]
            return [
                Group(subject, "subset_of", beside=harm)
                for clause in clauses
                for subject in _children(clause, "nsubj", "nsubjpass") or _stray_subject(clause)
                if subject.like_num
                or subject.pos_ == "NUM"
                or subject.lower_ in words.vague
                or any(c.dep_ == "nummod" and c.like_num for c in subject.children)
            ]
    return []


def _participle_on_partitive_group(harm: Token) -> bool:
    """Whether a harm participle describes the definite plural of a partitive ("one of the men
    injured in the shooting", "two of the people wounded"): the figure before "of" counts part
    of the harmed, as "one of those killed" does."""
    group = harm.head
    return (
        harm.dep_ == "acl"
        and harm.tag_ == "VBN"
        and group.tag_ in ("NNS", "NNPS")
        and group.dep_ == "pobj"
        and group.head.lower_ == "of"
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in group.children)
        # "one of the five people shot": the five are counted, a row of their own
        and not any(c.dep_ == "nummod" for c in group.children)
    )


def _numeric_child(token: Token, lex: CasualtyLexicon) -> Token | None:
    for child in token.children:
        if (
            (
                child.dep_ in ("nummod", "npadvmod", "nsubj", "quantmod", "amod", "det", "nmod")
                # "2 dead, 3 hurt in Southside shooting": a headline's first figure, which the
                # parser reads as a list marker ("meta") right before its harm word
                or (child.dep_ == "meta" and child.i == token.i - 1)
            )
            and child.i < token.i
            and (child.like_num or child.lower_ in lex.words.vague or child.lower_ == "no")
            and child.lower_ not in lex.words.generic  # "12 people are missing": the subject
        ):
            return child
    return None


def groups_of(trigger: Trigger, lex: CasualtyLexicon) -> list[Group]:
    """The groups a trigger harms, by its role, never the speaker of a report it continues."""
    groups = []
    for g in _role_groups(trigger, lex):
        if (
            shares_figure(g.token, lex.words)  # "287 pupils and teachers": one group
            or _speaker_conjunct(g.token, lex)
            or _own_wound(g.token, trigger, lex)
        ):
            continue
        told = _victim_described(_of_person(g, trigger, lex), lex)
        person = _pronoun_told_person(told, lex)
        groups.append(_identified_names(person, lex))
        if person is not told and _reported_apart(told.token, lex):
            # "A child was rushed to the hospital after police say he shot himself": the
            # report's own pronoun is a row too, beside the person it names (the GVA
            # annotators' rows)
            groups.append(told)
    if not groups and trigger.role in ("verb", "adj"):
        # "The dead were identified as A and B", "The injured were named as A and B": the
        # harm word is itself the back-reference the names are given to
        named = _identified_list(trigger.token, lex)
        groups = [] if named is None else [Group(named, "subset_of")]
    if trigger.type == REFERENCE:
        seen = {g.token.i for g in groups}
        for group in list(groups):
            parts = [p for p in _distributed_parts(group.token, lex) if p.i not in seen]
            seen |= {p.i for p in parts}
            beside = group.beside or group.token
            groups += [Group(p, "subset_of", beside=beside) for p in parts]
    if trigger.role not in ("verb", "subject", "adj") or not groups:
        return groups
    groups = _bracketed_breakdowns([_bracketing_group(g, trigger, lex) for g in groups], lex)
    speech = _speech_head(trigger.token, lex)
    if speech is None:
        return groups
    speakers = set(_children(speech, "nsubj", "nsubjpass"))
    if not any(g.token in speakers for g in groups):
        return groups
    # "Brudziński said Adamowicz required resuscitation, and was in a serious condition": the
    # coordinated clause has no subject of its own and the parse hands it the speaker's; the
    # one it is about is the person the report is about.
    reported = _reported_person(speech, lex)
    if reported is None:
        return groups  # "Jones said the attack was horrific and was taken to hospital": Jones
    return [Group(reported, g.relation) if g.token in speakers else g for g in groups]


#: the marks that set the people of a figure off inside its clause, each with the mark that
#: closes them ("two of the injured, a boy and an elderly man, died", "two suspects -- one
#: Arab, one Sudanese -- were arrested", "three villagers (a man and two teenagers)")
BRACKET_CLOSERS = {",": ",", "-": "-", "–": "–", "—": "—", "--": "--", "(": ")"}


def _bracketed_breakdowns(groups: list[Group], lex: CasualtyLexicon) -> list[Group]:
    """`groups` with the people a counted group lists between two marks inside its clause
    (`_bracketed_members`) as parts of it: "Two of the injured, a boy of about seven and an
    elderly man, died overnight" tells two deaths, each person `subset_of` the two, not four
    (ANNOTATION.md: listed people take the relation of the counted group they name). The
    parser hangs such people on the figure as conjuncts or appositions, or on the first
    person's own phrase ("of about seven and an elderly man"), so they are read from the words
    and replace whatever groups the parse made of them."""
    out = list(groups)
    for group in groups:
        if group.relation is not None:
            continue
        members = _bracketed_members(group.token, lex)
        if not members:
            continue
        out = [g for g in out if g.token not in members]
        at = next(i for i, g in enumerate(out) if g is group) + 1
        stops = [m.left_edge.i for m in members[1:]] + [members[-1].right_edge.i + 1]
        parts = zip(members, stops, strict=True)
        out[at:at] = [Group(m, "subset_of", stop=stop) for m, stop in parts]
    return out


#: the clauses a tally of parts runs through, joined by "and" or commas
TALLY_CLAUSE_DEPS = frozenset({"conj", "parataxis"})


def _distributed_parts(group: Token, lex: CasualtyLexicon) -> list[Token]:
    """ "Two victims stayed at the lodge, one crossed the county line, another was found at a
    school", "Three of the victims were police officers and the fourth was an office worker":
    the bare part words (a numeral, "one", "another", "the other", an ordinal, with no noun of
    their own) that are subjects of the clauses joined to the clause of a counted reference to
    the harmed are more of those people, parts of the same whole with the same harm, whatever
    their own verbs say they did. A vague word ("while others drove themselves") and a part
    with a noun of its own ("the remaining suspect") are left out, as the fitted gold does."""
    if group.dep_ not in ("nsubj", "nsubjpass") or group.head.pos_ not in ("VERB", "AUX"):
        return []
    root = group.head
    while _tally_clause(root):
        root = root.head
    clauses, pending = [root], [root]
    while pending:
        for child in pending.pop().children:
            if _tally_clause(child) and child not in clauses:
                clauses.append(child)
                pending.append(child)
    doc = group.doc
    parts = []
    for clause in clauses:
        subjects = _children(clause, "nsubj", "nsubjpass")
        if not subjects:
            # "... police officers and the fourth was an office worker": the parser joins the
            # part word to the noun before it and leaves its clause without a subject
            first = min([clause.i, *(c.i for c in _children(clause, "aux", "auxpass"))])
            subjects = [doc[first - 1]] if first > 0 and doc[first - 1].head != clause else []
        parts += [s for s in subjects if s.i != group.i and _bare_part(s, lex)]
    return sorted(parts, key=lambda t: t.i)


def _tally_clause(clause: Token) -> bool:
    """Whether a verb is a clause joined to the one above it in a run of clauses: by "and" or a
    comma, or an earlier clause set off by a comma that the parser made a complement or an
    adverbial clause (with no "when", "after") of the next one ("three were stabbed, two
    were strangled, two were beaten")."""
    if clause.pos_ not in ("VERB", "AUX") or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    if clause.dep_ in TALLY_CLAUSE_DEPS:
        return True
    after = clause.right_edge.i + 1
    return (
        (clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and not _children(clause, "mark")))
        and clause.i < clause.head.i
        and after < len(clause.doc)
        and clause.doc[after].text == ","
    )


def _bare_part(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a subject is a part word with no noun of its own: "two", "one", "another",
    "the other", "the fourth"."""
    if _children(token, "prep", "amod", "compound", "nummod", "poss", "relcl", "acl"):
        return False
    if token.lower_ in lex.words.numbers.ordinals:
        return [d.lower_ for d in _children(token, "det")] == ["the"]
    if token.lower_ == "other":
        return [d.lower_ for d in _children(token, "det")] == ["the"]
    if _children(token, "det"):
        return False
    quantity = read_quantity(token, lex.words)
    return (
        quantity is not None
        and quantity.qualifier == "exact"
        and quantity.noun is None
        and (token.like_num or token.pos_ == "NUM" or token.lower_ == "another")
    )


def _bracketing_group(group: Group, trigger: Trigger, lex: CasualtyLexicon) -> Group:
    """ "identified as two more suspects -- one Arab, one Sudanese -- who had been arrested":
    the relative clause after a bracketed list tells of the counted group the list brackets
    (`_bracketed_members`), though the parser hangs it on a listed person."""
    harm = trigger.token
    if harm.dep_ != "relcl" or harm.head != group.token or group.relation is not None:
        return group
    top = group.token
    while top.dep_ == "appos" and top.head.i < top.i:
        top = top.head
    if top == group.token or group.token not in _bracketed_members(top, lex):
        return group
    return Group(top)


def _bracketed_members(head: Token, lex: CasualtyLexicon) -> list[Token]:
    """The people a counted group lists right after its count phrase between a mark and its
    closer, after which the group's own clause goes on ("two suspects -- a man and a woman --
    were killed", "killed three villagers, a man and two teenagers, on Sunday"): each a person
    noun with its own article or numeral, no verb among them, their figures adding up to the
    group's. A list not closed inside the clause ("killed two Germans, a Briton and a
    Canadian."; "..., a Briton and a Canadian, police said") is more groups; ages ("two men,
    aged 19 and 22") and names ("Two other men, Dillon and Raheam Jackson") are no such list."""
    whole = read_quantity(head, lex.words)
    if whole is None or whole.qualifier != "exact" or whole.value is None or whole.value < 2:
        return []
    doc, sent = head.doc, head.sent
    opener = whole.end
    closer = BRACKET_CLOSERS.get(doc[opener].text) if opener < sent.end - 1 else None
    if closer is None or head.dep_ in ("ROOT", "conj", "appos"):
        return []
    verb = head.head
    for close in range(opener + 1, sent.end - 1):
        word = doc[close]
        if word.pos_ in ("VERB", "AUX"):
            return []  # a clause of its own inside: no plain list of people
        if word.text != closer:
            continue
        after = doc[close + 1]
        relative = after.head.dep_ == "relcl" and after.head.head.i in range(head.i, close)
        if after != verb and after.head != verb and not relative:
            # a comma inside the list ("a man, a woman and a child"); a relative clause after
            # the closer tells of the group ("-- one Arab, one Sudanese -- who had been
            # arrested"), wherever the parser hangs it
            continue
        members = [
            t
            for t in doc[opener + 1 : close]
            if t.pos_ in ("NOUN", "PROPN")
            and (_has_article(t) or any(c.dep_ == "nummod" and c.like_num for c in t.children))
            and is_person_noun(t, lex.words)
        ]
        sizes = [read_quantity(t, lex.words) for t in members]
        if len(members) < 2 or any(q is None or q.qualifier != "exact" for q in sizes):
            return []
        if any(_other_kind(head, whole, m, lex) for m in members):
            return []
        return members if sum(q.value or 0 for q in sizes) == whole.value else []
    return []


def _other_kind(head: Token, whole: Quantity, member: Token, lex: CasualtyLexicon) -> bool:
    """Whether a listed person is of another kind than the group's noun says, so the list
    goes on with more people ("killed two soldiers, a policeman and a teacher, in ...": a
    status of its own; "two Germans, a Briton and a Canadian": another nationality) rather
    than naming the group's people ("two suspects, a man and a woman")."""
    if whole.noun is None or whole.partitive:
        return False  # "two", "two of the injured": any people
    noun = head.doc[whole.noun]
    if ent_label(noun) == "NORP" and ent_label(member) == "NORP":
        return True
    statuses = lex.words.victim_status
    own, other = statuses.get(noun.lemma_.lower()), statuses.get(member.lemma_.lower())
    return own is not None and other is not None and own != other


def _identified_names(group: Group, lex: CasualtyLexicon) -> Group:
    """ "The victims who died were identified as A, 22, and B, 27": the group stands for the
    names a naming verb gives it (`_identified_list`); a back-reference names people already
    told, so the names are a part of those, never more people for the totals."""
    named = _identified_list(group.token, lex)
    return group if named is None else Group(named, "subset_of")


def _identified_list(token: Token, lex: CasualtyLexicon) -> Token | None:
    """ "The dead were identified as A, 22, and B, 27", "named the victims as A and B": a
    back-reference that a naming verb (`identifying_verbs`) gives names in its "as" phrase
    stands for those people. Returns the list's first name, whose group `name_list` reads one
    row a name (ages and places set off by commas stay inside each name's phrase); None when
    the "as" phrase holds no person's name ("identified as a suspect")."""
    verb = token.head
    if token.dep_ not in ("nsubjpass", "dobj") or verb.lemma_.lower() not in lex.identifying_verbs:
        return None
    for prep in _children(verb, "prep"):
        if prep.lower_ != "as":
            continue
        for name in _children(prep, "pobj"):
            if name_list(name):
                return name
    return None


def _victim_described(group: Group, lex: CasualtyLexicon) -> Group:
    """ "found the victim, a 7-year-old child, suffering from injuries": "the victim" is a bare
    harm noun that names nobody (ANNOTATION.md); the person is the indefinite person noun in
    apposition beside it. A name there already makes one span with it ("The victim, Jerome
    Ellis"); a plural ("the victims, two brothers") is counted by `_counted_apposition`."""
    token = group.token
    if token.tag_ != "NN" or token.lemma_.lower() not in lex.reference_nouns:
        return group
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return group
    if _children(token, "amod", "nummod", "compound", "nmod", "quantmod"):
        return group  # "The second victim, a 17-year-old boy": a counted victim, a row itself
    for appos in _children(token, "appos"):
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in appos.children)
        if indefinite and _names_people(appos, lex):
            return Group(appos, group.relation)
    return group


def _reported_apart(pronoun: Token, lex: CasualtyLexicon) -> bool:
    """Whether a pronoun's harm clause hangs on a speech verb (`speech_verbs`) of the clause
    that introduces its person ("is recovering after police say a boy shot her"): a report of
    its own, not only the telling of how the person came to harm."""
    clause = pronoun.head
    for _ in range(4):
        if clause.dep_ not in ("advcl", "conj", "ccomp"):
            return False
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lex.speech_verbs:
            return True
        clause = clause.head
    return False


def _names_reported_pronoun(person: Mention, pronoun: Mention, lex: CasualtyLexicon) -> bool:
    """Whether `person` is the person a reported pronoun of its own clause names ("A
    grandmother is recovering after police say a boy shot her": `_reported_apart`), so the
    pronoun's row is `same_as` the person's though one harm word tells both."""
    token = pronoun.group.token
    if pronoun.quantity.kind != "pronoun" or not _reported_apart(token, lex):
        return False
    return _pronoun_told_person(Group(token), lex).token == person.group.token


def _pronoun_told_person(group: Group, lex: CasualtyLexicon) -> Group:
    """ "A 10-year-old boy is undergoing surgery after he was shot", "officers located a woman
    outside and she appeared to be suffering from a gunshot wound": the sentence introduces
    its person in the main clause and tells the harm of a pronoun in a clause set under or
    joined to it, so that person (an indefinite person noun, the main verb's subject or
    object, the only one the pronoun can mean) is who was harmed; the first mention is the
    person's, the pronoun only points back. Any other person of the pronoun's gender between
    them leaves the pronoun alone, as does a main verb that harms someone itself or tells a
    hospital condition ("A man died after he was shot", "was in critical condition after a
    bullet hit him": two harms, two rows)."""
    token = group.token
    gender = lex.words.genders.get(token.lower_)
    if (
        token.pos_ != "PRON"
        or gender is None
        or token.lower_ in REFLEXIVES
        or token.dep_ not in ("nsubj", "nsubjpass", "dobj")
    ):
        return group
    clause = token.head
    if clause.dep_ in ("ccomp", "xcomp") and not _children(clause, "aux", "auxpass"):
        # "A judge ordered him held without bail": the subject of a small clause is the
        # object of the verb over it, never that verb's subject
        return group
    for _ in range(4):
        if clause.dep_ not in ("advcl", "conj", "ccomp"):
            break
        clause = clause.head
    # a pronoun of the main clause itself ("A judge kept him in jail", "An officer took him
    # into custody") is never that clause's subject (tokens compare by position, not identity)
    if clause.dep_ != "ROOT" or clause == token.head or _harm_verb(clause, lex):
        return group
    if clause.lemma_.lower() in lex.condition_verbs:
        return group  # "A man was in critical condition after a bullet hit him": a row each

    def may_be(noun: Token) -> bool:
        return (
            noun.tag_ == "NN"
            and is_person_noun(noun, lex.words)
            and lex.words.genders.get(noun.lemma_.lower(), gender) == gender
        )

    candidates = [
        c
        for c in _children(clause, "nsubj", "nsubjpass", "dobj")
        if c.i < token.i
        and may_be(c)
        and _has_article(c)
        and c.lemma_.lower() not in lex.words.perpetrators
    ]
    if len(candidates) != 1:
        return group
    person = candidates[0]
    between = token.doc[person.i + 1 : token.i]
    if any(t.pos_ in ("NOUN", "PROPN") and may_be(t) for t in between):
        return group
    if any(t.pos_ == "PRON" and lex.words.genders.get(t.lower_) == gender for t in between):
        return group
    return Group(person, group.relation)


def _own_wound(token: Token, trigger: Trigger, lex: CasualtyLexicon) -> bool:
    """ "three people killed and two others with serious injuries": a conjunct that carries a
    harm of its own ("with injuries") is not given the harm of the word it is joined after."""
    if token.dep_ != "conj" or trigger.role == "bearer" or trigger.token.i > token.i:
        return False
    return any(
        lex.nouns.get(o.lemma_.lower()) not in (None, trigger.type)
        for p in _children(token, "prep")
        if p.lower_ == "with"
        for o in _children(p, "pobj")
    )


def _speaker_conjunct(token: Token, lex: CasualtyLexicon) -> bool:
    """ "killed at least 26 civilians, health workers and residents told Reuters": the parser
    joins the sources to the victims as conjuncts after a comma, leaving the speech verb right
    after them without a subject of its own. Such a conjunct, with no figure of its own, is a
    speaker, not a victim. Reads the conjunct chain of `token` and the word after it."""
    if token.dep_ != "conj" or _has_quantity_child(token, lex):
        return False
    first = token
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    doc = token.doc
    comma = next((t for t in doc[first.i + 1 : token.i] if t.text == ","), None)
    if comma is None or any(
        t.dep_ == "conj" and _has_quantity_child(t, lex) for t in doc[comma.i : token.i]
    ):
        return False
    last = max((t for t in first.subtree if t.dep_ == "conj" and t.i >= token.i), key=lambda t: t.i)
    end = noun_phrase_end(last)
    if end >= len(doc):
        return False
    verb = doc[end]
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.speech_verbs
        # No subject of its own between the victims and the verb ("officials said"); the parse
        # may hand it the harm clause's subject ("A drone strike ... told Reuters").
        and not any(
            c.dep_ in ("nsubj", "nsubjpass") and first.i < c.i < verb.i for c in verb.children
        )
    )


def _of_person(group: Group, trigger: Trigger, lex: CasualtyLexicon) -> Group:
    """ "the name of a man found dead": the harm describes the person after "of" (its `acl`),
    not the name (an `identity_nouns` word) the parse hands it to."""
    token = group.token
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.identity_nouns:
        return group
    for prep in _children(token, "prep"):
        if prep.lower_ != "of":
            continue
        for person in _children(prep, "pobj"):
            described = any(trigger.token in c.subtree for c in _children(person, "acl", "relcl"))
            if described and _names_people(person, lex):
                return Group(person, group.relation)
    return group


def _speech_head(token: Token, lex: CasualtyLexicon) -> Token | None:
    """The speech verb ("said") a subjectless harm clause is coordinated with, when that verb
    also has a content (a clause or an object) before the harm: the clause then continues
    the report, not the speaker's own story ("X said he heard shots and was wounded" has no
    content before the harm and keeps X)."""
    clause = token
    while clause.dep_ not in ("conj", "ROOT") and clause.head != clause and clause.pos_ != "VERB":
        clause = clause.head
    if clause.dep_ != "conj" or _children(clause, "nsubj", "nsubjpass"):
        return None
    head = clause.head
    if head.lemma_.lower() not in lex.speech_verbs:
        return None
    # A content clause, or an object with a verb in it (a clause parsed as a noun phrase); not
    # "said nothing", "told reporters".
    content = [
        c
        for c in head.children
        if c.i < clause.i
        and (c.dep_ == "ccomp" or (c.dep_ == "dobj" and any(w.pos_ == "VERB" for w in c.subtree)))
    ]
    return head if content else None


def _reported_person(speech: Token, lex: CasualtyLexicon) -> Token | None:
    """The person a report is about: the subject of its content clause, else the first person
    named in its object ("said Adamowicz required resuscitation" parsed as an object)."""
    for content in _children(speech, "ccomp"):
        subjects = _children(content, "nsubj", "nsubjpass")
        if subjects and _names_people(subjects[0], lex):
            return subjects[0]
    for content in _children(speech, "dobj"):
        for word in content.subtree:
            if word.pos_ in ("PROPN", "NOUN", "PRON") and _names_people(word, lex):
                return word
    return None


def _role_groups(trigger: Trigger, lex: CasualtyLexicon) -> list[Group]:
    """The groups a trigger harms, by its role."""
    token, role = trigger.token, trigger.role
    if trigger.type == REFERENCE:
        # Only a counted reference ("three of the victims", "four victims") says how many of
        # the harmed it speaks of; "the victims" is a bare back-reference.
        if _partitive_head(token, lex):
            return _partitive_head(token, lex)
        if _other_victims(token, lex):
            return [Group(token)]  # "Other victims included a guard and ...": a new group
        if _included(token):
            return _included(token)
        if _definite_including(token, lex):
            return _definite_including(token, lex)  # "The victims, including six children, ..."
        if _copula_list_subject(token):
            return [Group(t, "subset_of") for t in _counted_attrs(token.head)]
        named = _identified_list(token, lex)
        if named is not None:
            return [Group(named, "subset_of")]  # "The victims were identified as A, 22, and B, 27"
        if _among(token) and _told_victims(token):
            # "Among the victims were two guards", "a lawmaker was among the victims": a part
            # of the harmed the article told, of the harm it was told with
            return _among(token)
        return [Group(token, harm_head=token)] if _numeric_child(token, lex) is not None else []
    if role == "subject" and token.dep_ == "relcl":
        special = _among(token)  # "Two teenagers were among the 19 people who died"
        if special:
            return special
    if role in ("verb", "adj", "noun"):
        special = _among(token) or _partitive_head(token, lex) or _included(token)
        if not special and token.dep_ == "amod" and token.head.pos_ in NOMINAL_POS:
            special = _included(token.head)  # "The detained protesters include three women"
        if special:
            return special
    if role == "verb":
        if token.lower_ in lex.adjectives and _fused_age_person(token):
            return [Group(token)]  # "and a 10-year-old injured"
        if (
            token.lower_ in lex.adjectives
            and token.dep_ != "amod"
            and any(
                c.dep_ in ("amod", "nummod", "quantmod")
                and c.i < token.i
                and (c.like_num or c.lower_ in lex.words.vague)
                for c in token.children
            )
        ):
            return [Group(token, harm_head=token)]  # "there are many wounded"
        groups = _of_phrase_person(token, _verb_groups(token), lex)
        if _aimed_at_people(token, groups, lex):
            groups = []
        stolen = None if groups else _object_read_as_source(token, lex)
        if stolen is not None:
            return [Group(stolen)]
        groups += _as_were(token)
        if groups and not _is_passive(token):
            groups += _stray_objects(token, groups, lex)
        lemma = token.lemma_.lower()
        if groups and (_is_passive(token) or lemma in lex.intransitive):
            groups += _companions(token, lex)
        if (
            groups
            and all(g.lower_ in REFLEXIVES for g in groups)
            and lemma not in lex.verbs
            and lemma not in lex.mechanism
        ):
            # "a fourth victim drove herself to a hospital": the subject is the one harmed
            # (not "shot himself", where the reflexive is the victim of the harm verb).
            groups = _subjects(token) or groups
        elif _result_names_the_object(token, groups, lex):
            # "shot a clerk at the store, killing her": the result's pronoun is the person shot
            groups = _children(token.head, "dobj")
        elif _self_harm(token, groups):
            # "Police said the boy shot himself in the hand": the reflexive only points back
            # to its subject, the words that tell who was harmed.
            groups = _subjects(token)
        groups = [_ranked_subject(g, lex) or g for g in groups]
        return _summed_parts(_expand_conj(groups), lex)
    if role == "subject":
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            return [Group(token)]  # "a man in critical condition"
        if token.pos_ == "NUM" and token.dep_ != "nummod" and _children(token, "prep"):
            return [Group(token)]  # "One dead, one in critical condition"
        partitive = _partitive_head(token, lex)
        if partitive:
            return partitive  # "189 of those who died"
        companions = _companions(token, lex) if _subjects(token) else []
        objects = [
            o
            for o in _children(token, "dobj")
            if _names_people(o, lex)
            and o.lower_ not in REFLEXIVES
            and not _harm_noun(o, lex)
            and ent_label(o) not in PLACE_LABELS  # "fled Tawila": a place, not its people
            and not _listed_part(o, token)
        ]
        if (
            objects
            and token.pos_ == "VERB"
            and not _is_passive(token)
            and token.lemma_.lower() not in lex.departure_verbs
        ):
            # "Paramedics rushed Joel to the hospital in serious condition": the object.
            return [Group(t) for t in _expand_conj(objects)]
        subjects = _subjects(token)
        gapped = _gapped_subjects(token) if subjects else []
        expanded = _expand_conj([*subjects, *companions, *gapped])
        if token.dep_ == "acl":
            # "27 migrants drowned and dozens more are missing": a participle set between two
            # joined nouns describes the first only ("three soldiers and two civilians killed
            # in the attack" describes both).
            expanded = [t for t in expanded if t.i < token.i]
        return [Group(t) for t in expanded]
    if role == "bearer":
        return _bearer_groups(token, lex)
    if role == "self":
        return [Group(token, harm_head=token)]  # "claimed 13 lives"
    if role == "object":
        groups = _subjects(token) if _is_passive(token) else _children(token, "dobj")
        return [Group(t) for t in _expand_conj(groups)]
    if role == "pobj":
        return [Group(t) for t in _expand_conj(_children(token, "pobj"))]
    if role == "compound":
        # "took more than 200 people hostage" parsed as one noun phrase "200 people hostage".
        people = [c for c in _children(token, "compound") if c.pos_ in NOMINAL_POS]
        return [Group(t) for t in _expand_conj(people)]
    if role == "adj":
        return _adjective_groups(token, lex)
    if role == "noun":
        return _noun_groups(token, lex)
    if role == "toll":
        return _toll_groups(token, lex)
    if role == "place":
        return _place_groups(token, lex)
    return []


def _listed_part(noun: Token, verb: Token) -> bool:
    """ "Three people died, among them a child": the parser makes the listed part the object of
    the intransitive harm verb, with "among them" or "including" hung on it or on the verb
    before it; the part belongs to the subject's group, it is no one the verb acts on."""
    return any(
        c.dep_ == "prep" and c.lower_ in PART_PREPS and verb.i < c.i < noun.i
        for c in (*noun.children, *verb.children)
    )


def _of_phrase_person(verb: Token, groups: list[Token], lex: CasualtyLexicon) -> list[Token]:
    """ "responded to a report of a man shot on Elm Street": a participle on the person of an
    "of" phrase harms that person when the noun the phrase hangs on names no people (not the
    "driver" of "the driver of the car arrested by police"), or names them only by their tie
    to that person ("The father of a man killed in a robbery spoke to reporters")."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "pobj" or head.head.lower_ != "of":
        return groups
    owner = head.head.head
    if owner.pos_ != "NOUN" or owner.lemma_.lower() in lex.toll_nouns:
        return groups  # "one of the seven people shot", "the number of people killed"
    tie_only = owner.lemma_.lower() in lex.victim_associates
    if (
        groups == [owner]
        and (tie_only or not _names_people(owner, lex))
        and _names_people(head, lex)
    ):
        return [head]
    return groups


def _harm_noun(token: Token, lex: CasualtyLexicon) -> bool:
    """A harm noun that is not also its victims: "serious head injuries" is the wound, even
    though "head" may name a person ("head of security")."""
    lemma = token.lemma_.lower()
    return lemma in lex.nouns and lemma not in lex.victim_harm_nouns


def _aimed_at_people(verb: Token, groups: list[Token], lex: CasualtyLexicon) -> bool:
    """ "Two gunmen shot at police officers", "they fired at him": an active verb aimed "at"
    people has its subject for the shooter, not a victim ("4 teens shot at a party", a
    headline, is aimed at no one)."""
    if _is_passive(verb) or not groups or any(g.dep_ != "nsubj" or g.head != verb for g in groups):
        return False
    preps = _children(verb, "prep")
    if any(prep.lower_ in lex.fired_into_preps for prep in preps):
        return True  # "three men shot into the crowd": sent into something, so fired
    return any(
        target.pos_ == "PRON"
        or ent_label(target) == "PERSON"
        or is_person_noun(target, lex.words)
        # "two men shot at the car": a vehicle is aimed at, a place ("at a party") is where
        or target.lemma_.lower() in lex.fired_at_vehicles
        for prep in preps
        if prep.lower_ == "at"
        for target in _children(prep, "pobj")
    )


def _names_people(token: Token, lex: CasualtyLexicon) -> bool:
    return token.pos_ == "PROPN" or is_person_noun(token, lex.words)


def _bearer_groups(prep: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "a man with a gunshot wound", "found a victim with gunshot wounds", "left a woman with
    a gunshot wound": the noun the phrase describes, else the verb's object, else its
    subject."""
    own = _children(prep, "nsubj")
    if own:
        # "37 people had been rescued alive, 19 of them with injuries": the absolute phrase has
        # its own subject, who bears the wounds, not the verb's people
        return [Group(t) for t in own]
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN") and not _names_people(head, lex) and head.dep_ == "pobj":
        head = head.head.head  # "was taken to an area hospital with injuries": the verb's
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [Group(head)] if _names_people(head, lex) or head.pos_ == "PRON" else []
    if head.lower_ in ("old", "olds") and _names_people(head, lex):
        return [Group(head)]  # "found a 15-year-old with a gunshot wound": "old" is the person
    if head.pos_ == "NUM" and head.like_num and head.dep_ not in ("nummod", "quantmod"):
        return [Group(head)]  # "and two more with minor injuries": the figure is the people
    if head.pos_ not in ("VERB", "AUX"):
        return []
    objects = [o for o in _children(head, "dobj") if _names_people(o, lex) or o.pos_ == "PRON"]
    groups = objects or _subjects(head)
    return [Group(t) for t in _expand_conj(groups)]


def _adjective_groups(adj: Token, lex: CasualtyLexicon) -> list[Group]:
    if _fused_age_person(adj):
        # "left a 16-year-old dead", "a 10-year-old injured": the parser reads the age and its
        # article as the harm word's own modifiers; the age stands for its person.
        return [Group(adj)]
    headline = _headline_figure(adj, lex)
    if headline is not None:
        return [Group(headline, harm_head=adj)]  # "2 shot dead, 2 injured"
    child = _numeric_child(adj, lex)
    if child is not None and child.lower_ not in ("the", "no"):
        if (child.like_num or child.pos_ == "NUM") and not (
            child.dep_ == "nsubj" and any(c.dep_ == "prep" for c in child.children if c.i > child.i)
        ):  # "Fifteen of them are still missing" parsed as a progressive: the subject
            return [Group(child, harm_head=adj)]  # "27 dead", "39 injured"
        if child.dep_ == "nsubj":
            return [Group(child)]  # "Dozens of people were still missing": the subject
        return [Group(adj, harm_head=adj)]  # "many wounded"
    if adj.dep_ == "amod" and adj.head.pos_ in NOMINAL_POS:
        head = adj.head
        if adj.lower_ in lex.status_adjectives and head.tag_ in ("NN", "NNP"):
            return []  # "a homeless man was found dead": what he is, not a displacement
        listed = _state_after_list(adj)
        if listed is not None:
            return [Group(t) for t in _expand_conj([listed])]
        if head.like_num:
            # "the three deceased": the numeral is the head; a back-reference that counts.
            return [Group(head, harm_head=adj)]
        partitive = _partitive_head(head, lex)
        if partitive:
            return partitive  # "many of the injured people", "two of the wounded soldiers"
        if any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "no")
            for c in head.children
        ):
            if any(c.dep_ == "nummod" and c.like_num and c.i < adj.i for c in head.children):
                # "the two slain suspects were the only shooters": a back-reference that
                # gives its figure counts (ANNOTATION.md: "The three injured men"), a row
                # `same_as` the group it names again
                return [Group(head)]
            # "the injured child", "the deceased seaman": a back-reference; what it includes
            # ("The abducted passengers included 10 women") is part of that group.
            return _included(head)
        return [Group(head)]  # "dead Palestinians", "wounded soldiers", "a wounded man"
    if adj.dep_ in ("acomp", "oprd", "xcomp", "attr", "ccomp", "advcl") and (
        adj.head.pos_ in ("VERB", "AUX")
        # "a third remains unaccounted for": "remains" tagged a noun, yet a subject and a
        # complement make it the verb it is
        or (adj.dep_ == "acomp" and bool(_children(adj.head, "nsubj")))
    ):
        own = _children(adj, "nsubj", "nsubjpass")
        if own:
            return [Group(t) for t in _expand_conj(own)]
        head = adj.head
        figure = _second_state_figure(adj)
        if figure is not None:
            return [Group(figure)]
        objects = [o for o in _children(head, "dobj") if o.i < adj.i]  # "left two people dead"
        if not objects and head.lemma_.lower() in lex.mechanism:
            # "gunmen shot dead two people": the object after "dead" is the one killed, which
            # the parser may also hang on "dead" itself
            objects = [o for o in _children(head, "dobj") if o.i > adj.i] or [
                o for o in _children(adj, "dobj") if o.i > adj.i
            ]
        groups = objects or _subjects(head) or _subject_read_as_object(head)
        return [Group(t) for t in _expand_conj(groups)]
    if adj.dep_ == "conj":
        own = _children(adj, "nsubj", "nsubjpass") or _auxiliary_subjects(adj)
        if own:
            return [Group(t) for t in _expand_conj(own)]
    designated = _designated_state_groups(adj, lex)
    if designated is not None:
        return designated
    if adj.pos_ == "VERB":
        if adj.tag_ == "VBG" and _children(adj, "dobj"):
            # "the court was missing two justices", "while missing the larger truth": a
            # subject missing something lacks it; the state of being missing takes no object
            return []
        groups = _verb_groups(adj)
        if not groups and adj.tag_ == "VBG":
            groups = _children(adj, "nsubj")  # "12 people are missing"
        if not groups and adj.dep_ == "acl" and _counted_noun(adj.head):
            # "There are still around 30 people missing under the rubble": "missing" read as
            # a participle on the counted noun, which is its group.
            groups = [adj.head]
        return [Group(t) for t in _expand_conj(groups)]
    return []


def _designated_state_groups(adj: Token, lex: CasualtyLexicon) -> list[Group] | None:
    """ "Seven crewmen were listed as missing", "the ministry listed 12 soldiers as dead",
    "two were confirmed as dead": a harm state after "as" on a verb that files people under it
    (`designation_verbs`) is the state of the verb's object, else of its subject. None when the
    state stands elsewhere."""
    prep = adj.head
    if adj.dep_ not in ("pcomp", "pobj", "amod", "acomp") or prep.lower_ != "as":
        return None
    verb = prep.head
    if prep.dep_ != "prep" or verb.lemma_.lower() not in lex.designation_verbs:
        return None
    groups = _children(verb, "dobj") or _children(verb, "nsubjpass")
    return [Group(t) for t in _expand_conj(groups)]


def _counted_noun(noun: Token) -> bool:
    """A noun with a numeral of its own ("30 people"), or a numeral standing as the noun; not
    a definite one ("he is the only one missing": the one already named)."""
    if noun.pos_ not in NOMINAL_POS or any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    return noun.like_num or any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _state_after_list(adj: Token) -> Token | None:
    """ "found Angela Brooks, 36, and Dorothy Simmons, 61, dead": after the ages of a list, the
    parser hangs the state on the last person as a modifier; set after that person, it is the
    state of the whole list (whose first member is returned). None for a word before its noun
    ("a man and a wounded woman") or a noun outside a list."""
    head = adj.head
    if adj.i < head.i or head.dep_ != "conj":
        return None
    while head.dep_ == "conj":
        head = head.head
    return head if head.pos_ in NOMINAL_POS else None


def _headline_figure(adj: Token, lex: CasualtyLexicon) -> Token | None:
    """The "2" of a headline "2 shot dead": the parser makes "shot" a noun counted by the
    figure, with "dead" hung on it."""
    head = adj.head
    if adj.dep_ not in ("amod", "oprd") or head.pos_ != "NOUN" or head.i > adj.i:
        return None
    if head.lower_ not in lex.headline_participles:
        return None
    return next(
        (c for c in head.children if c.dep_ == "nummod" and c.i < head.i and c.like_num), None
    )


def _one_capture_performed(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "An arrest was made", "police made an arrest": a singular detention noun with "a" that
    a performing verb carries out counts one person held. The noun with "of" names its own
    people ("the arrest of two men"), and one that is sought ("hope to make an arrest") holds
    no one."""
    if lex.nouns.get(noun.lemma_.lower()) not in CAPTIVE_TYPES or noun.tag_ != "NN":
        return False
    if (
        noun.dep_ not in ("dobj", "nsubjpass")
        or noun.head.lemma_.lower() not in lex.performing_verbs
    ):
        return False
    if any(p.lower_ == "of" for p in _children(noun, "prep")):
        return False
    verb = noun.head
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("xcomp", "pcomp"):
        return False  # "close to making an arrest", "expect an arrest to be made": not yet
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _captures_performed(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "Arrests have been made", "police made arrests", "more arrests had been made": a plural
    detention noun with no figure, determiner or possessor that a performing verb carries out
    states that people were held, how many untold. One still expected ("arrests are expected
    to be made", "arrests could be made") or named by an "of" phrase ("arrests of protesters"
    counts the protesters) is no such statement."""
    if lex.nouns.get(noun.lemma_.lower()) not in CAPTIVE_TYPES or noun.tag_ != "NNS":
        return False
    if (
        noun.dep_ not in ("dobj", "nsubjpass")
        or noun.head.lemma_.lower() not in lex.performing_verbs
    ):
        return False
    if any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in noun.children
    ):
        return False
    verb = noun.head
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("xcomp", "pcomp"):
        return False
    return not any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)


def _more_captures(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "more arrests", "further arrests": an additive word on a capture noun."""
    return any(c.lower_ in lex.words.additive for c in _children(noun, "amod"))


def _ranked_capture(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "have made a second arrest", "A third arrest was made": a performed capture
    (`_one_capture_performed`) ranked by an ordinal holds one more person, besides those held
    before; the rank is no count."""
    return _one_capture_performed(noun, lex) and _capture_rank(noun, lex) > 1


def _capture_rank(noun: Token, lex: CasualtyLexicon) -> int:
    """The highest ordinal on a capture noun ("a second arrest": 2), 0 without one."""
    return max(
        (lex.words.numbers.ordinal(c.lower_) or 0 for c in _children(noun, "amod")), default=0
    )


def _victim_compound_word(noun: Token, lex: CasualtyLexicon) -> str | None:
    """The `victim_compounds` word of a modifier, by its lemma or, for the participle the
    parser may tag it as ("a shooting victim": VBG, lemma "shoot"), by its form."""
    for word in (noun.lemma_.lower(), noun.lower_):
        if word in lex.victim_compounds:
            return word
    return None


def _counted_victims_of(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "two shooting victims", "multiple gunshot victims": a harm noun (`victim_compounds`)
    compounded on a counted `reference_nouns` noun with no article or possessive of its own
    ("the shooting victims" names again those counted before, as "the victims" does). One
    victim brought in with an indefinite article ("a report of a shooting victim", "a
    stabbing victim was found") is counted too; "she was a shooting victim" only describes a
    person told of already, and "a memorial for another shooting victim" is someone of
    another incident, whose harm the compound does not tell (the fitted GVA gold has him
    killed)."""
    head = noun.head
    if noun.dep_ not in ("compound", "amod") or _victim_compound_word(noun, lex) is None:
        return False
    if head.lemma_.lower() not in lex.reference_nouns:
        return False
    if head.tag_ == "NN":
        return head.dep_ != "attr" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
        )
    if head.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in head.children):
        return False
    return any(
        c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in lex.words.vague)
        for c in head.children
    )


def _noun_groups(noun: Token, lex: CasualtyLexicon) -> list[Group]:
    if _counted_victims_of(noun, lex):
        return [Group(noun.head)]  # "four male shooting victims", "a stabbing victim"
    if noun.dep_ == "compound":
        return []  # "death threats", "casualty figures"
    if lex.nouns.get(noun.lemma_.lower()) == "killed" and multiplier(noun, lex.words):
        return [Group(noun, harm_head=noun)]  # "a double homicide": two killed
    child = _numeric_child(noun, lex) or next(modifier_numerals(noun, lex.words), None)
    if child is not None and noun.tag_ == "NN" and ent_label(child) == "DATE":
        child = None  # "the 2019 shooting death of a police officer": a year, no count
    if child is not None:
        if noun.tag_ == "NN" and child.like_num and child.lower_ not in ("one", "1", "a", "an"):
            if _ranked_capture(noun, lex):
                return [Group(noun, harm_head=noun)]
            return []  # "a 117-104 loss": a singular harm noun counts one at most
        return [Group(noun, harm_head=noun)]  # "six deaths", "35 bodies", "no injuries"
    if negated_any(noun) is not None:
        return [Group(noun, harm_head=noun)]  # "have not made any arrests": none, as "no arrests"
    if lex.nouns.get(noun.lemma_.lower()) in CAPTIVE_TYPES and _sought(noun, lex):
        return []  # "a warrant for the arrest of", "information leading to the arrest of"
    if _one_capture_performed(noun, lex):
        return [Group(noun, harm_head=noun)]  # "An arrest was made": one person held
    if _captures_performed(noun, lex):
        # "arrests were made": held people of no number; "more arrests had been made" is a
        # bare plural, read as one by its quantity word
        return [Group(noun, harm_head=noun, unquantified=not _more_captures(noun, lex))]
    # "the death of all 33 passengers", "deaths of 67 Palestinians", "the deaths of hundreds of
    # service members"; "the death and wounding of additional personnel": the "of" phrase of
    # the harm noun coordinated right after this one is this one's too.
    named_only = noun.lemma_.lower() in lex.named_victim_nouns
    for prep in [*_children(noun, "prep"), *_shared_of(noun, lex)]:
        if prep.lower_ == "of" and named_only:
            # "the shooting of Jacob Blake", "the accidental shooting of a 9-year-old girl": a
            # named or counted victim; "the shooting of protesters" names the event.
            # "the fatal shooting of Tremaine Woodson Jr.": a suffixed name, whatever its label
            def victim(t: Token) -> bool:
                return (
                    _is_person_name(t) or _counted_person(t, lex) or generational_name(t, lex.words)
                )

            victims = [o for o in _children(prep, "pobj") if victim(o)]
            return [Group(t) for t in _expand_conj(victims) if victim(t)]
        if prep.lower_ == "of":
            objects = [
                o
                for o in _children(prep, "pobj")
                if is_person_noun(o, lex.words)
                or o.like_num
                or o.lower_ in lex.words.vague
                or _is_person_name(o)  # "the body of Mansell", "the shooting of Jacob Blake"
                or generational_name(o, lex.words)  # "the shooting death of Marquise Hill III"
            ]
            if objects:
                return [Group(t) for t in _expand_conj(objects)]
    if named_only:
        # "the shooting of protesters", "the shooting": without a named victim, the event.
        return [Group(t) for t in _named_owners(noun)]
    # "tied to a West Virginia woman's death", "two boys' deaths": a counted possessor is the
    # harmed group ("the woman's death", "his death" refer back and add nobody).
    owners = [o for o in _children(noun, "poss") if _counted_person(o, lex)]
    if owners:
        return [Group(t) for t in _expand_conj(owners)]
    named = _named_owners(noun)
    if named and (
        noun.lemma_.lower() not in lex.victim_harm_nouns
        or noun.head.lemma_.lower() in lex.body_discovery_verbs
    ):
        # "van Biljon's death": a named person is one victim; "Jett's little body has
        # swelling" is a living body, "Park's body was found" a dead one.
        return [Group(t) for t in named]
    if (
        noun.dep_ == "nsubj"
        and noun.tag_ in ("NNS", "NNPS")
        and noun.head.lemma_.lower() in lex.update_words
    ):
        # "casualties increased to 167", "deaths rose to 30": the harm noun is its own toll.
        tolls = [
            g
            for g in _toll_groups(noun, lex)
            if g.token.i > noun.head.i and not g.superseded and g.token.head.lower_ != "from"
        ]
        if tolls:
            return tolls
    # "the confirmed deaths are fourteen civilians, five soldiers ...".
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        attrs = _children(noun.head, "attr")
        if attrs:
            return [Group(t) for t in _expand_conj(attrs)]
    lemma = noun.lemma_.lower()
    if lemma in lex.victim_harm_nouns and _definite_including(noun, lex):
        # "The hostages, including five children, were taken into the forest"
        return _definite_including(noun, lex)
    if (
        lemma in lex.victim_harm_nouns
        and noun.tag_ == "NNS"
        and noun.dep_ != "pobj"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    ):
        return [Group(noun)]  # "bodies had washed onto the riverbanks"
    if lemma in lex.unquantified and noun.tag_ in ("NNS", "NNPS"):
        if any(c.dep_ in ("det", "poss") for c in noun.children):
            return []  # "the casualties", "their losses": a back-reference
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            return []  # "the number of casualties"
        if any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.money_loss_modifiers
            for c in noun.children
        ):
            return []  # "real estate losses", "financial losses": money
        if lex.unquantified[lemma] == "losses" and not (
            any(
                c.dep_ in ("compound", "amod", "nmod")
                and (c.lemma_.lower() in lex.loss_severity or ent_label(c) == "NORP")
                for c in noun.children
            )
            or any(
                o.lemma_.lower() in lex.loss_ranks or o.lower_ in lex.loss_ranks
                for p in _children(noun, "prep")
                if p.lower_ in ("in", "among")
                for o in _children(p, "pobj")
            )
        ):
            return []  # "Bunds extended losses", "overnight losses": money or games
        return [Group(noun, harm_head=noun, unquantified=True)]  # "heavy losses", "casualties"
    return []


def _counted_person(noun: Token, lex: CasualtyLexicon) -> bool:
    """A person noun counted by "a"/"an" or a numeral ("a West Virginia woman", "two boys"),
    not one that refers back ("the woman", "his son") or a bare plural; a headline's singular
    that dropped its "a" ("teen's death") counts one too."""
    return is_person_noun(noun, lex.words) and (
        any(
            (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "nummod" and c.like_num)
            for c in noun.children
        )
        or _article_dropped(noun, lex)
    )


def _article_dropped(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "shooting death of teen girl", "in teen's death": a singular person noun with no
    determiner, possessor or figure, which headlines and hurried copy write for "a teen"; not a
    generic or harm noun ("people", "victim") nor a plural."""
    if noun.tag_ != "NN" or not is_person_noun(noun, lex.words):
        return False
    if noun.lemma_.lower() in lex.words.generic or noun.lemma_.lower() in lex.nouns:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "quantmod") for c in noun.children)


def _named_owners(noun: Token) -> list[Token]:
    """The named people whose harm the noun is ("van Biljon's death", "Navalny's death"): its
    possessors that are person names, with their coordinated names. A pronoun ("his death") or
    a description ("the woman's death") refers back to someone already told and gives []."""
    names = [o for o in _children(noun, "poss") if _is_person_name(o)]
    # "charged in Keith Lamont Scott death": a headline's name set before the noun, unmarked
    names += [
        o
        for o in _children(noun, "compound")
        if _is_person_name(o) and o.i == noun.i - 1 and noun.tag_ == "NN"
    ]
    return [t for t in _expand_conj(names) if _is_person_name(t)]


def _sought(noun: Token, lex: CasualtyLexicon) -> bool:
    """True when a detention or abduction noun is sought, not done: a
    `prospective_captive_heads` word governs it within three steps ("a warrant for the arrest
    of", "information that leads to the arrest of", "called for the arrest of"). A
    `result_verbs` head in the past tense states the outcome instead ("the raid led to the
    arrest of 30 suspects")."""
    token = noun
    for _ in range(3):
        if token.head == token:
            return False
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in lex.result_verbs and token.tag_ in ("VBD", "VBN"):
            return False
        if lemma in lex.prospective_captive_heads:
            return True
    return False


def _governed_by(token: Token, lemmas: set[str], steps: int) -> bool:
    """Whether one of the `steps` nearest heads above `token` has its lemma in `lemmas`."""
    for _ in range(steps):
        if token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in lemmas:
            return True
    return False


def _shared_of(noun: Token, lex: CasualtyLexicon) -> list[Token]:
    """The "of" prepositions of the harm noun joined to `noun` by "and"/"or" right before or
    after it ("the death and wounding of ..."), when `noun` has no "of" of its own; the parser
    hangs the phrase on one of the two nouns only."""
    doc = noun.doc
    if any(p.lower_ == "of" for p in _children(noun, "prep")):
        return []
    for link, other in ((noun.i + 1, noun.i + 2), (noun.i - 1, noun.i - 2)):
        if other < 0 or other >= len(doc) or doc[link].lower_ not in ("and", "or"):
            continue
        if _harm_noun(doc[other], lex):
            return [p for p in _children(doc[other], "prep") if p.lower_ == "of"]
    gerund = noun.head
    if noun.dep_ == "dobj" and gerund.tag_ == "VBG" and gerund.i == noun.i - 1:
        # "charged in shooting death of Marquise Hill III": the parser reads "shooting" as a
        # gerund with "death" its object and hangs the "of" phrase on the gerund
        return [p for p in _children(gerund, "prep") if p.lower_ == "of" and p.i > noun.i]
    return []


def _coordinated_harm_nouns(first: Token, second: Token) -> bool:
    """ "the death and wounding of": two harm nouns joined by "and"/"or" next to each other."""
    a, b = sorted((first, second), key=lambda t: t.i)
    return (
        b.i == a.i + 2
        and a.pos_ == "NOUN"
        and b.pos_ == "NOUN"
        and a.doc[a.i + 1].lower_ in ("and", "or")
    )


def _set_figure_type(toll: Token, lex: CasualtyLexicon) -> str:
    """The harm of a bare figure noun a source sets ("A tally by AFP put the figure at 174",
    "Rescuers put the number at 85"): the one harm type of the sentence just before, whose
    figure it restates or disputes; "" when that sentence tells none or several."""
    verb = toll.head
    if toll.dep_ != "dobj" or verb.lemma_.lower() not in lex.toll_setting_verbs:
        return ""
    at_figure = any(
        o.like_num
        for p in _children(verb, "prep")
        if p.lower_ == "at"
        for o in _children(p, "pobj")
    )
    if not at_figure or toll.sent.start == 0:
        return ""
    before = toll.doc[toll.sent.start - 1].sent
    types = {trigger.type for t in before if t.pos_ != "PRON" for trigger in _word_triggers(t, lex)}
    types.discard(REFERENCE)
    return next(iter(types)) if len(types) == 1 else ""


def _toll_type(toll: Token, default: str, lex: CasualtyLexicon) -> str:
    """The harm a toll noun counts: its modifier ("death toll"), a participle after it ("the
    number injured"), or the "of" phrase ("the number of casualties", "the number of people
    killed", "the number of people in custody"); else `default`."""
    misread = _participle_read_as_verb(toll, lex) or _participle_cut_from_toll(toll, lex)
    if misread is not None:
        return _participle_harm(misread, lex)  # "the number recaptured had risen to 73"
    for child in toll.children:
        word = child.lemma_.lower()
        if child.dep_ in ("compound", "amod", "nmod", "acl") and (
            word in lex.toll_types or child.lower_ in lex.toll_types
        ):
            return lex.toll_types.get(child.lower_, lex.toll_types.get(word, default))
        if child.dep_ in ("amod", "acl") and child.tag_ == "VBN" and word in lex.verbs:
            return lex.verbs[word]  # "the number recaptured", "the number abducted"
        if (
            child.dep_ == "acl"
            and child.tag_ in ("VBN", "VBD")
            and (harm := _participle_harm(child, lex))
        ):
            return harm  # "the number of people reported missing": the participle's harm adjective
        if child.dep_ == "prep" and child.lower_ == "in" and _counts_people(toll, lex):
            # "the number of people in custody", the phrase hung on "number"
            for place in _children(child, "pobj"):
                if place.lower_ in lex.toll_types:
                    return lex.toll_types[place.lower_]
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in _children(child, "pobj"):
                if obj.lemma_.lower() in lex.toll_types:
                    return lex.toll_types[obj.lemma_.lower()]
                if obj.lower_ in lex.toll_types:
                    return lex.toll_types[obj.lower_]
                if (
                    is_person_noun(obj, lex.words)
                    or obj.lower_ in lex.words.generic
                    or obj.lower_ in TOLL_DEMONSTRATIVES
                ):
                    for mod in obj.children:
                        # "the number of people killed", "... of people in custody", "the
                        # number of those detained"
                        if mod.dep_ in ("acl", "amod") and mod.lower_ in lex.toll_types:
                            # "the number of people killed", "the number of dead soldiers"
                            return lex.toll_types[mod.lower_]
                        if mod.dep_ == "acl" and mod.tag_ == "VBN" and mod.lemma_ in lex.verbs:
                            return lex.verbs[mod.lemma_]
                        if mod.dep_ == "acl" and (harm := _participle_harm(mod, lex)):
                            # "the number of migrants confirmed dead in the sinking ...": the
                            # participle's harm adjective, as on the toll noun itself
                            return harm
                        if mod.dep_ == "prep" and mod.lower_ == "in":
                            for place in _children(mod, "pobj"):
                                if place.lower_ in lex.toll_types:
                                    return lex.toll_types[place.lower_]
    held = _state_after_toll(toll)
    if held is not None:
        # "bringing the number in custody to five", "the number in custody has risen to
        # nine": only people are in custody, so the bare number of those in it counts them
        # (the parser may hang the phrase on the verb that raises the number)
        for place in _children(held, "pobj"):
            if place.lower_ in lex.toll_types:
                return lex.toll_types[place.lower_]
    if not default:
        return _anaphoric_toll_type(toll, lex)
    return default


def _state_after_toll(toll: Token) -> Token | None:
    """The "in" phrase right after a toll noun with no "of" phrase ("the number in custody"),
    hung on the noun or on the verb whose object the noun is; None when there is none."""
    doc = toll.doc
    if toll.i + 1 >= len(doc) or any(c.lower_ == "of" for c in _children(toll, "prep")):
        return None
    nxt = doc[toll.i + 1]
    if nxt.lower_ == "in" and nxt.dep_ == "prep" and nxt.head in (toll, toll.head):
        return nxt
    return None


def _anaphoric_toll_type(toll: Token, lex: CasualtyLexicon) -> str:
    """The harm of a bare definite toll noun that refers back ("At least 23 civilians were
    killed ... By Tuesday the figure had climbed to 31"): the harm the sentence before told,
    when the noun has nothing of its own ("the figure", "the number") and a change verb says
    the toll moved ("had climbed to", `update_words`); else "" (no toll: "the number of
    schools")."""
    if any(c.dep_ in ("prep", "compound", "amod", "nmod", "acl", "poss") for c in toll.children):
        return ""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in toll.children):
        return ""
    if toll.dep_ != "nsubj" or toll.head.lemma_.lower() not in lex.update_words:
        return ""
    doc = toll.doc
    sent = toll.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    if before is None:
        return ""
    for token in reversed(doc[before.start : toll.i]):
        lemma = token.lemma_.lower()
        type_ = (
            lex.verbs.get(lemma)
            or lex.intransitive.get(lemma)
            or (lex.nouns.get(lemma) if token.pos_ == "NOUN" else None)
            or (lex.adjectives.get(token.lower_) if token.pos_ == "ADJ" else None)
        )
        if type_:
            return type_
    return ""


#: Pronouns that stand for the people a toll counts: "the number of those detained".
TOLL_DEMONSTRATIVES = {"those"}


def _participle_read_as_verb(toll: Token, lex: CasualtyLexicon) -> Token | None:
    """ "the number recaptured had risen to 73", parsed with the participle as the clause's verb
    and the change verb as its complement: that participle (a harm verb right after the
    toll noun whose complement is an `update_words` verb), else None."""
    verb = toll.head
    # "the number of people confirmed dead rose to 22": the "of" phrase stands between.
    if toll.dep_ != "nsubj" or verb.i not in (toll.i + 1, toll.right_edge.i + 1):
        return None
    if not _participle_harm(verb, lex):
        return None
    return verb if _misread_change(verb, lex) is not None else None


def _participle_cut_from_toll(toll: Token, lex: CasualtyLexicon) -> Token | None:
    """ "bringing the number of people confirmed dead to 22", "bringing the number of people
    displaced to 5,000": the object toll of a change verb whose harm participle the parser
    cut off and hung on the clause, taking the "to" figure with it. That participle (right
    after the toll's phrase, not attached inside it, holding a "to" phrase), else None."""
    if toll.dep_ != "dobj" or not _is_change(toll.head, lex):
        return None
    after = toll.right_edge.i + 1
    if after >= len(toll.doc):
        return None
    participle = toll.doc[after]
    if participle.tag_ not in ("VBN", "VBD"):
        return None
    if toll.is_ancestor(participle) or not _participle_harm(participle, lex):
        return None
    if not any(p.lower_ == "to" for p in _children(participle, "prep")):
        return None
    return participle


def _participle_harm(participle: Token, lex: CasualtyLexicon) -> str:
    """The harm a participle after a toll noun names: its own ("recaptured"), or that of the
    harm adjective it takes ("confirmed dead", "reported missing"); "" for neither."""
    if participle.lemma_.lower() in lex.verbs:
        return lex.verbs[participle.lemma_.lower()]
    for child in participle.children:
        if child.dep_ in ("oprd", "acomp") and child.lower_ in lex.adjectives:
            return lex.adjectives[child.lower_]
    return ""


#: How far after a misread participle its change verb may stand ("recaptured had risen",
#: "confirmed dead in the attack climbed").
CHANGE_VERB_REACH = 6


def _misread_change(participle: Token, lex: CasualtyLexicon) -> Token | None:
    """The change verb the parser hung beside a participle it read as a verb: its complement
    ("recaptured had risen") or its sibling complement ("said the number abducted had
    climbed")."""
    near = list(participle.children)
    if participle.dep_ in ("ccomp", "conj"):
        near += [c for c in participle.head.children if c.dep_ == participle.dep_]
    for c in near:
        if (
            c.dep_ in ("ccomp", "conj", "xcomp")
            and (
                0 < c.i - participle.i <= CHANGE_VERB_REACH or _only_phrases_between(participle, c)
            )
            and _is_change(c, lex)
        ):
            return c
    return None


#: The dependents of a misread participle that only say where or how the harm was ("confirmed
#: dead in the collapse of an apartment block in Johannesburg"): however long, they keep the
#: change verb after them the participle's.
PARTICIPLE_PHRASE_DEPS = ("prep", "oprd", "acomp", "advmod", "npadvmod")


def _only_phrases_between(participle: Token, change: Token) -> bool:
    """Whether nothing but the participle's own phrases (no comma, no clause) stand between it
    and the change verb's clause."""
    start = change.left_edge.i
    phrases = [c for c in participle.children if participle.i < c.i < start]
    if not phrases or any(c.dep_ not in PARTICIPLE_PHRASE_DEPS for c in phrases):
        return False
    covered = {t.i for c in phrases for t in c.subtree}
    between = range(participle.i + 1, start)
    return all(i in covered and participle.doc[i].text != "," for i in between)


def _is_change(verb: Token, lex: CasualtyLexicon) -> bool:
    return verb.lemma_.lower() in lex.update_words or verb.lower_ in lex.update_words


def _toll_verb(toll: Token, lex: CasualtyLexicon) -> Token:
    """The verb that tells a toll's figure: the toll noun's head, past an auxiliary the parser
    made its head ("The number killed has since risen to 22") or a harm participle it read as
    the verb ("the number recaptured had risen to 73")."""
    verb = toll.head
    if _participle_read_as_verb(toll, lex) is not None:
        return _misread_change(verb, lex) or verb
    if verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i and _is_change(verb.head, lex):
        return verb.head
    return verb


def _in_toll_phrase(token: Token, lex: CasualtyLexicon) -> bool:
    """True for the people of a toll's "of" phrase ("the number of people in custody")."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in lex.toll_nouns
        and bool(_toll_groups(prep.head, lex))
    )


def _counts_people(toll: Token, lex: CasualtyLexicon) -> bool:
    """True when a toll noun's "of" phrase names people ("the number of people", "of
    detainees")."""
    return any(
        is_person_noun(obj, lex.words) or obj.lower_ in lex.words.generic
        for prep in _children(toll, "prep")
        if prep.lower_ == "of"
        for obj in _children(prep, "pobj")
    )


def _figures(prep: Token) -> list[tuple[str, Token]]:
    """(preposition, figure) pairs under a preposition chain ("from four to eleven")."""
    out = []
    for obj in _children(prep, "pobj"):
        out.append((prep.lower_, obj))
    for nested in _children(prep, "prep"):
        out.extend(_figures(nested))
    return out


def _toll_groups(toll: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "the death toll rose to 13", "a toll of 13", "the number of casualties rose from four to
    eleven", "the death toll exceeded 100"."""
    groups: list[Group] = []
    is_number = toll.lemma_.lower() in ("number", "count", "tally", "figure", "total")
    if is_number and not (_toll_type(toll, "", lex) or _set_figure_type(toll, lex)):
        return []  # "a number of cars"
    # "an earlier toll of 27": a figure since revised.
    old = any(c.dep_ == "amod" and c.lower_ in lex.superseded_words for c in toll.children)
    for prep in _children(toll, "prep"):
        if prep.lower_ in ("of", "at") and not is_number:
            groups += [Group(f, superseded=old) for _, f in _figures(prep) if _is_figure(f)]
    if toll.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = _toll_verb(toll, lex)
        qualifier = lex.toll_verb_qualifiers.get(verb.lemma_.lower())
        # "from five to six" is parsed as one chain or as two sibling phrases of the verb: the
        # "from" figure is superseded when a "to" figure stands in either.
        figures: list[tuple[str, Token]] = []
        earlier = _earlier_toll_figures(verb)
        for child in (
            list(verb.children)
            + _preps_on_change_particle(verb)
            + _preps_on_toll_participle(toll, verb, lex)
        ):
            if child == toll:
                continue
            if child.dep_ in ("attr", "dobj") and _is_figure(child):
                vq = (qualifier, verb.i) if qualifier and child.dep_ == "dobj" else None
                # "reached 31, up from 24": the object is the revision of the "from" figure
                groups.append(Group(child, verb_qualifier=vq, update=bool(earlier)))
            elif child.dep_ == "prep" and child.lower_ in lex.toll_bound_preps:
                # "the death toll rose above 7,800": the new toll, an open one
                figures += [("to", f) for _, f in _figures(child) if _is_figure(f)]
            elif child.dep_ == "prep" and child.lower_ in ("to", "at", "from", "in"):
                pairs = _figures(child)
                figures += [
                    # "rose from 10 to 12" with both numbers objects of "from": "to" marks 12
                    ("to" if p == "from" and any(c.lower_ == "to" for c in f.lefts) else p, f)
                    for p, f in pairs
                    if _is_figure(f) or p == "in"
                ]
        if earlier:
            # "stood at 31, up from 24": the "at" figure is the revision of the "from" one.
            figures = [("to" if p == "at" else p, f) for p, f in figures] + earlier
        revised = any(p == "to" for p, _ in figures) or any(g.update for g in groups)
        for p, figure in figures:
            if p == "in" and not _is_figure(figure):
                if figure.lower_ in lex.words.vague:
                    groups.append(Group(figure))  # "in the hundreds"
                continue
            superseded = p == "from" and revised
            split = _split_toll_figure(figure)
            # "rose to 13 and 40 people were injured": the toll is 13 alone
            joined = [split[0]] if split is not None else _expand_conj([figure])
            for each in joined:  # "1,035 in Turkey and about 19 in Greece"
                if _is_figure(each):
                    groups.append(Group(each, superseded=superseded, update=p == "to"))
            if p == "to":
                # "rose from 10 to 12" parsed as one numeral chain under "from": the older
                # figure hangs on the newer one.
                groups += [
                    Group(older, superseded=True)
                    for older in figure.lefts
                    if older.like_num and older.i > 0 and older.doc[older.i - 1].lower_ == "from"
                ]
    return groups


#: Adverbs whose "from" phrase gives the toll a figure replaced ("stood at 31, up from 24").
CHANGE_ADVERBS = ("up", "down")


def _preps_on_change_particle(verb: Token) -> list[Token]:
    """The "to" / "from" phrases the parser hangs on a particle of a toll's verb ("revised the
    toll down to 24", "revised the toll up from 16 to 21"): they give the toll's figures as if
    they stood on the verb."""
    return [
        prep
        for particle in verb.children
        if particle.dep_ in ("prt", "advmod") and particle.lower_ in CHANGE_ADVERBS
        for prep in _children(particle, "prep")
        if prep.lower_ in ("to", "from")
    ]


def _earlier_toll_figures(verb: Token) -> list[tuple[str, Token]]:
    """The older figures of "up from 24" / "down from 40" set after a toll's verb ("The death
    toll stood at 31 on Wednesday, up from 24 a day earlier"): ("from", figure) pairs."""
    return [
        ("from", f)
        for adverb in _children(verb, "advmod")
        if adverb.lower_ in CHANGE_ADVERBS and adverb.i > verb.i
        for prep in _children(adverb, "prep")
        if prep.lower_ == "from"
        for _, f in _figures(prep)
        if _is_figure(f)
    ]


def _preps_on_toll_participle(toll: Token, verb: Token, lex: CasualtyLexicon) -> list[Token]:
    """The "to"/"from" phrases the parser hung on the harm participle of a toll that a change
    verb moves ("bringing the number of people killed to 22", "raised the number of those
    detained from 40 to 57"): they tell the toll's figures, not where the harm happened. A
    verb that sets a toll (`toll_setting_verbs`: "put the number of soldiers killed at 12")
    gives its figure by "at"."""
    if verb.lemma_.lower() in lex.toll_setting_verbs:
        marks: tuple[str, ...] = ("at",)
    elif _is_change(verb, lex):
        marks = ("to", "from")
    else:
        return []
    cut = _participle_cut_from_toll(toll, lex)
    if cut is not None:
        return [p for p in _children(cut, "prep") if p.lower_ in marks]
    holders = [toll] + [o for p in _children(toll, "prep") for o in _children(p, "pobj")]
    return [
        prep
        for holder in holders
        for participle in holder.children
        if participle.dep_ == "acl"
        and participle.tag_ == "VBN"
        and participle.lemma_.lower() in lex.verbs
        for phrase_holder in (participle, *_time_clauses(participle))
        for prep in _children(phrase_holder, "prep")
        if prep.lower_ in marks
    ]


def _time_clauses(participle: Token) -> list[Token]:
    """The clauses of time on a toll's participle ("the number of its staff killed since the
    war began to more than 300"): the parser hangs the toll's "to" phrase after such a clause on
    its verb; a figure there is still the toll's."""
    return [
        clause
        for clause in _children(participle, "advcl")
        if any(m.dep_ == "mark" and m.lower_ in ("since", "when", "after") for m in clause.children)
    ]


def _is_figure(token: Token) -> bool:
    return token.like_num or any(c.dep_ == "nummod" and c.like_num for c in token.children)


def _place_groups(prep: Token, lex: CasualtyLexicon) -> list[Group]:
    """ "people under the rubble", "rescued a man from under the rubble", "pulled out of the
    debris"."""
    head = prep.head
    while head.head != head and (
        (head.dep_ in ("prep", "advmod", "prt") and head.pos_ in ("ADP", "ADV"))
        or (head.dep_ in ("oprd", "acomp", "advmod", "advcl", "amod") and head.pos_ == "ADJ")
    ):
        # "rescued alive from the debris", "pulled two women alive from the rubble" (the state
        # word parsed as a clause on the verb or a modifier of the object): it holds the phrase.
        head = head.head
    if head.pos_ in ("NOUN", "PRON", "NUM", "PROPN"):
        return [Group(head)]
    lemma = head.lemma_.lower()
    if lemma not in lex.location_phrase_verbs and lemma not in lex.verbs:
        return []  # "officials said under the ruins": the phrase harms no one
    groups = _children(head, "dobj", "nsubjpass", "attr")
    if not groups:
        groups = _children(head, "nsubj")
    return [Group(t) for t in _expand_conj(groups)]


# -- mentions ----------------------------------------------------------------------------------


@dataclasses.dataclass(eq=False)
class Mention:
    """A casualty mention while the article is being read; becomes a `CasualtyItem`."""

    type: str
    quantity: Quantity
    trigger: Trigger
    group: Group
    priority: int
    relation: str | None = None
    parent: Mention | None = None
    related: Mention | None = None
    superseded: bool = False
    counts: bool = True
    time_scope: str = "incident"
    event_date: str | None = None
    date_known: bool = False  # the sentence names a date (even one without a day)
    #: the month or year (first and last day, ISO) that dates the harm when no day does
    period: tuple[str, str] | None = None
    #: the first and last day its sentence names, when it names more than one (ISO)
    days: tuple[str, str] | None = None
    #: the sentence's days all date another clause: no incident day to carry over
    other_day: bool = False
    #: `event_date` is the article's incident day carried over (`_carry_dates`), not one its
    #: own sentence gives
    carried: bool = False
    #: the month or year of the older event the article first names with it ("the Lockerbie
    #: bombing of 1988") that its harm is of (`_recalled_events`), when it dates no day
    recalled: tuple[str, str] | None = None
    #: a custody's sentence's day of the crime it is for (`_crime_day`)
    crime_day: str | None = None
    location: tuple[int, int] | None = None
    location_text: str | None = None
    #: the PERSON cluster of a named victim
    referent: str | None = None
    #: the PERSON cluster a later sentence names an unnamed victim by (`_named_next`)
    named_as: str | None = None
    #: who states the figure (None: the author)
    voice: SourceKey | None = None
    #: the sentence is about another incident ("in a separate attack")
    separate: bool = False
    #: where the last sentence up to its own that brings in another incident starts, in any
    #: paragraph (0: none)
    scene_start: int = 0
    #: the live page entry (its timestamp's offset) or the clip (its running time's index; -1 the
    #: story beside the clips) the figure is told in; None off such a page
    entry: int | None = None
    #: the sentence revises a figure ("the toll rose to")
    updates: bool = False
    #: the article's incident day, else its publication day (ISO)
    article_day: str | None = None
    #: told as the event that began a conflict ("The war began when militants attacked, killing
    #: 1,200") or pointed back to from afar ("killed in that attack"): named for context
    origin: bool = False
    #: the event noun its clause names as the harm's cause ("a fire ... killed 32")
    cause: Token | None = None
    #: the later mention that revised this one
    updated_by: Mention | None = None
    #: the towns, regions and countries (geocoded GPE clusters) of its location
    places: frozenset[PlaceRef] = frozenset()
    #: `places` are those its own clause names, not those of the figures around it
    placed: bool = False
    #: `places` come from another governed phrase than its nearest, a town the gazetteer does
    #: not know ("In southern Lebanon, ... in the town of Kfar Rumman"): the harm's own frame
    framed: bool = False
    #: the day a verb of violence names in its own clause ("a farmer was killed on Tuesday")
    act_day: str | None = None
    #: an incident figure told as the sum of those before ("In total, five were killed")
    sums: bool = False
    #: read as a tally only for its summing cue ("In all, three people are being held"): it
    #: may sum the steps the article told before (`_sums_told_steps`)
    open_sum: bool = False
    #: told inside what "after" / "before" opens with a span of weeks (`_weeks_of`; None until read)
    weeks_apart: bool | None = None
    #: a generic present ("they kill taxi drivers"): periodic
    habitual: bool = False
    #: "was also injured": someone besides the people harmed so far
    also: bool = False
    #: the age its words give (-1 until read)
    age: float | None = -1
    #: the sentence of its harm word (set once the article's context is read)
    sent: Span | None = None
    #: the surnames of a list of named people counted as one group ("Hondros", "Martin")
    listed: frozenset[str] = frozenset()
    #: the (start, end) token spans of a list of full names, one person each: the group is read
    #: whole for relations and totals, then told as a row per name (`_split_named_lists`)
    persons: tuple[tuple[int, int], ...] = ()
    #: a row split from such a list: its place in the list (-1 for any other row)
    listed_at: int = -1
    id: str = ""


def _age_after_name(figure: Token) -> bool:
    """Whether a bare number is set right after a person's name and a comma ("Kalone Mcgee, 26
    was shot"), as an age is, with no closing comma for the parser to read it as one."""
    doc = figure.doc
    if not figure.text.isdigit() or int(figure.text) > MAX_APPOSITIVE_AGE or figure.i < 2:
        return False
    name = doc[figure.i - 2]
    given = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in name.lefts)
    return (
        doc[figure.i - 1].text == ","
        and name.pos_ == "PROPN"
        and (ent_label(name) == "PERSON" or given)  # "Jamie clayton, 22" keeps "Jamie"
        and ent_label(name) not in ("GPE", "LOC", "FAC", "ORG")
    )


def _antecedent_plural(pronoun: Token) -> Token | None:
    """The nearest plural noun before a plural pronoun in its sentence ("merchant ships, sinking
    two of them": "ships"), or None."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.pos_ == "NOUN" and token.tag_ == "NNS":
            return token
    return None


def _object_noun(obj: Token) -> Token | None:
    """The noun an object counts: its own ("two ships"), or for a part of "them" the plural
    noun before it ("merchant ships, sinking two of them"); None otherwise."""
    if obj.pos_ == "NOUN":
        return obj
    them = next(
        (
            pobj
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.lower_ == "them"
        ),
        None,
    )
    return _antecedent_plural(them) if them is not None else None


def _elided_noun(another: Token) -> Token | None:
    """The noun "another" stands for, told by the object it is parallel to: "hijacked two ships
    and seized another" (the coordinated verb's object), "captured three towns and another"
    (the conjoined object), "attacked five ships, seizing another", "sinking two of them and
    seizing another". None when nothing parallel names one."""
    if another.dep_ == "conj" and another.head.dep_ == "dobj":
        return _object_noun(another.head)
    verb = another.head
    if another.dep_ != "dobj" or verb.dep_ not in ("conj", "advcl") or verb.head.pos_ != "VERB":
        return None
    parallel = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return _object_noun(parallel) if parallel is not None else None


def _elided_thing(group: Token, noun: Token | None, words: QuantityWords) -> bool:
    """Whether "another" with no noun of its own counts things, as the object it is parallel to
    names them ("sinking two ships and seizing another": a ship, not a person abducted). Only
    "another" says it is one more of a kind named before: a bare numeral or a pronoun after a
    thing ("hit a car, killing three", "fired his gun, hitting her") harmed people."""
    if group.lower_ != "another" or (noun is not None and noun.i != group.i):
        return False
    elided = _elided_noun(group)
    return elided is not None and is_non_person_noun(elided, words)


def _accepts(group: Token, quantity: Quantity, trigger: Trigger, lex: CasualtyLexicon) -> bool:
    """Whether a group can be harmed people: not "four towns", not "two houses"."""
    words = lex.words
    noun = group.doc[quantity.noun] if quantity.noun is not None else None
    if _elided_thing(group, noun, words):
        return False  # "sinking two of them and seizing another": another ship
    member = noun is not None and ent_label(noun) == "ORG" and noun.head.lower_ == "from"
    if (
        noun is not None
        and noun.i != trigger.token.i
        and is_non_person_noun(noun, words)
        and not member  # "seventeen from the Armed Forces": members of it
        and not (quantity.kind == "named" and _unrecognised_name(group, trigger, lex))
    ):
        return False
    if (
        noun is not None
        and noun.lemma_.lower() in lex.toll_nouns
        and not is_person_noun(noun, words)  # "two senior opposition figures": people
    ):
        return False
    if (
        quantity.kind == "numeric"
        and noun is None
        and group.text.isdigit()
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in group.children)
        and not quantity.additive  # "a further 10 were killed": more people
    ):
        return False  # "shot a 67", "posted a 4-1 win": a score, not people
    if quantity.kind == "numeric" and noun is None and _age_after_name(group):
        return False  # "Jamie Clayton, 22 was shot in both legs": his age, not 22 people
    lemma = trigger.token.lemma_.lower()
    if (
        lemma in lex.numeric_only
        and trigger.role == "verb"
        and quantity.kind != "numeric"
        and not _kin_lost(group, noun, trigger.token, lex)
    ):
        return False  # "lost 300 soldiers" counts losses; "lost her son" does not
    strict = lemma in lex.person_only or trigger.role == "place"
    counted_harm = trigger.role == "noun" and noun is not None and noun.i == trigger.token.i
    if strict and counted_harm:
        return True  # "five arrests were made": the harm noun counts the people it harmed
    if strict and quantity.kind == "none" and group.i == trigger.token.i:
        return True  # "arrests were made": the harm noun is the people held, of no number
    if strict and quantity.kind not in ("pronoun", "named", "zero"):
        if noun is None:
            # "2 were arrested", "thousands were displaced": a bare number or quantity word.
            return group.like_num or group.pos_ == "NUM" or quantity.kind == "vague"
        # "337 suspected users were arrested": only people are arrested, whatever the noun (a
        # thing the lexicon knows was already refused above).
        return (
            is_person_noun(noun, words)
            or lemma in lex.person_object
            # "many more were trapped": "more" stands for people
            or (noun.lower_ in lex.additive_references and noun.i == group.i)
            # "at least 40 of those detained", "some of those held": the demonstrative the
            # harm's participle describes stands for the people it harmed
            or (noun.lower_ in lex.standin_demonstratives and trigger.token.head == noun)
        )
    if quantity.kind in ("vague", "plural", "indefinite", "definite") and noun is not None:
        if noun.i != trigger.token.i and _harm_noun(noun, lex):
            return False  # "with life-threatening injuries shot in the stomach": the wounds
        # A vague or bare noun must be people: "several explosions" is not a casualty.
        return (
            is_person_noun(noun, words)
            or noun.i == trigger.token.i
            or (noun.lemma_.lower() in lex.nouns)
            # "many more were injured", "dozens more died": more of the people just counted
            or (
                quantity.kind == "vague" and noun.lower_ == "more" and noun.dep_.startswith("nsubj")
            )
        )
    return True


def _kin_lost(group: Token, noun: Token | None, verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether one's own kin named without a number were lost to a harm: "lost her husband in
    the airstrike" (an event noun in an "in" phrase of the verb), "lost my father and two
    cousins" (beside counted kin). Not "lost her son to cancer", "lost my father when I was
    young"."""
    if noun is None or noun.lemma_.lower() not in lex.kin_nouns:
        return False
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    for prep in _children(verb, "prep"):
        if prep.lower_ == "in" and any(
            o.lemma_.lower() in lex.event_nouns for o in _children(prep, "pobj")
        ):
            return True
    return any(
        c.lemma_.lower() in lex.kin_nouns and any(n.dep_ == "nummod" for n in c.children)
        for c in _expand_conj([group])
        if c is not group
    )


def _mention_for(trigger: Trigger, group: Group, lex: CasualtyLexicon) -> Mention | None:
    counted = _counted_antecedent(group.token, lex)
    if counted is not None:
        group = dataclasses.replace(group, token=counted)
    token = group.token
    unquantified = group.unquantified
    quantity = _unquantified(token, lex) if unquantified else read_quantity(token, lex.words)
    if (
        token == trigger.token
        and trigger.role == "self"
        and any(m.lower_ in lex.injury_verb_forms for m in _children(token, "amod"))
    ):
        quantity = _age_sustained(token, lex)  # no age before the verb: nobody counted
    elif token == trigger.token and _fused_age_person(token):
        quantity = _fused_age_quantity(token)
    if quantity is None and not unquantified:
        quantity = _listed_names(token)
    if quantity is None and not unquantified:
        quantity = _unrecognised_name(token, trigger, lex)
    if quantity is None and not unquantified:
        quantity = _bare_person_of_harm(token, trigger, lex)
    if quantity is None and not unquantified:
        quantity = _whole_of_whom(token, lex)
    if quantity is None and not unquantified:
        quantity = _counted_apposition(token, lex)
    if quantity is None and not unquantified and _one_capture_performed(token, lex):
        # "An arrest was made": the article counts the one person the arrest holds.
        start = min(c.i for c in token.children if c.dep_ == "det")
        one = dict(qualifier="exact", value=1, value_upper=None, low=1, best=1, high=1)
        quantity = Quantity(**one, start=start, end=token.i + 1, noun=token.i, kind="numeric")
    if quantity is None:
        return None
    if group.stop is not None and quantity.start < group.stop < quantity.end:
        end = group.stop
        while end > quantity.start + 1 and token.doc[end - 1].dep_ in ("cc", "punct"):
            end -= 1
        quantity.end = end  # "a boy of about seven" of "a boy of about seven and an elderly man"
    if _ranked_capture(token, lex) or (
        _captures_performed(token, lex) and _more_captures(token, lex)
    ):
        # "a second arrest", "more arrests had been made": not the people held before
        quantity.additive = True
    noun = _numeral_cut_from_noun(token) if quantity.noun is None else None
    if noun is not None and noun.lower_ not in lex.words.generic:
        quantity.noun, quantity.end = noun.i, noun.i + 1  # "14 wanted suspects"
    if not _accepts(token, quantity, trigger, lex):
        return None
    harm_head = group.harm_head
    if (
        harm_head is not None
        and harm_head.i >= quantity.end
        and harm_head.i - quantity.end < 3
        # "two more are missing": a verb between tells a clause, not a count phrase
        and not any(t.pos_ in ("AUX", "VERB") for t in token.doc[quantity.end : harm_head.i])
    ):
        quantity.end = harm_head.i + 1  # "27 dead", "39 injured", "39 seriously injured"
    elif (
        quantity.noun is None
        and quantity.end == trigger.token.i
        and trigger.role in ("verb", "adj")
        and trigger.token.tag_ in ("VBN", "JJ")
        and trigger.token.lower_ in lex.adjectives
    ):
        quantity.end = trigger.token.i + 1  # "39 injured" parsed as a participle
    after = token.doc[quantity.end] if quantity.end < len(token.doc) else None
    if after is not None and after.lower_ == "more" and _is_stranded(token):
        # "scores more were injured", the parser hanging "more" on the verb: more people.
        quantity.end, quantity.additive = after.i + 1, True
    if quantity.kind == "plural":
        # "taxi drivers, public employees and shopkeepers": one group.
        for conj in _expand_conj([token])[1:]:
            if conj.tag_ in ("NNS", "NNPS") and read_quantity(conj, lex.words) is not None:
                quantity.end = max(quantity.end, noun_phrase_end(conj))
    root = _clause_root(trigger.token)
    # "a bystander was also injured", and in the active "the attackers also killed a police
    # officer", where the figure follows the verb the adverb hangs on.
    also = any(
        c.lower_ in lex.additive_adverbs
        and (
            c.i > quantity.start
            or quantity.start > trigger.token.i > c.i
            # "The shooting also left a 16-year-old dead": the verb before the figure
            or quantity.start > root.i > c.i
        )
        for c in (*root.children, *trigger.token.children)
    ) or any(
        # "In addition, 73 soldiers were killed": the phrase says the same as "also"
        c.lower_ == "in"
        and c.i < quantity.start
        and any(o.lower_ in lex.additive_phrase_objects for o in _children(c, "pobj"))
        for c in root.children
    )
    if group.verb_qualifier is not None and quantity.qualifier == "exact":
        qualifier, start = group.verb_qualifier
        quantity.qualifier = qualifier
        quantity.start = min(quantity.start, start)
        quantity.low, quantity.best, quantity.high = bounds(qualifier, quantity.value)
    if (
        harm_head is not None
        and quantity.noun == harm_head.i
        and harm_head.lemma_.lower() not in (lex.victim_harm_nouns)
    ):
        # "six deaths": no victim noun; "67 deaths of Palestinians": the people of "of".
        quantity.noun = next(
            (o.i for o in _of_objects(harm_head) if is_person_noun(o, lex.words)),
            None,
        )
    if quantity.start == token.i or quantity.kind == "named":
        # "Abdelbaset al-Megrahi", "the pilot and co-pilot": the parts parsed as siblings.
        quantity.start = min(quantity.start, _name_start(token))
    persons: tuple[tuple[int, int], ...] = ()
    if quantity.kind == "named":
        quantity.end = _hyphenated_end(token.doc, quantity.end)  # "Park Won-soon"
        names = name_list(token)
        if names:
            # "photographers Chris Hondros and Guy Martin were wounded": one row of two.
            last = names[-1]
            # A state hung after the last name ("and Dorothy Simmons, 61, dead") is no part of it.
            stated = any(c.dep_ == "amod" and c.i > last.i for c in last.children)
            end = last.i + 1 if stated else noun_phrase_end(last)
            quantity.end = max(quantity.end, _hyphenated_end(token.doc, end))
            quantity.value = len(names)
            quantity.low, quantity.best, quantity.high = bounds("exact", len(names))
            quantity.kind = "numeric"
            apart = _full_names_apart(token, names, lex.words)
            persons = _person_spans(names, quantity) if apart else ()
    if quantity.kind == "none":
        owner = _owner(token)
        quantity.noun = owner.i if owner is not None else None
    if not _within_line(quantity, token):
        return None
    line_end = _dateline_end(token.sent)
    if quantity.start < line_end <= token.i and token.doc[line_end - 2].whitespace_:
        # "NIAMEY (Reuters) - Twenty soldiers": the filing place; a hyphen inside a word ("a
        # 42-year-old man") is no dateline's dash.
        quantity.start = line_end
    first = token.doc[quantity.start]
    if first.lower_ in lex.adjectives and first.dep_ == "amod" and quantity.end > first.i + 1:
        after = token.doc[first.i + 1]
        if after.like_num or after.pos_ == "NUM":
            quantity.start = first.i + 1  # "shot dead two policemen": the count starts at "two"
    type_ = trigger.type
    own = _harm_word_after(token, quantity, lex) if trigger.role == "toll" else None
    if own is not None:
        # "put the toll at five dead and 15 injured", "injured" parsed as a clause of the
        # verb: the figure's own harm word, not the toll's, says its type.
        type_, quantity.end = lex.adjectives[own.lower_], own.i + 1
    if trigger.role == "noun" and quantity.kind == "named":
        type_ = lex.named_victim_types.get(type_, type_)  # "the loss of Hamza bin Ladin"
    if (
        type_ == "losses"
        and trigger.role == "verb"
        and quantity.noun is not None
        and _kin_counted(token.doc[quantity.noun], lex)
    ):
        # "who lost two cousins in the accident", "We lost five of our family", "lost three
        # members of his family": they died
        type_ = lex.kin_loss_type
    mention = Mention(type_, quantity, trigger, group, trigger.priority, group.relation)
    mention.persons = persons
    listed = name_list(token) or _appositive_names(token)
    if quantity.value == len(listed) > 1:
        mention.listed = frozenset(name.lower_ for name in listed)
    mention.also = also  # "a bystander was also injured"
    mention.superseded = group.superseded  # "rose from four to eleven": four
    return mention


def _kin_counted(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether the people a loss counts are kin: a kin noun ("two cousins"), a family ("five of
    our family"), or members of one ("three members of his family")."""
    kin = lex.words.kin_collectives
    if noun.lemma_.lower() in lex.kin_nouns or noun.lemma_.lower() in kin:
        return True
    return any(
        obj.lemma_.lower() in kin
        for prep in _children(noun, "prep")
        if prep.lower_ == "of"
        for obj in _children(prep, "pobj")
    )


def _full_names_apart(token: Token, names: list[Token], words: QuantityWords) -> bool:
    """Whether a list of names is one person each, as annotators of real reports count "Taylor
    McCormick, Sidresha Lamb and Ronald Smith": every name is a full name. Names sharing one
    surname ("David and Louise Turpin") and names that list a plural noun's people ("His
    colleagues, photographers A and B", "aid workers A and B") stay one group."""
    if token.dep_ in ("conj", "appos") and token.head.tag_ in ("NNS", "NNPS"):
        return False
    # the parser may leave a sentence-initial "Britons" out of the first name's phrase, even
    # out of its sentence; the word right before the phrase is read as well
    start = max(names[0].left_edge.i - 1, 0)
    if any(_plural_people(c, words) for c in token.doc[start : names[0].i]):
        return False
    # "David and Louise Turpin": "David" has no surname of its own
    return all(any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in n.lefts) for n in names)


def _plural_people(token: Token, words: QuantityWords) -> bool:
    """A plural noun before a list of names ("photographers", "Britons", "Canadians"): the
    tagger reads a sentence-initial nationality as a proper noun ("Britons" NNP), so a
    title-case plural that is a person noun or a nationality counts as well."""
    if token.tag_ in ("NNS", "NNPS"):
        return True
    if not (token.is_title and token.lower_.endswith("s")):
        return False
    return token.lower_ in words.person_nouns or ent_label(token) == "NORP"


def _person_spans(names: list[Token], quantity: Quantity) -> tuple[tuple[int, int], ...]:
    """The count span of each name of a list, inside the list's own span: the name with what
    precedes it in its phrase ("Twenty-one-year-old Izaak Bridges", "Sergeant Peter Lang"),
    without an age or state set after it ("Samuel Okoro, 31,")."""
    doc = names[0].doc
    spans = []
    for name in names:
        start = max(quantity.start, name.left_edge.i)
        # a name the parser hung a neighbour of the list on starts after the last comma or "and"
        start = max([start] + [t.i + 1 for t in doc[start : name.i] if _list_separator(t)])
        while start < name.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
            start += 1
        stated = any(c.dep_ == "amod" and c.i > name.i for c in name.children)
        end = name.i + 1 if stated else noun_phrase_end(name)
        # "Omar West in Dallas", "Jose Perez, 19, of Hialeah": a place or an age the parser
        # hangs on the name is no part of it
        end = min([end] + [c.i for c in name.rights if c.dep_ in ("prep", "punct", "appos")])
        end = min([end] + [t.i for t in doc[name.i + 1 : end] if _list_separator(t)])
        spans.append((start, min(quantity.end, _hyphenated_end(doc, end))))
    return tuple(spans)


def _list_separator(token: Token) -> bool:
    return token.text == "," or (token.dep_ == "cc" and token.lower_ in ("and", "or"))


def _harm_word_after(token: Token, quantity: Quantity, lex: CasualtyLexicon) -> Token | None:
    """The harm adjective of a bare figure joined to a toll's figure ("five dead and 15
    injured", "two dead and nine injured", "11 hurt" read as a noun); None otherwise."""
    if token.dep_ != "conj":
        return None
    if token.lower_ in lex.adjectives:
        return token  # "five dead and 11 hurt": the harm word read as the counted noun
    if quantity.noun is not None:
        return None
    # the count span may already end on the word ("11 hurt") or stop before it ("15 injured")
    for word in token.doc[max(quantity.end - 1, token.i + 1) : quantity.end + 1]:
        if word.lower_ in lex.adjectives:
            return word
    return None


def _whole_of_whom(token: Token, lex: CasualtyLexicon) -> Quantity | None:
    """ "Another 166 miners were rescued alive, all of whom were taken into custody": the whole
    of a counted group a relative clause harms is that group's figure. Read from the last person
    noun with a numeral before the clause's comma (the count span is that noun's phrase, "all"
    left out as in "all 33 passengers"); None for "all of them" (a pronoun that may reach
    further back) or when no counted group stands there."""
    words = lex.words
    if token.lower_ not in words.whole_group_words or token.i < 2:
        return None
    of_whom = any(o.lower_ == "whom" for o in _of_objects(token))
    if not of_whom or token.doc[token.i - 1].text != ",":
        return None
    for noun in reversed(token.doc[token.sent.start : token.i - 1]):
        if noun.pos_ != "NOUN" or not is_person_noun(noun, words):
            continue
        found = read_quantity(noun, words)
        if found is not None and found.kind == "numeric" and found.end <= token.i - 1:
            return found
        return None  # the nearest people carry no figure: no count to take
    return None


def _unrecognised_name(token: Token, trigger: Trigger, lex: CasualtyLexicon) -> Quantity | None:
    """ "shot Kaden Myles", "fatally striking Mardis and injuring Few", "Spruill has been
    arrested": the recognizer often calls an unfamiliar name an organization or nothing, but
    only a person is shot or arrested, so a bare title-case name in the harmed place is one
    (a name the recognizer labelled is trusted only with verbs that harm nothing else: "the
    strike hit Hezbollah" stays a group). None for anything else."""
    verb = trigger.token
    if trigger.role != "verb" or token.head.i != verb.i:
        return None
    misread = _misread_name(token, lex)  # "Shively was shot": a name tagged as an adverb
    if token.dep_ not in ("dobj", "nsubjpass") and not (
        (misread and token.dep_ == "advmod") or token in _object_after_quoted_verb(verb)
    ):
        return None
    lemma = verb.lemma_.lower()
    label = ent_label(token)
    if lemma not in lex.named_target_verbs or any(c.dep_ == "prt" for c in verb.children):
        return None  # "shot down Flight 17": a thing
    trusted = not label or (label == "ORG" and lemma in lex.named_target_any_label)
    if not trusted and not _named_person_elsewhere(token, lex):
        return None  # "struck Hezbollah"; but "striking Kaden" after "3-year-old Kaden Myles"
    if not (token.pos_ == "PROPN" and token.tag_ == "NNP" and token.is_title) and not misread:
        return None
    if token.lower_ in lex.page_control_words:
        return None  # "... suspect arrest Pause": a video player's button after a clip's title
    parts = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if any(c.dep_ in ("det", "poss", "nummod", "amod") for c in token.children):
        return None  # "the Taliban", "Israeli Hezbollah": a body, not a name
    if not all(c.pos_ == "PROPN" and c.is_title for c in parts):
        return None
    start = min([token.i, *(c.i for c in parts)])
    if any(
        t.lower_ in lex.locative_preps and t.is_title
        for t in token.doc[max(start - 1, 0) : start + 1]
    ):
        # headline case: "Teen Dies After Shooting Near High School", "Stabbing Inside
        # Apartment Complex": a title-case name at or right after a preposition is a place
        return None
    return one_person(start, token.i + 1, token, "named")


def _bare_person_of_harm(token: Token, trigger: Trigger, lex: CasualtyLexicon) -> Quantity | None:
    """ "shooting death of teen girl", "fatal shooting of toddler": headlines (and hurried
    copy) drop the "a" before the one person a harm noun's "of" phrase names; a singular person
    noun has no other reading there. None for a plural ("deaths of children": a vague group
    read elsewhere), a noun with any determiner or figure, or any other place."""
    if trigger.role not in ("noun", "pobj") or not _article_dropped(token, lex):
        return None
    of_phrase = token.dep_ == "pobj" and token.head.lower_ == "of"
    if not (of_phrase or (token.dep_ == "poss" and token.head.i == trigger.token.i)):
        return None  # "in teen's death": the possessor of the harm noun
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
    start = min([token.i, *(c.left_edge.i for c in modifiers)])
    return one_person(start, token.i + 1, token, "indefinite")


def _named_person_elsewhere(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether the article gives `token`'s word as part of a person's name elsewhere: a PERSON
    entity, or a name with an age or a generational suffix ("3-year-old Kaden Myles", "Printess
    Winston IV"), so the recognizer's other label for it here is wrong."""
    for other in token.doc:
        if other.i == token.i or other.text != token.text:
            continue
        head = other
        while head.dep_ == "compound" and head.head.pos_ == "PROPN":
            head = head.head
        if ent_label(other) == "PERSON" or generational_name(head, lex.words):
            return True
        if head.pos_ == "PROPN" and aged_name(head):
            return True
    return False


def _listed_names(noun: Token) -> Quantity | None:
    """ "His colleagues, photographers Chris Hondros and Guy Martin": a noun without a quantity
    of its own whose apposition lists the people by name is counted by the names (the count
    span runs from the noun to the last name); None when no such list follows."""
    names = _appositive_names(noun)
    if not names:
        return None
    end = _hyphenated_end(noun.doc, noun_phrase_end(names[-1]))
    count = len(names)
    low, best, high = bounds("exact", count)
    return Quantity("exact", count, None, low, best, high, noun.left_edge.i, end, noun.i)


def _appositive_names(noun: Token) -> list[Token]:
    """The name heads of a list of names in apposition to a plural `noun` (one apposition
    deep or two: "His colleagues, photographers Chris Hondros and Guy Martin"), else []."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NNS", "NNPS"):
        return []
    appositions = _children(noun, "appos")
    for appos in appositions + [a for first in appositions for a in _children(first, "appos")]:
        names = name_list(appos)
        if names and appos.i > noun.i:
            return names
    return []


def _within_line(quantity: Quantity, head: Token) -> bool:
    """Keeps a count phrase on the line of its head: a line break inside it ends a dateline or a
    table cell ("LONDON 1996-08-31\nTwo people", "Americans: 12\nInjured: 4,877"), so the
    phrase starts after it; False when a numeric count keeps no number on the head's line.
    Moves `quantity.start` when it trims."""
    doc = head.doc
    breaks = [
        t.i
        for t in doc[quantity.start : min(quantity.end, head.i + 1)]
        if t.is_space and "\n" in t.text
    ]
    if not breaks:
        return True
    start = breaks[-1] + 1
    if quantity.kind == "numeric" and not any(
        t.like_num or t.pos_ == "NUM" for t in doc[start : quantity.end]
    ):
        return False
    quantity.start = start
    return True


def _owner(noun: Token) -> Token | None:
    """Who suffers an unquantified harm: "Russian troops are suffering heavy losses",
    "inflicted heavy losses on the enemy"."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for prep in _children(verb, "prep"):
        if prep.lower_ in ("on", "among"):
            objects = _children(prep, "pobj")
            if objects:
                return objects[0]
    subjects = [s for s in _subjects(verb) if s != noun]
    return subjects[0] if subjects and noun.dep_ == "dobj" else None


def _uncounted_harm(noun: Token, lex: CasualtyLexicon) -> bool:
    """A harm noun that makes a row without any figure ("heavy losses") and has none."""
    return noun.lemma_.lower() in lex.unquantified and _numeric_child(noun, lex) is None


def _unquantified(noun: Token, lex: CasualtyLexicon) -> Quantity | None:
    """ "heavy losses", "casualties", "arrests were made": qualifier none, no bounds."""
    if noun.lemma_.lower() not in lex.unquantified and not _captures_performed(noun, lex):
        return None
    start = min(
        [
            noun.i,
            *(
                c.left_edge.i
                for c in noun.children
                if c.dep_ in ("amod", "compound") and c.i < noun.i
            ),
        ]
    )
    return Quantity("none", None, None, None, None, None, start, noun.i + 1, kind="none")


def _parts_of_part(part: Group) -> list[Group]:
    """ "Among the dead were 15 foreigners, including five Indians and four Russians": a part
    that lists its own parts on its noun; only the part's own "including" phrase, as the
    clause's phrases list the parts of the whole."""
    return [
        Group(t, "subset_of")
        for prep in _children(part.token, "prep")
        if prep.lower_ == "including"
        for t in _expand_conj(_children(prep, "pobj"))
        if t.pos_ != "PRON"
    ]


def _counted_of_whom(group: Token, lex: CasualtyLexicon) -> list[Token]:
    """ "killed 14 people, nine of whom were children", "30 wounded, five of whom are in
    critical condition": the figure of a relative "of whom" on the group whose clause only
    says what they were (a copula), a part of the group. A clause with a harm of its own
    ("five of whom died") tells that harm."""
    return [
        subject
        for clause in _children(group, "relcl") + _stray_relative_copulas(group)
        if clause.lemma_ == "be"
        for subject in _children(clause, "nsubj")
        if (subject.like_num or subject.lower_ in lex.words.vague or _two_word_vague(subject, lex))
        and any(o.lower_ in RELATIVE_PRONOUNS for o in _of_objects(subject))
    ]


def _two_word_vague(token: Token, lex: CasualtyLexicon) -> bool:
    """ "two thirds", "three quarters": a quantity phrase of two words ending on `token`."""
    if token.i == 0:
        return False
    return f"{token.doc[token.i - 1].lower_} {token.lower_}" in lex.words.vague


def _stray_relative_copulas(group: Token) -> list[Token]:
    """ "killed 14 people, at least six of whom were children": with a qualifier before the
    figure the parser hangs the relative clause on the harm verb (a conjunct or an adverbial
    clause), not on the group. Such a copula counts as the group's relative clause when its
    subject opens right after the group and a comma; only "of whom" subjects are kept after."""
    doc = group.doc
    after = group.right_edge.i + 1
    # "left 23 dead, nearly half of whom were women": the state word after the group is
    # still the group's phrase; the relative clause then hangs on the verb or the one above
    state = [c for c in _children(group.head, "oprd") if c.i == after]
    hosts = [group.head]
    if state:
        after = state[0].right_edge.i + 1
        hosts += [group.head.head] if group.head.dep_ in ("advcl", "xcomp", "conj") else []
    if after >= len(doc) or doc[after].text != ",":
        return []
    return [
        clause
        for host in hosts
        for clause in host.children
        if clause.dep_ in ("conj", "advcl")
        and clause.i > group.i
        and any(s.left_edge.i == after + 1 for s in _children(clause, "nsubj"))
    ]


def _subset_groups(mention: Mention, lex: CasualtyLexicon) -> list[Group]:
    """ "killing three, including a woman", "20 bodies, eleven women and nine men": parts of
    a group the parse attaches to it."""
    token = mention.group.token
    holders = [token]
    if mention.trigger.role in ("verb", "subject"):
        holders.append(mention.trigger.token)
    elif mention.trigger.role == "toll" and mention.trigger.token.dep_ in ("nsubj", "nsubjpass"):
        holders.append(mention.trigger.token.head)  # "the toll has risen to 23, including ..."
    elif mention.trigger.role == "noun" and token.dep_ == "dobj" and token.head.pos_ == "VERB":
        holders.append(token.head)  # "recovered 20 bodies from the water, including those of"
    if token.lemma_.lower() in lex.words.totals:
        # "A total of four people, including Mr. Bolden, were wounded": the list hangs on the
        # people the total counts
        holders += _of_objects(token)
    found: list[Group] = []
    if mention.trigger.type == REFERENCE and _other_victims(token, lex):
        # "Other victims included X and Y": X and Y are part of the new group.
        found += [Group(o, "subset_of") for o in _expand_conj(_children(token.head, "dobj"))]
    if _is_stranded(token):
        # "... died; around twenty more, including X, were injured": the part the parser hangs
        # elsewhere follows the stranded group.
        for after in token.doc[token.i + 1 : token.sent.end]:
            if after.dep_ == "prep" and after.lower_ in PART_PREPS:
                found += [Group(t, "subset_of") for t in _expand_conj(_children(after, "pobj"))]
            elif after.pos_ in ("VERB", "AUX") or _is_stranded(after):
                break
    described = _one_of_described(token, lex)
    if described is not None:
        found.append(Group(described, "subset_of"))
    found += [Group(t, "subset_of") for t in _counted_of_whom(token, lex)]
    if (
        token.dep_ == "nsubj"
        and token.head.lemma_ == "be"
        and mention.trigger.token.head == token
        and mention.trigger.token.dep_ in ("acl", "amod")
        and not _one_person_noun(token)
    ):
        # "six other Victorians arrested are a 40-year-old man, Rodney Smith, ...": each
        # person the copula lists is part of the group.
        found += [Group(t, "subset_of") for t in _listed_people(_children(token.head, "attr"), lex)]
    for holder in holders:
        for child in holder.children:
            if (
                child.dep_ in ("appos", "advcl")
                and child.lemma_ == "be"
                and child.tag_ == "VBG"
                and _children(child, "attr")
            ):
                # "1,300 Palestinians, the majority being civilians": an absolute phrase
                # saying what part of the group was.
                found += [
                    Group(s, "subset_of")
                    for s in _children(child, "nsubj")
                    if s.lower_ in lex.words.vague or s.lemma_.lower() in lex.words.vague
                ]
                continue
            if child.dep_ == "prep" and child.lower_ in PART_PREPS:
                if any(_is_stranded(t) for t in token.doc[min(token.i, holder.i) + 1 : child.i]):
                    continue  # it follows a stranded group: that group's part
                objects = _standing_in_for(_children(child, "pobj"), lex)
                if any(o.pos_ != "PRON" for o in objects):
                    # "killed 22 Palestinians, among them six children", parsed with both
                    # "them" and "children" under "among": the pronoun is the group itself.
                    objects = [o for o in objects if o.pos_ != "PRON"]
                # "among them" on the part itself ("among them 12 women and children"
                # parsed with "them" under "women"): the pronoun is the whole, no part.
                parts = [p for p in map(_named_after_pronoun, objects) if p.pos_ != "PRON"]
                parts += _stray_list_items(holder, child, lex)
                found += [Group(t, "subset_of") for t in _expand_conj(parts)]
            elif (
                child.dep_ in ("npadvmod", "dep", "appos")
                and child.pos_ in ("NOUN", "PROPN")
                and any(
                    p.lower_ in PART_PREPS
                    and p.i < child.i
                    and any(o.pos_ == "PRON" for o in _children(p, "pobj"))
                    for p in _children(child, "prep")
                )
            ):
                # "among them two children", "among them five missionaries and a baby"
                found += [Group(t, "subset_of") for t in _expand_conj([child])]
            elif (
                holder is not token
                and _is_passive(holder)
                and child.dep_ in ("dobj", "appos", "npadvmod", "dep", "attr")
                and child.pos_ in ("NOUN", "PROPN")
                and child.left_edge.i > 0
                and token.doc[child.left_edge.i - 1].text in BREAKDOWN_OPENERS
                and _has_quantity_child(child, lex)
                and _breakdown(mention, child, lex)
            ):
                # "Ten people were killed - six soldiers and four civilians - when ...": a list
                # set off after a passive harm (which takes no object) splits its subject.
                found += [Group(t, "subset_of") for t in _expand_conj([child])]
            elif (
                holder == token
                and child.dep_ == "appos"
                and child.pos_ == "NOUN"
                and any(
                    n.dep_ == "nsubj"
                    and n.like_num
                    and n.i < child.i
                    and any(
                        p.lower_ in lex.words.partitive_preps
                        and any(o.pos_ == "PRON" for o in _children(p, "pobj"))
                        for p in _children(n, "prep")
                    )
                    for n in child.children
                )
            ):
                # "killed 18 people, seven of them children": the absolute phrase parsed as an
                # apposition whose figure is its subject; the part is that figure.
                found += [Group(n, "subset_of") for n in _children(child, "nsubj") if n.like_num]
            elif child.dep_ == "appos" and holder == token and ent_label(child) != "PERSON":
                if child.like_num and (_is_one(mention) or ent_label(token) == "PERSON"):
                    continue  # "Eric Whitaker, 52, died": an age
                if mention.quantity.kind == "named" and child.tag_ in ("NN", "NNP"):
                    continue  # "Jeremy Mardis, a first-grader": the same person described
                if any(t.lower_ in ("aged", "age", "ages") for t in child.subtree):
                    continue  # "five girls, all aged fifteen"
                if child.like_num and child.pos_ == "NUM":
                    if _children(child, "prep") and any(
                        p.lower_ in lex.words.partitive_preps and _children(p, "pobj")
                        for p in _children(child, "prep")
                    ):
                        # "injured seven people, two of them seriously": part of the seven.
                        found.append(Group(child, "subset_of"))
                    continue  # "two of the boys, 14 and 15": ages
                if any(g.dep_ in ("cc", "conj") for g in child.children) and not _breakdown(
                    mention, child, lex
                ):
                    continue  # "150 security forces, 95 civilians, and hundreds": a list
                if _has_quantity_child(child, lex):
                    found += [Group(t, "subset_of") for t in _expand_conj([child])]
    for holder in holders:
        shallow = _adjunct_including(holder, lex)
        for prep in shallow + _deep_including(holder, token, shallow, lex):
            parts = [
                t
                for t in _expand_conj(_standing_in_for(_children(prep, "pobj"), lex))
                if t.pos_ != "PRON" and is_person_noun(t, lex.words)
            ]
            if parts:
                parts += _stray_list_items(holder, prep, lex)
            found += [Group(t, "subset_of") for t in parts]
    seen = {g.token.i for g in found}
    found += [
        Group(part, "subset_of")
        for part in _absolute_parts(mention, lex)
        if part.i not in seen and part.i != token.i
    ]
    return found


def _absolute_parts(mention: Mention, lex: CasualtyLexicon) -> list[Token]:
    """The part told in an absolute phrase set off by a comma after the harmed group's clause:
    "recovered 20 bodies, among them six children", "12 people were killed, six of them by
    gunfire". The parser hangs such a phrase on any word of the sentence (the verb, the
    reporting verb, the pronoun), so it is read from the words: a comma, then "among them" /
    "including them" and the first counted noun within a few words, or a numeral with "of
    them" that is no verb's subject. Between the group and the comma only the harm word and
    its auxiliaries may be verbs, and no conjunction may stand: another verb starts another
    clause, a conjunction another group, and the part is then theirs."""
    group, trigger = mention.group.token, mention.trigger.token
    doc, sent = group.doc, group.sent
    allowed = {trigger.i, *(c.i for c in trigger.children if c.dep_ in ("aux", "auxpass"))}
    start = max(group.i, trigger.i) + 1
    for i in range(start, sent.end - 2):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX") and _groupless_relative(word, start, lex):
            allowed |= {t.i for t in word.subtree}
        if (word.pos_ in ("VERB", "AUX") and word.i not in allowed) or word.dep_ == "cc":
            return []  # another clause, or another group joined on ("and about a dozen more")
        if word.text != ",":
            continue
        first, second = doc[i + 1], doc[i + 2]
        if first.lower_ in PART_PREPS:
            pronoun = second.lower_ == "them"  # "among them a woman": any person noun
            base = i + (3 if pronoun else 2)
            begin = _after_parenthetical(doc, base, sent.end)
            for part in doc[begin : min(i + 7 + begin - base, sent.end)]:
                if part.pos_ in ("NOUN", "PROPN") and (
                    _has_quantity_child(part, lex) or (pronoun and is_person_noun(part, lex.words))
                ):
                    # "among them two fishermen and a police officer": each listed person
                    return [part] + [
                        c
                        for c in _expand_conj([part])[1:]
                        if c.i < sent.end
                        and (_has_quantity_child(c, lex) or _has_article(c))
                        and is_person_noun(c, lex.words)
                    ]
                if part.like_num and part.dep_ != "nummod":
                    return [part]  # "including 13 by gunfire": the figure stands alone
                if part.is_punct:
                    break
            return []
        closed = _parts_closed_by_among(doc, i, sent.end, lex)
        if closed:
            return closed  # "killed 12 people, four children and two women among them"
        if _severity_share(doc, i, sent.end, lex):
            return [first]  # "Nine people were hurt, three seriously": three of the nine
        skip = _qualifier_words_at(doc, i + 1, sent.end, lex)
        if (
            skip
            and i + skip + 3 < sent.end
            # "some of them seriously": "some" is the part word itself, no qualifier
            and (doc[i + 1 + skip].like_num or doc[i + 1 + skip].lower_ in lex.words.vague)
        ):
            # "at least half of them children", "about half of them": the part word follows
            i = i + skip
            first, second = doc[i + 1], doc[i + 2]
        if (
            first.lower_ in lex.words.definite
            and second.lower_ in lex.words.vague
            and i + 3 < sent.end
        ):
            # "the majority of them civilians": the article stays out of the part's words
            i, first, second = i + 1, second, doc[i + 3]
        after = doc[i + 4] if i + 4 < sent.end else None
        if (
            (
                first.like_num
                # "some of them seriously", "many of them children"; not "most of them in the
                # north" (where, not who)
                or (
                    first.lower_ in lex.words.vague
                    and after is not None
                    # "several of them in critical condition": a state, not a place; "most
                    # of them by gunfire", "many of them to the coastal city": how or whither
                    # the part was harmed, still its people
                    and (
                        after.pos_ != "ADP"
                        or _state_phrase(after, lex)
                        or after.lower_ not in lex.locative_preps
                    )
                )
            )
            and second.lower_ in lex.words.partitive_preps
            and i + 3 < sent.end
            and doc[i + 3].lower_ in ("them", "whom")
            and not (
                first.dep_ in ("nsubj", "nsubjpass")
                and first.head.pos_ in ("VERB", "AUX")
                and not _conjunct_past_comma(first)
            )
        ):
            return [first, *_contrasted_part(doc, i + 4, sent.end, lex)]
        return []
    return []


def _severity_share(doc: Doc, comma: int, end: int, lex: CasualtyLexicon) -> bool:
    """Whether the comma at `comma` opens a bare share told by how badly it was harmed ("Nine
    people were hurt, three seriously", "twelve wounded, four critically"): a numeral, then a
    `severity_adverbs` adverb that closes the phrase. A numeral with another word ("two
    yesterday", "three in Gaza") is no such share."""
    if comma + 2 >= end:
        return False
    number, adverb = doc[comma + 1], doc[comma + 2]
    closes = comma + 3 >= end or doc[comma + 3].is_punct
    return (
        number.like_num
        and number.dep_ not in ("nsubj", "nsubjpass", "nummod")
        and adverb.lower_ in lex.severity_adverbs
        and closes
    )


def _contrasted_part(doc: Doc, start: int, end: int, lex: CasualtyLexicon) -> list[Token]:
    """ "killed more than 400 people, most of them fighters but including about 80 civilians":
    a second part the absolute phrase sets against the first with "but including" or "but
    also", before the phrase closes; [] when there is none."""
    for j in range(start, min(start + 6, end - 1)):
        word = doc[j]
        if word.text in (",", ";") or word.pos_ == "AUX":
            return []
        if word.lower_ != "but" or doc[j + 1].lower_ not in ("including", "also"):
            continue
        for part in doc[j + 2 : min(j + 7, end)]:
            if part.is_punct:
                return []
            if part.pos_ in ("NOUN", "PROPN") and _has_quantity_child(part, lex):
                return [part] if is_person_noun(part, lex.words) else []
        return []
    return []


def _groupless_relative(verb: Token, start: int, lex: CasualtyLexicon) -> bool:
    """ "24 people were killed in the protests that erupted after the vote, most of them by
    gunfire": a relative clause on a word of the harm clause that tells no harm and counts
    nobody is part of that clause, not a clause the part after the comma could belong to."""
    return (
        verb.dep_ in ("relcl", "acl")
        and verb.head.i >= start
        and verb.lemma_.lower() not in lex.verbs
        and verb.lemma_.lower() not in lex.intransitive
        and not any(t.like_num or _has_quantity_child(t, lex) for t in verb.subtree)
    )


def _conjunct_past_comma(subject: Token) -> bool:
    """ "abducted around 30 civilians, most of them young men, and set fire to the market":
    the parser makes the part word the subject of the next conjoined verb across a comma;
    the verb's subject is the clause's own."""
    verb = subject.head
    return (
        verb.dep_ == "conj"
        and verb.i > subject.i
        and any(t.text == "," for t in subject.doc[subject.i : verb.i])
    )


def _state_phrase(prep: Token, lex: CasualtyLexicon) -> bool:
    """Whether a preposition opens a state the people are in ("in critical condition", "in
    hospital": `state_phrase_nouns`), not a place or a manner."""
    end = min(prep.i + 4, prep.sent.end)
    return any(t.lemma_.lower() in lex.state_phrase_nouns for t in prep.doc[prep.i + 1 : end])


def _parts_closed_by_among(doc: Doc, comma: int, end: int, lex: CasualtyLexicon) -> list[Token]:
    """The counted people a comma-set phrase lists before a closing "among them" ("killed 12
    people, four children and two women among them, the governor said"); [] when the phrase
    has a verb or no such close."""
    for j in range(comma + 2, min(comma + 12, end - 1)):
        word = doc[j]
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            return []
        if word.lower_ == "among" and doc[j + 1].lower_ == "them":
            return [
                t
                for t in doc[comma + 1 : j]
                if t.pos_ in ("NOUN", "PROPN")
                and _has_quantity_child(t, lex)
                and is_person_noun(t, lex.words)
            ]
    return []


def _has_article(noun: Token) -> bool:
    """Whether a noun has an indefinite article of its own ("a police officer")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _qualifier_words_at(doc: Doc, start: int, end: int, lex: CasualtyLexicon) -> int:
    """How many words from `start` make a qualifier ("at least", "about", "nearly"); 0 when
    none does."""
    for size in range(lex.words.max_qualifier_words, 0, -1):
        if start + size <= end and doc[start : start + size].text.lower() in lex.words.qualifiers:
            return size
    return 0


def _stray_list_items(holder: Token, including: Token, lex: CasualtyLexicon) -> list[Token]:
    """ "Fourteen people were injured, including all on board, and one airport worker": the
    parser closes the "including" list at its first item and joins the next counted item to
    the harm verb itself, which cannot coordinate a noun; the item is one more part. An item
    with a verb of its own ("and one dog was killed") is a new clause."""
    return [
        c
        for c in _children(holder, "conj")
        if c.i > including.i
        and c.pos_ in ("NOUN", "PROPN")
        and holder.pos_ in ("VERB", "AUX")
        and _has_quantity_child(c, lex)
        and not any(t.pos_ in ("VERB", "AUX") for t in c.doc[including.i + 1 : c.i])
        and not _children(c, "relcl", "acl")
    ]


def _definite_including(noun: Token, lex: CasualtyLexicon) -> list[Group]:
    """The people a definite plural back-reference lists by "including" ("The hostages,
    including 16 women and children, were ...", "The victims, including six children, ..."):
    the back-reference is no row, but those it lists are part of the group it points to."""
    if noun.tag_ != "NNS" or not any(
        c.dep_ == "det" and c.lower_ in lex.words.definite for c in noun.children
    ):
        return []
    return [
        Group(t, "subset_of")
        for prep in _children(noun, "prep")
        if prep.lower_ == "including"
        for t in _expand_conj(_children(prep, "pobj"))
        if t.pos_ != "PRON" and is_person_noun(t, lex.words)
    ]


def _adjunct_including(holder: Token, lex: CasualtyLexicon) -> list[Token]:
    """ "detained eight people for spreading rumors, including ophthalmologist Li": the parser
    hangs the comma-set "including" on the last word of the reason or circumstance
    (a gerund or noun inside a preposition of the harm). When that word names no people, the
    people included can only be part of the harmed group; "for attacking villagers,
    including two children" keeps its part with the villagers."""
    found: list[Token] = []
    for prep in _children(holder, "prep"):
        for inner in _children(prep, "pcomp", "pobj"):
            words = [inner, *_children(inner, "dobj", "pobj")]
            if any(is_person_noun(w, lex.words) for w in words):
                continue
            for word in words:
                found += [
                    c
                    for c in _children(word, "prep")
                    if c.lower_ == "including" and c.i > 0 and c.doc[c.i - 1].text in (",", '"')
                ]
    return found


def _deep_including(
    holder: Token, group: Token, shallow: list[Token], lex: CasualtyLexicon
) -> list[Token]:
    """ "have died in rain-related incidents since the monsoon began on June 26, including 142
    children", "were struck by bullets, including 19-year-old Christopher Campbell": a
    comma-set "including" the parser hangs deeper in the harm verb's clause than
    `_adjunct_including` looks (an agent, a clause of time). With no people on the way from it
    up to the verb, the people it lists can only be part of the harmed group. `shallow`: the
    holder's `_adjunct_including`, already read."""
    if holder.pos_ not in ("VERB", "AUX"):
        return []
    found: list[Token] = []
    for word in holder.subtree:
        if (
            word.lower_ != "including"
            or word.dep_ != "prep"
            or word in shallow
            or word.head in (holder, group)
            or word.i < max(holder.i, group.i)
            or word.doc[word.i - 1].text != ","
        ):
            continue
        on_the_way = word.head
        while on_the_way != holder and not _own_group_on_the_way(on_the_way, holder, lex):
            on_the_way = on_the_way.head
        if on_the_way == holder:
            found.append(word)
    return found


def _own_group_on_the_way(word: Token, holder: Token, lex: CasualtyLexicon) -> bool:
    """A word between a deep "including" and the harm verb that would own the list itself:
    people, a figure ("and injured sixteen, including a baby"), or a verb joined to the harm
    verb (a harm clause of its own)."""
    return (
        is_person_noun(word, lex.words)
        or word.like_num
        or _has_quantity_child(word, lex)
        or (word.dep_ == "conj" and word.head == holder)
    )


def _standing_in_for(objects: list[Token], lex: CasualtyLexicon) -> list[Token]:
    """ "recovered 20 bodies, including those of a woman and a baby": a demonstrative that
    stands for the harm noun (`standin_demonstratives`) gives way to the people its "of"
    phrase names."""
    out: list[Token] = []
    for obj in objects:
        named = _of_objects(obj)
        out += named if obj.lower_ in lex.standin_demonstratives and named else [obj]
    return out


def _after_parenthetical(doc: Doc, i: int, end: int) -> int:
    """Where the words resume after a source set off by commas right after "including"
    ("including, according to police, seven women", "including, officials said, 31
    residents"): the writer interrupts the list opener, the parser drops its object, and the
    part follows the closing comma. Without an opening comma, the position itself."""
    if i >= end or doc[i].text != ",":
        return i
    for j in range(i + 1, min(i + 9, end)):
        if doc[j].text == ",":
            return j + 1
    return i


def _listed_people(heads: list[Token], lex: CasualtyLexicon) -> list[Token]:
    """The single people of a list of descriptions the parser chains by apposition and
    coordination ("a 40-year-old man, 27-year-old Maldon man, Rodney Peter Smith and a
    47-year-old man"), in text order; a name set beside a description ("Maldon man, Rodney
    Peter Smith") is that same person, not one more."""
    people: list[Token] = []
    pending = list(heads)
    while pending:
        item = pending.pop()
        pending += _children(item, "appos", "conj")
        if not is_person_noun(item, lex.words) or item.tag_ not in ("NN", "NNP"):
            continue  # "The three deceased were contract workers": what they were, not who
        if item.dep_ == "appos" and _is_person_name(item) and not _is_person_name(item.head):
            continue  # "Maldon man, Rodney Peter Smith": the man's name
        people.append(item)
    return sorted(people, key=lambda t: t.i)


def _one_person_noun(token: Token) -> bool:
    """Whether a group is a singular noun with no figure of its own ("The person killed", "the
    third person killed"): a description the copula sets after it ("was a Syrian farm worker")
    says who that one person was, not a part of a group."""
    return token.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in token.children)


def _one_of_described(token: Token, lex: CasualtyLexicon) -> Token | None:
    """The person described as "one of" the group `token` heads ("A 19-year-old woman, one of
    three people arrested", "Richard Lee, aged 24, a waiter from Blakehurst, one of five men
    arrested"): the person noun the appositive "one" hangs on, up through the appositions and
    place phrases the parser may hang it on instead; None when there is none."""
    of = token.head
    one = of.head
    if not (token.dep_ == "pobj" and of.lower_ == "of" and one.lower_ == "one"):
        return None
    if one.dep_ == "attr" and one.head.lemma_ == "be":
        # "Jaylen Brooks, 16, was one of the five people shot": the copula says the same.
        people = [s for s in _subjects(one.head) if _names_people(s, lex) or s.pos_ == "PROPN"]
        return people[0] if people else None
    if one.dep_ != "appos":
        return None
    head = one.head
    for _ in range(6):
        if is_person_noun(head, lex.words) and head.pos_ in NOMINAL_POS:
            while head.dep_ == "appos" and is_person_noun(head.head, lex.words):
                head = head.head  # "Richard Lee, ..., a waiter": the name the waiter describes
            return head
        if head.dep_ not in ("appos", "pobj", "prep") or head.head == head:
            return None
        head = head.head
    return None


def _named_after_pronoun(obj: Token) -> Token:
    """ "wounded three civilians, among them a 15-year-old girl": after "among them" the part
    is the noun the parser hangs beside the pronoun; `obj` itself otherwise."""
    if obj.pos_ != "PRON":
        return obj
    prep = obj.head
    for sibling in prep.head.children:
        if (
            sibling.i > obj.i
            and sibling.i - obj.i <= 8
            and sibling.dep_ in ("dep", "appos", "npadvmod", "dobj", "attr")
            and sibling.pos_ in ("NOUN", "PROPN")
            and not any(t.text in (";", ".") for t in obj.doc[obj.i : sibling.i])
        ):
            return sibling
    return obj


#: punctuation that sets a breakdown off after a clause ("were killed - six soldiers and ...")
BREAKDOWN_OPENERS = frozenset({"-", "–", "—", "--", "(", ":"})


def _breakdown(mention: Mention, first: Token, lex: CasualtyLexicon) -> bool:
    """Whether a list set beside a figure splits it ("20 bodies, eleven women and nine men")
    rather than continuing it with other groups ("150 security forces, 95 civilians")."""
    total = mention.quantity.value
    if total is None:
        return False
    parts = [read_quantity(t, lex.words) for t in _expand_conj([first])]
    sizes = [_size(p, low_first=False) for p in parts if p is not None]
    if not sizes or None in sizes:
        return False  # "40 soldiers, 12 police officers and dozens of militants": more groups
    if sum(sizes) == total:
        return True  # "20 bodies, eleven women and nine men"
    # Parts that leave some of the figure untold split only a figure of anyone ("30 people,
    # ten women and six children"); beside "40 soldiers", "12 police officers" are more people.
    doc = mention.group.token.doc
    noun = mention.quantity.noun
    lemma = doc[noun].lemma_.lower() if noun is not None else None
    anyone = lemma is None or lemma in lex.words.generic or lemma in lex.words.anaphoric_groups
    return anyone and sum(sizes) < total


def _summed_parts(heads: list[Token], lex: CasualtyLexicon) -> list[Group]:
    """Groups of a list, where a figure of anyone followed after a comma by figures that add
    up to it ("killed 20 people, ten soldiers and ten civilians", parsed as three conjuncts)
    is split by them: they are its parts, not more people. Any other list is its groups."""
    groups = [Group(t) for t in heads]
    if len(heads) < 3:
        return groups
    first, parts = heads[0], heads[1:]
    whole = read_quantity(first, lex.words)
    doc = first.doc
    if (
        whole is None
        or whole.value is None
        or first.lemma_.lower() not in lex.words.generic
        or doc[parts[0].left_edge.i - 1].text != ","
    ):
        return groups
    sizes = [read_quantity(t, lex.words) for t in parts]
    if any(q is None or q.qualifier != "exact" for q in sizes):
        return groups
    if sum(q.value for q in sizes) != whole.value:
        return groups
    return [groups[0], *(Group(t, "subset_of") for t in parts)]


def _is_one(mention: Mention) -> bool:
    return mention.quantity.value == 1


def _has_quantity_child(token: Token, lex: CasualtyLexicon) -> bool:
    return any(
        c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.lower_ in lex.words.vague)
        for c in token.children
    )


#: a victim noun naming a standing state ("refugees", "hostages") yields to a stated harm
STATUS_NOUN_PRIORITY = 3


def _status_noun(trigger: Trigger, group: Group, lex: CasualtyLexicon) -> bool:
    """Whether the trigger is a victim noun counted as its own group that names a state the
    people were in before the clause's event ("refugees", "hostages", "prisoners"), not one
    that is itself a death ("bodies")."""
    anchor = trigger.token
    return (
        trigger.role == "noun"
        and group.token.i == anchor.i
        and anchor.lemma_.lower() in lex.victim_harm_nouns
        and trigger.type != "killed"
    )


def _collect(
    doc: Doc, lex: CasualtyLexicon, matchers: Matchers, words: list[list[int]]
) -> list[Mention]:
    """Every mention the triggers find, one per count span (the strongest harm wins)."""
    triggers = triggers_of(doc, lex, matchers, words)
    by_span: dict[tuple[int, int], list[Mention]] = {}
    fatal_shares: set[tuple[int, int]] = set()
    for trigger in triggers:
        anchor = trigger.token
        if trigger.role in ("noun", "toll", "adj") and anchor.pos_ in ("NOUN", "PROPN"):
            clause = anchor.head if anchor.dep_ not in ("ROOT",) else anchor
            # "wanted to protect the life and the bodies of ...": the verb above the noun.
            for _ in range(3):
                if clause.dep_ not in ("conj", "appos") or clause.pos_ not in NOMINAL_POS:
                    break
                clause = clause.head
            if clause.pos_ in NOMINAL_POS and clause.dep_ in ("dobj", "nsubjpass", "nsubj"):
                clause = clause.head
            if clause.dep_ == "prep" and _uncounted_harm(anchor, lex):
                # "should prepare for heavy losses", "could lead to significant casualties":
                # a harm with no figure is only as real as the verb its phrase hangs on.
                clause = clause.head
        elif trigger.role == "compound":
            clause = anchor.head  # the verb of "took 200 people hostage"
        elif anchor.pos_ == "ADJ" and anchor.dep_ == "amod" and anchor.head.dep_ == "attr":
            clause = anchor.head.head  # "there would be more dead cops": the verb of the noun
        else:
            clause = anchor
        generic = generic_harm(trigger, lex)
        denied = False
        if is_unasserted(clause, lex, trigger.denial) or generic == "hypothetical":
            if generic == "hypothetical" or not (
                _denied_custody(trigger, clause, lex) or _ruled_out_custody(trigger, clause, lex)
            ):
                continue
            denied = True
        if _figurative(trigger, lex):
            continue
        if trigger.role == "self" and _in_toll_phrase(anchor, lex):
            continue  # "the number of people in custody rose to 12": the toll gives the count
        pending = groups_of(trigger, lex)
        made: list[Mention] = []
        for share in _fatal_shares(trigger, lex):
            # "Four people were shot, one fatally": the share told dead is a death of its own.
            fatal = _mention_for(Trigger(anchor, "killed", "verb"), Group(share), lex)
            if fatal is not None:
                key = (fatal.quantity.start, fatal.quantity.end)
                by_span.setdefault(key, []).append(fatal)
                fatal_shares.add(key)
        while pending:
            group = pending.pop(0)
            if _in_toll_phrase(group.token, lex) and not _is_figure(group.token):
                continue  # "the number of people killed rose from 27 to 35": the toll counts
            mention = _mention_for(trigger, group, lex)
            if mention is None or (
                denied
                and mention.quantity.kind not in DENIED_KINDS
                and not _one_capture_performed(group.token, lex)
            ):
                continue
            if denied:
                # "The owner of the gun is not being held in custody": none of them held;
                # "police have not made an arrest": no arrest, as "have not made any arrests".
                _deny(mention.quantity)
            made.append(mention)
            if _released(mention, lex) or _not_harm(mention, lex):
                continue
            subject = _harmed_subject_described(mention, lex)
            if subject is not None:
                # "at least 1,300 of those detained are political prisoners, 114 of them
                # adolescents": the parts told of the description are parts of the subject's
                # row, when it has one.
                whole = next(
                    (
                        m
                        for (start, end), found in by_span.items()
                        if start <= subject.i < end
                        for m in found
                        if m.type == mention.type
                    ),
                    None,
                )
                if whole is None:
                    continue
                for sub in _subset_groups(mention, lex):
                    sub_mention = _mention_for(trigger, sub, lex)
                    if sub_mention is not None and not _same_span(sub_mention, mention):
                        sub_mention.parent = whole
                        sub_key = (sub_mention.quantity.start, sub_mention.quantity.end)
                        by_span.setdefault(sub_key, []).append(sub_mention)
                continue
            if trigger.denial and trigger.type == "missing" and _perpetrator(mention, lex):
                made.pop()
                continue  # "the gunman has not been found": at large, not missing
            if trigger.type == "displaced" and _armed_fleeing(mention, lex):
                made.pop()
                continue  # "dozens of gunmen fled the town": attackers leaving, not displaced
            if trigger.type == "displaced" and (
                _travellers_evacuated(mention, lex) or _scene_evacuated(mention, lex)
            ):
                made.pop()
                continue  # "all 162 passengers were evacuated safely": off a plane, not homes
            if trigger.type in CAPTIVE_TYPES:
                captor = _captor_type(trigger.token, lex)
                if (
                    captor is None
                    and trigger.needs_captor
                    and not (
                        trigger.type == "detained"
                        and (
                            _perpetrator(mention, lex)
                            or _told_by_captors(trigger.token, lex)
                            or _in_state_operation(trigger.token, lex)
                        )
                    )
                    and not (trigger.bare_taking and _abduction_told_before(anchor, by_span))
                ):
                    made.pop()
                    continue  # "rescuers took away 14 residents": no captor, no capture
                mention.type = captor or mention.type
            if (
                (trigger.role == "noun" or _captive_participle(anchor, trigger))
                and group.relation == "subset_of"
                and anchor.dep_ == "pobj"
            ) or _names_partitive_whole(anchor):
                # "Two of the hostages were killed", "Six of the abducted were later found
                # dead": the whole refers back; the harm the clause states wins.
                mention.priority = max(mention.priority, 2)
            elif _status_noun(trigger, group, lex):
                # "251 refugees died", "twelve hostages were killed": the noun says who they
                # were, the clause what happened to them; any harm word on them wins.
                mention.priority = max(mention.priority, STATUS_NOUN_PRIORITY)
            mention.habitual = generic == "habitual"
            key = (mention.quantity.start, mention.quantity.end)
            by_span.setdefault(key, []).append(mention)
            if group.relation is None:
                # "21 injured individuals in Davao del Sur, 36 in North Cotabato and seven in
                # General Santos City": each elided figure takes the harm of the first.
                for figure in _elided_figures(mention, lex):
                    elided = _mention_for(trigger, Group(figure), lex)
                    if elided is not None:
                        _distribute(elided, lex)
                        key = (elided.quantity.start, elided.quantity.end)
                        by_span.setdefault(key, []).append(elided)
            subs = _subset_groups(mention, lex) if group.relation is None else _parts_of_part(group)
            for sub in subs:
                sub_mention = _mention_for(trigger, sub, lex)
                if sub_mention is not None and not _same_span(sub_mention, mention):
                    sub_mention.parent = mention
                    if trigger.type in CAPTIVE_TYPES:
                        sub_mention.type = mention.type  # the captor's word decides the part too
                    sub_key = (sub_mention.quantity.start, sub_mention.quantity.end)
                    by_span.setdefault(sub_key, []).append(sub_mention)
        # "Two women were among the five people killed": the part told with its whole by one
        # harm word is part of that whole.
        whole = next((m for m in made if m.group.relation is None), None)
        for part in made:
            if (
                whole is not None
                and part.group.relation == "subset_of"
                and part.parent is None
                and part.group.beside is None
            ):
                part.parent = whole
    for key in fatal_shares:
        # "Two people were shot, one of them fatally": a death, not a part of those shot
        # (totals are per type), whatever the verb's own reading of "one of them" says.
        by_span[key] = [m for m in by_span[key] if m.type == "killed" and m.relation is None]
    for mention in _headline_mentions(doc, lex, by_span):
        by_span[(mention.quantity.start, mention.quantity.end)] = [mention]
    mentions = []
    # a part's whole is the row its count span kept: "Two of the injured, a boy and an elderly
    # man, died" makes the two parts of the "died" reading of "Two", which the "injured"
    # reading of the same words may win
    kept_for: dict[int, Mention] = {}
    for candidates in by_span.values():
        rows = _merged_rows(candidates, doc)
        mentions += rows
        for candidate in candidates:
            if all(candidate is not row for row in rows):
                same = [r for r in rows if r.type == candidate.type]
                kept_for[id(candidate)] = (same or rows)[0]
    for mention in mentions:
        if mention.parent is not None and id(mention.parent) in kept_for:
            mention.parent = kept_for[id(mention.parent)]
    return _drop_overlaps(sorted(mentions, key=lambda m: (m.quantity.start, -m.quantity.end)))


#: words after a headline's participle that begin what follows its harmed people ("shot in
#: Monroe", "shot by brother", "Shot, Killed"): anything else after it is its object
HEADLINE_PHRASE_BREAKS = frozenset(
    {
        "in",
        "at",
        "on",
        "by",
        "during",
        "near",
        "outside",
        "after",
        "while",
        "for",
        "with",
        "from",
        "inside",
        "following",
        "over",
        "as",
        "into",
        "-",
        "—",
        "–",
        ",",
        ":",
        ";",
        "|",
    }
)
#: the most words a headline's victim phrase may have ("11 - Year - Old Boy" is five)
HEADLINE_PHRASE_WORDS = 7
#: the most words of a headline line, a site's name after it included
HEADLINE_WORDS = 24


def _headline_mentions(
    doc: Doc, lex: CasualtyLexicon, taken: Mapping[tuple[int, int], list[Mention]]
) -> list[Mention]:
    """Headlines the parse could not read ("11-Year-Old Boy Accidentally Shot in Monroe",
    "Mother, Father, Toddler Dead Following Murder-Suicide", "Brother accidentally shot
    12-year-old, police say"): on a line with no closing stop, the people before a harm
    participle (`headline_harm_words`, after adverbs) or, with no preposition after it, the
    people after it. Read on the surface, as title case throws the tagger; only where no
    mention of the parse already counts a word of that line."""
    found: list[Mention] = []
    # A bare reference noun ("second victim hurt": the parse takes "hurt" as active, so the
    # victim only borrows the last harm told) leaves its line for the headline reading.
    taken_tokens = {
        i
        for (start, end), candidates in taken.items()
        if any(m.type != REFERENCE for m in candidates)
        for i in range(start, end)
    }
    for start, end in _headline_line_spans(doc):
        line = [t for t in doc[start:end] if not t.is_space]
        for words in _headline_clauses(line, lex):
            if any(t.i in taken_tokens for t in words):
                continue
            mention = _headline_mention(words, lex)
            if mention is not None:
                found.append(mention)
    return found


def _headline_clauses(words: list[Token], lex: CasualtyLexicon) -> list[list[Token]]:
    """The clauses of a headline that tells several harms ("Driver killed, passenger hurt
    after shots fired", "Officer shot during traffic stop; suspect dead"): split at a
    semicolon, and at a comma with a harm word on both sides ("Boy, 3, killed by father" is
    one clause). Each is read alone, so the parse's reading of one leaves the other to read."""

    def harmed(part: list[Token]) -> bool:
        return any(t.lower_ in lex.headline_harm or t.lower_ in lex.headline_active for t in part)

    clauses: list[list[Token]] = [[]]
    for k, t in enumerate(words):
        # ("Driver shot, killed on Southside": one harm said twice, no second victim)
        if t.text == ";" or (
            t.text == ","
            and harmed(clauses[-1])
            and harmed(words[k + 2 :])
            and k + 1 < len(words)
            and not harmed(words[k + 1 : k + 2])
        ):
            clauses.append([])
        else:
            clauses[-1].append(t)
    return [c for c in clauses if c]


def _headline_line_spans(doc: Doc) -> Iterable[tuple[int, int]]:
    """(start, end) of each line that reads as a headline: 2 to 24 words (a site's name may
    follow: "... Shot in Indio - Palm Springs news, weather, traffic"), no closing stop."""
    bounds = [-1, *_line_breaks(doc), len(doc)]
    for before, after in itertools.pairwise(bounds):
        if after - before - 1 > 2 * HEADLINE_WORDS:
            continue  # a paragraph of the story: no list of its tokens built for nothing
        words = [t for t in doc[before + 1 : after] if not t.is_space]
        if 2 <= len(words) <= HEADLINE_WORDS and words[-1].text not in HEADLINE_CLOSERS:
            yield before + 1, after


def _headline_mention(words: list[Token], lex: CasualtyLexicon) -> Mention | None:
    if CLIP_LENGTH.fullmatch(words[0].text):
        # "0:43 Homeless man found dead": a clip's title after its running time, an incident
        # of its own (`_clip_entries`)
        words = words[1:]
        if not words:
            return None
    harm_at = next(
        (
            k
            for k, t in enumerate(words[: HEADLINE_PHRASE_WORDS + 5])
            if t.lower_ in lex.headline_harm or t.lower_ in lex.headline_active
        ),
        None,
    )
    if harm_at is None:
        return None
    colon = next((k for k, t in enumerate(words[:harm_at]) if t.text == ":"), None)
    if colon is not None:
        # "Police: 10-year-old reportedly shot ...", "UPDATE: ...": a label before the line
        words, harm_at = words[colon + 1 :], harm_at - colon - 1
    if harm_at == 0:
        return None
    harm = words[harm_at]
    first_adverb = harm_at
    while first_adverb > 0 and words[first_adverb - 1].lower_.endswith("ly"):
        first_adverb -= 1  # "Accidentally", "fatally", "reportedly"
    if first_adverb > 0 and words[first_adverb - 1].lower_ in lex.headline_finding:
        first_adverb -= 1  # "Homeless man found dead": the finding is part of the harm
    adverbs = words[first_adverb:harm_at]
    if (
        harm_at + 2 < len(words)
        and words[harm_at + 1].lower_ in ("and", ",")
        and words[harm_at + 2].lower_ in lex.headline_harm
    ):
        # "Teen Accidentally Shot and Killed", "Driver shot, killed": the second harm says
        # how badly
        harm_at += 2
        harm = words[harm_at]
    type_, mechanism = _headline_harm_type(harm, adverbs, lex)
    if type_ is None:
        return None
    after = words[harm_at + 1 :]
    lemma = lex.headline_harm.get(harm.lower_) or lex.headline_active[harm.lower_]
    active_only = harm.lower_ in lex.headline_active
    if (not after or _headline_break(after[0])) and not active_only:
        # "7 shot at NC Moose Lodge"; "Pair on the run after 7 shot during ...": the people
        # after the headline's last preposition
        breaks = [
            k for k in range(first_adverb) if _headline_break(words[k]) and words[k].text != ","
        ]
        before = words[breaks[-1] + 1 if breaks else 0 : first_adverb]
        victims = _after_last_verb(before)
        if len(victims) < len(before) and lemma in lex.mechanism:
            return None  # "He fired one shot at the car": after a verb, "shot" is a thing
    elif lemma in lex.mechanism or lemma in lex.verbs:
        # "Brother accidentally shot 12-year-old, police say": the people shot come after
        stop = next((k for k, t in enumerate(after) if _headline_break(t)), len(after))
        victims = after[:stop]
    else:
        return None
    victims = _past_headline_kin(victims, lex)
    # "...; suspect arrested": an attacker is whom an arrest holds, never whom a harm hurts
    quantity = _headline_quantity(victims, lex, held=type_ == "detained")
    if quantity is None:
        return None
    trigger = Trigger(harm, type_, "verb", priority=2 if mechanism else 1, mechanism=mechanism)
    group = Group(victims[-1])
    return Mention(type_, quantity, trigger, group, trigger.priority)


def _past_headline_kin(victims: list[Token], lex: CasualtyLexicon) -> list[Token]:
    """The people a headline's harm word describes when a kin or associate noun owns them
    ("Father of man killed during robbery talks ...", "Mother of teen shot in Dayton speaks
    out"): the harm is the person's after "of", the kin only speaks of it. A figure after "of"
    is the kin's children ("Mother of three shot dead"): the kin is the victim then."""
    for k, token in enumerate(victims[:-2]):
        owner = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
        if owner not in lex.victim_associates or victims[k + 1].lower_ != "of":
            continue
        owned = victims[k + 2]
        if owned.like_num or numeral_value(owned.doc, owned.i, owned.i + 1, lex.words) is not None:
            return victims
        return victims[k + 2 :]
    return victims


def _headline_break(token: Token) -> bool:
    """Whether a headline word ends its victim phrase: a preposition or a mark, a dash only
    set apart by spaces ("12-year-old" keeps its hyphens)."""
    if token.lower_ not in HEADLINE_PHRASE_BREAKS:
        return False
    return token.text not in ("-", "—", "–") or bool(token.i and token.doc[token.i - 1].whitespace_)


def _after_last_verb(words: list[Token]) -> list[Token]:
    """ "Overnight shooting leaves child injured": the people a lower-case verb before the
    harm word leaves so, not its subject."""
    # a clause's first word has no subject to leave anyone: a noun the tagger read as a verb
    # ("...; suspect arrested")
    verbs = [k for k, t in enumerate(words) if t.pos_ in ("VERB", "AUX") and t.is_lower and k]
    return words[verbs[-1] + 1 :] if verbs else words


def _headline_harm_type(
    harm: Token, adverbs: list[Token], lex: CasualtyLexicon
) -> tuple[str | None, bool]:
    """(type, whether it says only how) of a headline's harm word and the adverbs before it."""
    if any(a.lower_ in lex.fatal_adverbs for a in adverbs):
        return "killed", False  # "fatally shot"
    lemma = lex.headline_harm.get(harm.lower_) or lex.headline_active[harm.lower_]
    if lemma in lex.mechanism:
        return lex.mechanism[lemma], True
    return (
        lex.verbs.get(lemma) or lex.intransitive.get(lemma) or lex.adjectives.get(lemma),
        False,
    )


def _headline_quantity(
    victims: list[Token], lex: CasualtyLexicon, *, held: bool = False
) -> Quantity | None:
    """The figure of a headline's victim phrase: a number ("7", "One", "Two teens"), a vague
    word ("Multiple people"), one person ("11-Year-Old Boy", "Young Girl", "Houston rapper") or
    a list of them ("Mother, Father, Toddler"); None for anything else."""
    if not victims or len(victims) > HEADLINE_PHRASE_WORDS:
        return None
    words = lex.words
    if victims[-1].text == ",":
        victims = victims[:-1]
    if len(victims) >= 3 and victims[-2].text == "," and victims[-1].like_num:
        victims = victims[:-2]  # "Boy, 3, killed by father": the age set off after the noun
    parts: list[list[Token]] = [[]]
    for t in victims:
        if t.lower_ in ("and", ","):
            parts.append([])
        else:
            parts[-1].append(t)
    if any(not part for part in parts):
        return None
    start, end = victims[0].i, victims[-1].i + 1
    if len(parts) > 1:
        if not all(_headline_person(part[-1], words, held) for part in parts):
            return None
        count = len(parts)
        return Quantity("exact", count, None, *bounds("exact", count), start, end, victims[-1].i)
    head, first = victims[-1], victims[0]
    doing = next((k for k, t in enumerate(victims) if k and t.tag_ == "VBG"), None)
    if (
        doing is not None
        and _headline_person(victims[doing - 1], words, held)
        and not victims[doing - 1].lower_.endswith("s")  # one person; a plural is no count
    ):
        # "shots that killed man wielding chainsaw": the person is the word before what he
        # was doing, which the count span keeps (the GVA gold's span)
        head = victims[doing - 1]
        if doing > 1:
            return None  # "killed young man wielding ...": read by the parse, not here
        return one_person(start, end, head, "indefinite")
    if any(t.lower_ in words.age_units for t in victims) and head.lower_ != "olds":
        if not _headline_person(head, words, held):
            return None
        return one_person(start, end, head, "indefinite")
    value = numeral_value(first.doc, first.i, first.i + 1, words)
    if value is not None and (len(victims) == 1 or _headline_person(head, words, held)):
        if len(victims) == 1 and value < 1:
            return None
        kind = "numeric" if first.like_num or value != 1 else "indefinite"
        noun = head.i if len(victims) > 1 else None
        return Quantity("exact", value, None, *bounds("exact", value), start, end, noun, kind=kind)
    if first.lower_ in words.vague and len(victims) > 1 and _headline_person(head, words, held):
        low = words.vague[first.lower_]
        return Quantity("vague", None, None, low, None, None, start, end, head.i, kind="vague")
    if _headline_person(head, words, held) and not head.lower_.endswith("s"):
        return one_person(start, end, head, "indefinite")
    return None


def _headline_person(token: Token, words: QuantityWords, held: bool = False) -> bool:
    """Whether a title-case word of a headline names a person ("Boy", "Toddler", "Teen",
    "12-year-old"): the lexicon's person nouns by their lower-case form, and ages. An
    attacker ("Suspect kills two") is no victim, but is the one `held` by an arrest."""
    lower = token.lower_
    if lower in words.perpetrators and not held:
        return False
    singular = lower[:-1] if lower.endswith("s") else lower
    if lower in words.person_nouns or singular in words.person_nouns:
        return True
    return (
        lower in ("old", "olds")
        and token.i > 1
        and token.doc[token.i - 2].lower_ in (words.age_units)
    )


def _fatal_shares(trigger: Trigger, lex: CasualtyLexicon) -> list[Token]:
    """The "one" of "Four people were shot, one fatally" and of "one of them fatally": a
    figure set beside a harm verb of how (`mechanism`) with a fatal adverb of its own."""
    verb = trigger.token
    if not trigger.mechanism or verb.pos_ != "VERB":
        return []
    # the parser hangs the share on the verb or, as an apposition, on its subject
    holders = [verb, *_children(verb, "nsubj", "nsubjpass")]
    return [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in ("npadvmod", "appos", "dep", "advcl")
        and (c.like_num or c.pos_ == "NUM")
        and _fatal_adverbs(c, lex)
    ]


def _fatal_adverbs(token: Token, lex: CasualtyLexicon) -> list[Token]:
    """The fatal adverbs set on a token: the "fatally" of "one fatally", "two of them fatally"."""
    return [a for a in token.children if a.lower_ in lex.fatal_adverbs]


#: quantity kinds that name the very people a denied custody is about ("the owner", "Smith")
PERSON_KINDS = frozenset({"definite", "named", "pronoun"})
#: ... and the zero of "have not made any arrests", which already reads the denial as none held
DENIED_KINDS = PERSON_KINDS | {"zero"}


def _denied_custody(trigger: Trigger, clause: Token, lex: CasualtyLexicon) -> bool:
    """ "The homeowner is not being held in custody", "the driver was not arrested": a
    detention of named or definite people denied by a plain "not" on its own verb, with no
    modal, condition or purpose around it, states that none of them is held (a row of 0,
    like "No one was in custody")."""
    if trigger.type != "detained" or clause.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.dep_ not in ("ROOT", "ccomp", "conj") or any(
        c.dep_ == "mark" or (c.dep_ == "aux" and (c.lower_ in lex.modals or c.lower_ == "to"))
        for c in clause.children
    ):
        return False
    return clause.dep_ != "conj" or not is_unasserted(clause.head, lex)


def _ruled_out_custody(trigger: Trigger, clause: Token, lex: CasualtyLexicon) -> bool:
    """ "No arrests will be made", "no one will be arrested": police telling that nobody will
    be held is a decision already taken, so the plain future states a custody of none, as the
    past "No arrests were made" does; "could" or "may", a condition or a "not" keep it open."""
    if trigger.type != "detained" or clause.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if not auxes or any(c.lower_ not in lex.future_modals for c in auxes):
        return False
    if any(c.dep_ in ("neg", "mark") for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lower_ == "no" or any(c.dep_ == "det" and c.lower_ == "no" for c in s.children)
        for s in subjects
    )


def _deny(quantity: Quantity) -> None:
    quantity.qualifier, quantity.value, quantity.value_upper = "exact", 0, None
    quantity.low = quantity.best = quantity.high = 0
    quantity.negated = True


def _named_phrase(
    doc: Doc, start: int, end: int, lex: CasualtyLexicon, common: bool = False
) -> tuple[int, int] | None:
    """(index after, number of names) of a phrase that starts at `start` and names places or
    bodies: a locative ("in North Cotabato", "in the Gaza Strip") or "from" ("from the Coast
    Guard and the National Police", two names); None when none starts there. Read on the
    words, not the parse: the parser attaches the parts of an elided list anywhere."""
    if start >= end or (
        doc[start].lower_ not in lex.locative_preps and doc[start].lower_ != "from"
    ):
        return None
    k, names = start + 1, 0
    while True:
        if k < end and doc[k].lower_ == "the":
            k += 1
        first = k
        while k < end and (ent_label(doc[k]) in PLACE_LABELS or doc[k].pos_ == "PROPN"):
            k += 1
        if k == first and common:
            # "at a checkpoint", "outside the parliament", "near the main bus station": a
            # common noun phrase names the place of an elided figure.
            if k < end and doc[k].lower_ in ("a", "an"):
                k += 1
            while k < end and doc[k].pos_ in ("ADJ", "NOUN") and ent_label(doc[k]) != "PERSON":
                k += 1
            if k > first and doc[k - 1].pos_ == "NOUN":
                return k, names + 1
            return (first, names) if names else None
        if k == first:
            return (k, names) if names else None
        names += 1
        # "the Coast Guard and the National Police": one more name, not the next part.
        if not (k + 1 < end and doc[k].lower_ == "and" and not doc[k + 1].like_num):
            return k, names
        k += 1


def _after_place(
    doc: Doc, start: int, end: int, lex: CasualtyLexicon, common: bool = False
) -> int | None:
    """The index after the place phrase that starts at `start` (`_named_phrase`), or None."""
    found = _named_phrase(doc, start, end, lex, common)
    return found[0] if found else None


def _distribute(mention: Mention, lex: CasualtyLexicon) -> None:
    """ "two each from the Coast Guard and the National Police": a figure given for each of
    the names after it counts once per name (4); the count phrase runs to the last name."""
    q = mention.quantity
    figure = mention.group.token
    doc = figure.doc
    after = figure.i + 1
    if q.value is None or after >= len(doc) or doc[after].lower_ not in lex.distributive_words:
        return
    found = _named_phrase(doc, after + 1, figure.sent.end, lex)
    if found is None or found[1] < 2:
        return
    q.value *= found[1]
    q.low, q.best, q.high = bounds(q.qualifier, q.value, q.value_upper)
    q.end = max(q.end, found[0])


def _elided_figures(mention: Mention, lex: CasualtyLexicon) -> list[Token]:
    """The bare numbers of a list that elides the harm of its first figure: "21 injured
    individuals in Davao del Sur, 36 in North Cotabato, 29 in South Cotabato and seven in General
    Santos City" gives 36, 29 and seven. Each part must be a number followed by a place phrase,
    as the first figure is ("36 houses in Cotabato" is not a part)."""
    q = mention.quantity
    if q.kind != "numeric" or q.qualifier in ("vague", "none"):
        return []
    doc = mention.group.token.doc
    sent_end = mention.group.token.sent.end
    start = max(q.end, mention.group.token.i + 1)
    j = _after_place(doc, start, sent_end, lex)
    figures_common = False
    if j is None and _harm_verb_object(mention):
        # "arrested 12 men in the camp and two more at a checkpoint": the object of a harm
        # verb, then figures each at a common place
        j = _after_place(doc, start, sent_end, lex, common=True)
        figures_common = j is not None
    if j is None and any(
        _after_place(doc, t.i, sent_end, lex) == q.end for t in doc[q.start : q.end]
    ):
        j = start  # "seventeen from the Armed Forces": the count phrase holds its own names
    figures: list[Token] = []
    while j is not None and j < sent_end and doc[j].text in (",", ";", "and"):
        while j < sent_end and doc[j].text in (",", ";", "and"):
            j += 1
        if j >= sent_end or not doc[j].like_num:
            break
        # "and two each from the Coast Guard and the National Police"
        each = j + 1 < sent_end and doc[j + 1].lower_ in lex.distributive_words
        # "and two more at a checkpoint": more of the same harm, at a place of their own
        more = not each and j + 1 < sent_end and doc[j + 1].lower_ in lex.words.additive
        after = _after_place(doc, j + 1 + each + more, sent_end, lex)
        if after is None and figures_common:
            after = _after_place(doc, j + 1 + each + more, sent_end, lex, common=True)
        if after is None:
            break
        figures.append(doc[j])
        j = after
    return figures


def _harm_verb_object(mention: Mention) -> bool:
    """Whether the figure is the direct object of its harm verb ("arrested 12 men")."""
    token = mention.group.token
    return token.dep_ == "dobj" and token.head == mention.trigger.token


#: the types a captor decides between (the annotation's detained / abducted convention)
CAPTIVE_TYPES = frozenset({"detained", "abducted"})


def _captor_type(verb: Token, lex: CasualtyLexicon) -> str | None:
    """ "Militants captured two police officers" is `abducted`, "troops captured 30 soldiers"
    `detained`: for a capture verb (`captor_verbs`), the type its captor's words say
    (`captors`: police, troops -> detained; militants, gunmen, kidnappers -> abducted). Reads
    the active subject or the passive "by" agent; returns None when no captor word decides."""
    if (
        verb.lemma_.lower() not in lex.captor_verbs
        and verb.pos_ in ("NOUN", "ADJ")
        and verb.head.lemma_.lower() in lex.captor_verbs
    ):
        verb = verb.head  # "took 20 soldiers prisoner" parsed with "prisoner" the object
    if verb.lemma_.lower() not in lex.captor_verbs:
        return None
    if any(
        lex.nouns.get(c.lemma_.lower()) == "abducted"
        and c.lemma_.lower() not in lex.captor_decided_nouns
        for c in verb.children
    ):
        return None  # "took 12 civilians hostage": the noun says abducted, whoever took them
    found: set[str] = set()
    for captor in _captors(verb):
        if verb.lemma_.lower() in lex.carrying_verbs and (
            is_non_person_noun(captor, lex.words)
            or any(w.lemma_.lower() in lex.rescue_forces for w in (captor, *captor.children))
        ):
            # "picked up by a coast guard boat", "by an Indian navy frigate": carried to safety
            continue
        found |= _captor_kinds(captor, lex)
    # A word naming an armed group outweighs one naming a force: "rebel forces", "Hamas
    # security forces" are not a state's.
    if "abducted" in found:
        return "abducted"
    if not found and any(_irregular_captor(c, lex) for c in _captors(verb)):
        return "abducted"  # "snatched by armed men": no force named, men under arms
    return next(iter(found), None)


def _irregular_captor(captor: Token, lex: CasualtyLexicon) -> bool:
    """ "armed men", "masked men", "unidentified people": a person noun whose modifier says
    they act outside any force (`irregular_captor_modifiers`); a thing ("armed drones") is not."""
    return is_person_noun(captor, lex.words) and any(
        c.dep_ == "amod" and c.lower_ in lex.irregular_captor_modifiers for c in captor.children
    )


def _told_by_captors(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a detention with no captor named ("three more suspects were picked up on
    Tuesday, police said") is told by a force that detains (`captors`: police, the army): the
    subject of the speech verb (`speech_verbs`) the clause hangs on; a rescue force ("the coast
    guard said") is not one, nor a clause whose noun says who holds them ("holding 50 other
    hostages, police said")."""
    if any(lex.nouns.get(c.lemma_.lower()) == "abducted" for c in verb.children):
        return False
    token = verb
    for _ in range(4):
        if token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in lex.speech_verbs:
            break
    else:
        return False
    for subject in _children(token, "nsubj"):
        if any(w.lemma_.lower() in lex.rescue_forces for w in _with_modifiers(subject)):
            return False
        if "detained" in _captor_kinds(subject, lex):
            return True
    return False


def _in_state_operation(verb: Token, lex: CasualtyLexicon) -> bool:
    """ "300 people have been picked up in overnight raids", "rounded up during a crackdown": a
    detention with no captor named inside an operation only a state's forces run
    (`state_operation_nouns`), read from the verb's own "in"/"during" phrases. A rescue ("in a
    rescue operation") or a named carrier ("by a navy vessel") is no detention."""
    if _captors(verb):
        return False
    return any(
        o.lemma_.lower() in lex.state_operation_nouns
        and not any(w.lower_ in lex.aid_operation_modifiers for w in _with_modifiers(o))
        for o in _operation_phrase_objects(verb)
    )


def _operation_phrase_objects(verb: Token) -> Iterable[Token]:
    """The objects of a verb's own "in" and "during" phrases, where the operation it was done
    in is named ("detained in overnight raids", "rounded up during a crackdown")."""
    return (
        o
        for p in _children(verb, "prep")
        if p.lower_ in ("in", "during")
        for o in _children(p, "pobj")
    )


def _with_modifiers(noun: Token) -> list[Token]:
    """A noun and the compound and adjective words that say what kind it is ("riot police",
    "rebel forces", "coast guard")."""
    return [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]


def _captor_kinds(noun: Token, lex: CasualtyLexicon) -> set[str]:
    """The capture types (`captors`) the words of a noun phrase name: police, troops ->
    detained; militants, gunmen -> abducted ("rebel forces" names both)."""
    if _named_armed_group(noun, lex):
        return {"abducted"}
    found = set()
    for word in _with_modifiers(noun):
        kind = lex.captors.get(word.lemma_.lower()) or lex.captors.get(word.lower_)
        if kind:
            found.add(kind)
    if not found:
        # "an alliance of ethnic armed groups", "a coalition of rebel factions": a body
        # named by whom it is made of
        for prep in _children(noun, "prep"):
            if prep.lower_ == "of":
                for member in _children(prep, "pobj"):
                    found |= _captor_kinds(member, lex)
    if not found:
        # "the group, the Rapid Support Forces, said"; a dateline read as the subject
        # ("KHARTOUM (Reuters) - Sudan's Rapid Support Forces said") with the body beside it
        for other in _children(noun, "appos"):
            found |= _captor_kinds(other, lex)
    return found


def _named_armed_group(noun: Token, lex: CasualtyLexicon) -> bool:
    """ "the Arakan Army", "the Rapid Support Forces": a force's name with no country, people or
    word of a state's service in it (`state_force_name_words`) is an armed group's, whose
    captures are abductions; "Israel Defense Forces", "the National Army" stay a state's."""
    if noun.pos_ != "PROPN" or noun.lemma_.lower() not in lex.armed_bodies:
        return False
    name = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not name:
        return False
    single = [w.lower_ for w in sorted((noun, *name), key=lambda t: t.i)]  # "south sudan"
    words = single + [f"{a} {b}" for a, b in itertools.pairwise(single)]
    return not any(w in lex.state_force_name_words or w in lex.country_words for w in words)


def _captors(verb: Token) -> list[Token]:
    """Who takes or holds the people of a capture verb: the passive (or participle) "by" agent,
    else the active subject, or the subject of the verb it is coordinated with ("stormed the
    village and seized 20")."""
    if _is_passive(verb) or verb.dep_ == "acl":
        agents = _children(verb, "agent")
        if not agents:
            # "were snatched from a church compound by armed men": the parser hung the "by"
            # phrase on the place noun before it; a place takes no "by" agent of its own.
            agents = [
                a
                for p in _children(verb, "prep")
                for place in _children(p, "pobj")
                for a in place.children
                if a.dep_ in ("agent", "prep") and a.lower_ == "by"
            ]
        return [o for a in agents for o in _children(a, "pobj")]
    subjects = _children(verb, "nsubj")
    clause = verb
    for _ in range(3):
        if subjects:
            break
        # "released two but continue to hold the other five": the infinitive's holder is the
        # subject of the verb it completes.
        if clause.dep_ in ("xcomp", "conj"):
            clause = clause.head
        # "Gunmen stormed a hotel, killing a guard and whisking away three guests": a
        # participle clause takes the subject of the clause it hangs on.
        if clause.dep_ == "advcl" and clause.tag_ == "VBG":
            clause = clause.head
        subjects = _children(clause, "nsubj")
    return [holder for s in subjects for holder in _holders(s, verb)]


def _holders(subject: Token, verb: Token) -> list[Token]:
    """The bodies a captor subject stands for: the speaker of "it" ("the group said it had
    captured"); "its forces", "their fighters" and the speaker who owns them ("the RSF said its
    forces had captured 45 soldiers": the RSF's forces, whose words decide over "forces")."""
    if subject.pos_ == "PRON":
        return [_reporter(subject, verb)]
    for owner in _children(subject, "poss"):
        if owner.pos_ == "PRON":
            speaker = _reporter(owner, verb)
            return [subject] if speaker is owner else [subject, speaker]
    return [subject]


def _reporter(pronoun: Token, verb: Token) -> Token:
    """The speaker a pronoun subject of reported content stands for: "the group said it had
    captured seven soldiers", "JNIM claimed the attack and said they had seized three": the
    subject of the verb whose complement clause holds `verb` (through coordinated verbs),
    when that subject is no pronoun itself; `pronoun` otherwise."""
    clause = verb
    for _ in range(3):
        if clause.dep_ == "conj":
            clause = clause.head
            continue
        if clause.dep_ != "ccomp":
            break
        speaker = clause.head
        subjects = _children(speaker, "nsubj")
        if not subjects and speaker.dep_ == "conj":
            subjects = _children(speaker.head, "nsubj")
        # "Sudan's paramilitary Rapid Support Forces said": the parser may make the adjective
        # a subject of its own beside the name
        named = [s for s in subjects if s.pos_ in ("NOUN", "PROPN")]
        if named and len(named) < len(subjects) and subjects[0].pos_ != "PRON":
            return named[-1]
        if subjects and subjects[0].pos_ != "PRON":
            return subjects[0]
        break
    return pronoun


def _first_conjunct(token: Token) -> Token:
    """The first of the coordinated nouns `token` belongs to ("24 hostages" of "24 hostages and
    39 prisoners"); `token` itself when it is not a nominal conjunct."""
    while token.dep_ == "conj" and token.pos_ in NOMINAL_POS and token.head != token:
        token = token.head
    return token


def _released(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "exchanged 95 prisoners", "Hamas released 24 hostages", "the release of 39 prisoners":
    people freed are the end of a detention, not a figure of people detained or abducted.
    True when the counted captive noun is the object of a `release_verbs` verb (or the passive
    subject) or follows "of" after a `release_nouns` noun."""
    if mention.type in CAPTIVE_TYPES and _freed_captives(mention.trigger.token, lex):
        return True
    if mention.trigger.role != "noun" or mention.type not in CAPTIVE_TYPES:
        return False
    noun = mention.trigger.token
    if any(
        c.dep_ == "amod"
        and c.i < noun.i
        and c.tag_ == "VBN"
        and c.lemma_.lower() in (lex.escape_verbs | lex.release_verbs)
        for c in noun.children
    ):
        return True  # "hunted for dozens of escaped prisoners", "the freed hostages"
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "conj", "appos"):
        head = _first_conjunct(head)  # "freed 24 hostages and 39 prisoners"
        if head.pos_ in NOMINAL_POS and head.dep_ in ("dobj", "nsubjpass"):
            head = head.head
        return head.lemma_.lower() in lex.release_verbs
    subject = noun
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "nsubj":
        subject = head.head  # "Dozens of prisoners fled the jail"
    if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in lex.escape_verbs:
        return True  # "300 detainees escaped from Kuje prison": the end of a detention
    if noun.dep_ == "pobj" and head.lower_ in ("of", "for", "involving"):
        lemma = head.head.lemma_.lower()
        return lemma in lex.release_nouns or lemma in lex.release_verbs
    return False


def _freed_captives(word: Token, lex: CasualtyLexicon) -> bool:
    """ "troops rescued 16 kidnapped people", "freed 20 abducted farmers": a captive participle
    on the object of a `release_verbs` verb names people whose captivity ends, not a capture."""
    if word.dep_ != "amod" or word.tag_ not in ("VBN", "JJ") or word.i > word.head.i:
        return False
    noun = _first_conjunct(word.head)
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    return noun.head.lemma_.lower() in lex.release_verbs


def _names_partitive_whole(word: Token) -> bool:
    """Whether a harm adjective describes the whole a part is taken from ("Two of the abducted
    soldiers were found dead", "three of the missing fishermen were killed"): it says who they
    were; a harm the clause states of the part wins."""
    return (
        word.dep_ == "amod"
        and word.head.dep_ == "pobj"
        and word.head.head.lower_ == "of"
        and word.head.head.head.dep_ in ("nsubj", "nsubjpass", "dobj")
    )


def _figurative(trigger: Trigger, lex: CasualtyLexicon) -> bool:
    """ "I think that hurt him", "the scandal harmed her": a `figurative_verbs` verb whose active
    subject is an `abstract_subjects` word (a relative "that" is not: "the blast that hurt him")
    harms a standing, not a body. A numeral on its object keeps it ("it hurt 12 people")."""
    verb = trigger.token
    if trigger.role != "verb" or verb.lemma_.lower() not in lex.figurative_verbs:
        return False
    if _is_passive(verb):
        # "was hurt by going personally after Trump", "was hurt by the scandal"
        for by in _children(verb, "agent", "prep"):
            if by.lower_ != "by":
                continue
            if _children(by, "pcomp") or any(
                o.lemma_.lower() in lex.abstract_subjects for o in _children(by, "pobj")
            ):
                return True
        return False
    if any(c.dep_ == "nummod" or c.like_num for o in _objects(verb) for c in (o, *o.children)):
        return False
    subjects = _children(verb, "nsubj")
    if verb.dep_ == "relcl":
        # "the crisis that hurt millions": the relative pronoun stands for its noun.
        subjects = [verb.head] if any(s.lower_ in RELATIVE_PRONOUNS for s in subjects) else []
    return any(s.lemma_.lower() in lex.abstract_subjects for s in subjects)


def _phrasal_lemma(verb: Token) -> set[str]:
    """The verb's lemma and, with a particle, the two-word verb ("take in")."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}


def _not_harm(mention: Mention, lex: CasualtyLexicon) -> bool:
    """A harm word used for something that harms nobody: refugees admitted ("accepting 10,000
    refugees": `intake_verbs`), a capture by a camera ("one captured by a police dashboard
    camera": `recording_agents`), the natural death of one person ("died of brain cancer":
    `natural_causes`; epidemics are not among them)."""
    anchor = mention.trigger.token
    if mention.type == "losses" and any(
        t.lemma_.lower() in lex.contest_nouns
        for t in anchor.doc[anchor.i : min(anchor.i + 9, anchor.sent.end)]
    ):
        # "losses in all but three of the nomination contests": the phrase after the noun
        # (read as words, as the parse of such phrases often breaks).
        return True
    if (
        mention.type == "displaced"
        and mention.quantity.kind == "plural"
        and mention.quantity.noun == anchor.i
        and mention.trigger.role == "noun"
    ):
        return True  # "refugees" as a topic: no quantity and no displacement said
    if mention.trigger.role == "noun" and mention.type == "displaced":
        head = _first_conjunct(anchor.head)
        if anchor.dep_ in ("dobj", "nsubjpass", "conj") and head.pos_ in ("VERB", "AUX"):
            return bool(_phrasal_lemma(head) & lex.intake_verbs)
        return False
    if mention.type in CAPTIVE_TYPES and anchor.lemma_.lower() in lex.captor_verbs:
        return any(c.lemma_.lower() in lex.recording_agents for c in _captors(anchor))
    if _recovery_work(mention, lex):
        return True
    if _contest_win(mention, lex):
        return True
    if _loser_named(mention, lex):
        return True
    if _capacity(mention, lex):
        return True
    if mention.type == "killed" and _is_one(mention):
        for prep in _children(anchor, "prep"):
            if prep.lower_ not in ("of", "from"):
                continue
            for cause in _children(prep, "pobj"):
                words = _with_modifiers(cause)
                if any(w.lemma_.lower() in lex.natural_causes for w in words):
                    return True
    return False


def _contest_win(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "Clinton beat rival Bernie Sanders in the caucuses", "beat the senator by 18 points",
    "was beaten in the Republican primary": a `contest_verbs` verb told with a contest (see
    harm.json `_contest_verbs`) is a win over a rival, not a harm. The verb's own clause is
    read, not the clauses it takes, so a poll or a vote told beside a beating keeps it."""
    verb = mention.trigger.token
    if mention.trigger.role != "verb" or verb.lemma_.lower() not in lex.contest_verbs:
        return False
    if verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in lex.chance_nouns:
        return True  # "the best chance of beating Clinton"
    clause = [t for t in verb.sent if _in_own_clause(verb, t)]
    victims = {*_objects(verb), *_children(verb, "nsubjpass")}
    for token in clause:
        lemma = token.lemma_.lower()
        if lemma in lex.contest_adverbs and token.head == verb:
            return True
        if lemma in ("percent", "%") and token not in victims:
            # "beat her 51% to 36%", "beating Clinton 45 to 40 percent"; not "beat 40 percent
            # of the prisoners", a share of the victims
            return True
        if lemma in lex.rival_words and (token in victims or token.head in victims):
            return True  # "beating rival Marco Rubio", "beaten those former rivals"
        if token.dep_ != "prep" or token.head not in (verb, *victims):
            continue
        for noun in _children(token, "pobj"):
            words = {noun.lemma_.lower()}
            if noun.lemma_.lower() in lex.contest_heads:
                # "a general election fight", "primary voters"; not "the election violence"
                words |= {c.lemma_.lower() for c in _children(noun, "compound", "amod")}
            if token.lower_ in ("in", "among") and words & lex.contest_win_nouns:
                return True  # "in the Republican primary", "in a general election fight"
            if token.lower_ == "by" and noun.lemma_.lower() in lex.margin_units:
                return True  # "by 18 points"
            if token.lower_ == "for" and noun.lower_ in lex.contest_ranks:
                return True  # "nearly beating Mr. Trump for second"
    return False


def _loser_named(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "Clinton's loss in the primary", "a Clinton loss": the named possessor of a `losses`
    noun is who lost, not who was lost ("the loss of Hamza bin Ladin" is his death)."""
    anchor = mention.trigger.token
    if mention.trigger.role != "noun" or lex.unquantified.get(anchor.lemma_.lower()) != "losses":
        return False
    if mention.quantity.kind != "named" or mention.quantity.noun is None:
        return False
    named = anchor.doc[mention.quantity.noun]
    return named.head == anchor and named.dep_ in ("poss", "compound")


def _harmed_subject_described(mention: Mention, lex: CasualtyLexicon) -> Token | None:
    """ "At least 1,300 of those detained are political prisoners", "Ten of those abducted are
    hostages of a rival gang": a bare plural harm noun after "be" says what the subject's people
    are; the subject, harmed by a word of its own of the same kind, is their row. That subject;
    None when the noun is no such description (an existential "there are" has no subject)."""
    anchor = mention.trigger.token
    if (
        mention.trigger.role != "noun"
        or mention.quantity.kind != "plural"
        or mention.quantity.noun != anchor.i
        or anchor.dep_ != "attr"
        or anchor.head.lemma_ != "be"
    ):
        return None
    kind = CAPTIVE_TYPES if mention.type in CAPTIVE_TYPES else {mention.type}
    for subject in _children(anchor.head, "nsubj", "nsubjpass"):
        if any(
            trigger.type in kind
            for word in subject.subtree
            for trigger in _word_triggers(word, lex)
        ):
            return subject
    return None


def _capacity(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "the morgue had room for only 10 bodies", "a capacity of 30 bodies", "space for 200
    wounded": a figure after a `capacity_nouns` noun is how many a place could take, harm that
    has not happened (the contract: hypothetical harm is no casualty)."""
    token = mention.group.token
    if token.dep_ != "pobj" or token.head.lower_ not in ("for", "of"):
        return False
    holder = token.head.head
    if holder.lemma_.lower() in lex.capacity_nouns:
        return True  # "capacity for 200 wounded"
    # "had room for 10 bodies": the parser hangs "for" on the verb beside its object
    return token.head.lower_ == "for" and any(
        o.lemma_.lower() in lex.capacity_nouns for o in _children(holder, "dobj")
    )


def _recovery_work(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "Rescuers were still pulling bodies from the rubble", "spent the day recovering
    bodies": bare body nouns under an ongoing recovery (a `body_discovery_verbs` verb in its
    -ing form) tell the rescue work, whose dead the article counts elsewhere; a finished find
    ("pulled bodies from the river", "recovering 12 bodies") still states deaths."""
    anchor = mention.trigger.token
    return (
        mention.type == "killed"
        and mention.trigger.role == "noun"
        and mention.quantity.kind == "plural"
        and mention.quantity.noun == anchor.i
        and anchor.dep_ == "dobj"
        and anchor.head.tag_ == "VBG"
        and anchor.head.lemma_.lower() in lex.body_discovery_verbs
        and not any(c.dep_ in ("amod", "compound", "det") for c in anchor.children)
    )


def _captive_participle(token: Token, trigger: Trigger) -> bool:
    """Whether a captive harm word is a participle used as a noun ("of the abducted", "of the
    kidnapped"): like "the hostages", it names the group told before, not a new capture."""
    return trigger.type in CAPTIVE_TYPES and token.tag_ in ("VBN", "NN") and token.pos_ != "PROPN"


def _merged_rows(candidates: list[Mention], doc: Doc) -> list[Mention]:
    """The rows of one count span: `_merge`'s strongest reading, and beside it a capture told
    of people the phrase itself names as harmed ("One of the injured men, Andre Miles, was
    booked into the county jail"): the back-reference is a part of the harmed group, the
    capture a fact of its own; rows are one per span and type."""
    captives = [m for m in candidates if m.type in CAPTIVE_TYPES]
    harmed = [m for m in candidates if m.type not in CAPTIVE_TYPES and m.type != REFERENCE]
    if not captives or not any(_harm_in_phrase(m) for m in harmed):
        return [_merge(candidates, doc)]
    captive = min(captives, key=lambda m: m.priority)
    _narrow_to_name(captive)
    return [_merge(harmed, doc), _merge([captive], doc)]


def _harm_in_phrase(mention: Mention) -> bool:
    """The harm word is inside the count phrase ("One of the injured men"): the phrase refers
    back to people harmed, whatever its clause says next."""
    quantity = mention.quantity
    return quantity.start <= mention.trigger.token.i < quantity.end


def _narrow_to_name(mention: Mention) -> None:
    """ "One of the injured men, Andre Miles": a capture told of a part named in apposition
    is that person's; its count is the name (the annotators' span)."""
    quantity = mention.quantity
    # the name may hang on the partitive's whole ("One of the men, Darnell Price")
    names = [t for t in mention.group.token.subtree if t.dep_ == "appos" and _is_person_name(t)]
    if len(names) == 1 and quantity.value == 1:
        name = names[0]
        quantity.start = min(t.i for t in name.subtree if t.dep_ == "compound" or t == name)
        quantity.end = name.i + 1
        quantity.partitive, quantity.kind, quantity.noun = False, "named", name.i


def _fronted_tally(group: Group) -> bool:
    """Whether a part is one of a tally of a fronted whole ("Of the eight victims, three were
    stabbed, two were strangled"), which no row of its own names."""
    beside = group.beside
    return beside is not None and beside.dep_ == "pobj" and beside.head.i < beside.i


def _merge(candidates: list[Mention], doc: Doc) -> Mention:
    """One mention for one count span: the strongest harm; "killed or injured" is both."""
    best = min(candidates, key=lambda m: m.priority)
    told = [m for m in candidates if m.type == REFERENCE and _fronted_tally(m.group)]
    if told and best.trigger.mechanism and best.type in ("injured", "killed_or_injured"):
        # "Of the eight victims, three were stabbed, two were strangled": a part of a tally of
        # the victims, whose verb tells how, not how badly; the harm is the victims'
        best = told[0]
    types = {m.type for m in candidates if m.priority == best.priority}
    if {"killed", "injured"} <= types:
        triggers = [m.trigger.token for m in candidates]
        if any(c.dep_ == "cc" and c.lower_ == "or" for t in triggers for c in t.children) or any(
            _coordinated_harm_nouns(a, b) for a in triggers for b in triggers
        ):
            best.type = "killed_or_injured"
        elif not any(
            m.group.token.is_ancestor(m.trigger.token)
            and m.trigger.token.dep_ not in ("relcl", "acl")
            for m in candidates
        ):
            # "was found with stab wounds and was pronounced dead", "Two soldiers who were
            # wounded in the attack died", "A man wounded in the attack died": the same people
            # wounded and then dead are dead. A harm word inside the group's phrase ("A wounded
            # woman later died", "Four of the wounded died") is read by its own rules.
            best = next(m for m in candidates if m.priority == best.priority and m.type == "killed")
    # "increased to 167 from a previous 93 injured people": the toll says 93 is superseded
    # whichever harm word wins the span.
    best.superseded = any(m.superseded for m in candidates)
    relations = [m for m in candidates if m.relation]
    if relations and best.relation is None:
        best.relation, best.parent = relations[0].relation, relations[0].parent
    return best


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Of two overlapping count spans with the same type, keep the longer (the first in text
    order when equal); a weaker harm yields to a stronger one on the same words."""
    kept: list[Mention] = []
    for mention in mentions:
        clash = next(
            (
                k
                for k in kept
                if k.quantity.start < mention.quantity.end
                and mention.quantity.start < k.quantity.end
                and (k.type == mention.type or k.priority != mention.priority)
            ),
            None,
        )
        if clash is None:
            kept.append(mention)
        elif mention.priority < clash.priority or (
            mention.priority == clash.priority
            and mention.quantity.end - mention.quantity.start
            > clash.quantity.end - clash.quantity.start
        ):
            kept[kept.index(clash)] = mention
    return kept


# -- context -----------------------------------------------------------------------------------


def clause_span(harm: Token, count_start: int, count_end: int) -> tuple[int, int]:
    """Smallest clause around the harm word: its subtree without coordinated or adverbial
    clauses, stretched to cover the count phrase (token indices)."""
    start, end = harm.i, harm.i + 1
    stack = [harm]
    while stack:
        token = stack.pop()
        start, end = min(start, token.i), max(end, token.i + 1)
        for child in token.children:
            if child.dep_ in CLAUSE_BREAK_DEPS:
                continue
            if child.dep_ == "advmod" and child.i < count_start and child.i < harm.i:
                continue
            stack.append(child)
    start, end = min(start, count_start), max(end, count_end)
    doc = harm.doc
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return start, end


def _clause_root(token: Token) -> Token:
    """The clause head above a harm word: above participles, coordinated verbs and the
    prepositions and nouns that hold it."""
    if token.pos_ in ("NOUN", "PROPN", "ADP", "ADJ", "NUM") and token.dep_ != "ROOT":
        token = token.head
    for _ in range(4):
        if token.dep_ in ("xcomp", "oprd", "acomp", "conj", "prep", "pobj", "acl", "amod", "dobj"):
            token = token.head
        else:
            break
    return token


def _governs(head: Token, token: Token) -> bool:
    """Whether `head` is `token` or one of its ancestors (at most six levels up)."""
    for _ in range(7):
        if token == head:
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _victim(mention: Mention, lex: CasualtyLexicon) -> tuple[int | None, int | None, str]:
    """(start, end) token indices of the victim noun with its modifiers, and its status."""
    words = lex.words
    quantity = mention.quantity
    doc = mention.group.token.doc
    if quantity.noun is None:
        return None, None, _status_of_span(doc, quantity.start, quantity.end, lex)
    noun = doc[quantity.noun]
    if noun.pos_ == "PRON" or noun.lower_ in lex.adjectives:
        return None, None, "unknown"  # "him", "four of the deceased"
    start = noun.i
    for child in noun.children:
        if child.i >= noun.i or child.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod"):
            continue
        if child.like_num or child.lower_ in words.vague or child.lower_ in words.additive:
            continue
        if words.numbers.ordinal(child.lower_) is not None:
            continue
        start = min(start, child.left_edge.i)
    while start < noun.i and (doc[start].is_punct or doc[start].dep_ in ("det", "cc")):
        start += 1
    end = noun.i + 1
    for child in noun.children:
        if child.i > noun.i and child.dep_ == "prep" and child.lower_ == "of":
            end = max(end, noun_phrase_end(child))
    while end - 1 > noun.i and doc[end - 1].is_punct:
        end -= 1
    status = _status_of_span(doc, start, end, lex, noun)
    if status == "unknown" and quantity.kind == "named":
        status = _role_status(noun, lex)
    if _mixed_conjuncts(noun, status, lex):
        status = "unknown"
    return start, end, status


def _mixed_conjuncts(noun: Token, status: str, lex: CasualtyLexicon) -> bool:
    """ "162 passengers and crew", "civilians and security personnel", "police and reporters":
    a bare noun joined to the victim noun shares its figure, so the group is of both kinds;
    when their statuses differ the group's is unknown. A joined noun with a figure or
    determiner of its own ("ten soldiers and a civilian") is a row of its own."""
    doc = noun.doc
    for conj in noun.conjuncts:
        if conj.i < noun.i or not is_person_noun(conj, lex.words):
            continue
        if any(c.dep_ in ("det", "nummod", "poss") for c in conj.children):
            continue
        if _status_of_span(doc, conj.left_edge.i, conj.i + 1, lex, conj) != status:
            return True
    return False


def _part_status(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """For "N of them" or "N of whom", whose own noun says no status, the status of the group
    the pronoun refers to ("Two officers were wounded, one of them seriously"); None when that
    group's noun says none. Not for a part given a description of its own ("30 civilians, most
    of them young men", "most of them fighters"): the annotators leave those unknown whatever
    the description's noun, as they leave a part described by "be" ("at least 40 of those
    detained were minors")."""
    q = mention.quantity
    if not q.partitive or q.noun is None:
        return None
    doc = mention.group.token.doc
    pronoun = doc[q.noun]
    if pronoun.lower_ == "whom":
        clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
        return _agreed_status([clause.head], lex) if clause is not None else None
    if pronoun.lower_ != "them":
        return None
    head = mention.group.token
    after = doc[pronoun.i + 1] if pronoun.i + 1 < len(doc) else None
    if (after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")) or _children(
        head, "appos"
    ):
        return None
    people = _antecedent_people(head, lex)
    return _agreed_status(people, lex) if people else None


def _agreed_status(nouns: list[Token], lex: CasualtyLexicon) -> str | None:
    """The one known status all `nouns` (with their modifiers) state, else None."""
    doc = nouns[0].doc
    statuses = {_status_of_span(doc, n.left_edge.i, n.i + 1, lex, n) for n in nouns}
    if len(statuses) != 1 or "unknown" in statuses:
        return None
    return statuses.pop()


def _antecedent_people(head: Token, lex: CasualtyLexicon) -> list[Token]:
    """The people "them" in the partitive `head` ("eight of them") refers to: the plural
    person nouns of the nearest clause above it that has any, as subject or object (or the
    object's "of" noun: "ambushed a convoy of police officers, killing eight of them"), else
    the previous sentence's main clause. Not the subject of the verb that harms them
    ("Soldiers shot the rebels, killing four of them"), nor a perpetrator."""
    doc = head.doc
    harmers: set[int] = set()
    if head.dep_ == "dobj":
        harmers = {s.i for v in (head.head, head.head.head) for s in _children(v, "nsubj")}
    for verb in head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        people = _main_clause_people(verb, head, harmers, lex)
        if people:
            return people
    sentence = head.sent
    if sentence.start == 0:
        return []
    root = doc[sentence.start - 1].sent.root
    while _children(root, "ccomp"):
        root = _children(root, "ccomp")[0]  # "Police said 300 people were arrested"
    return _main_clause_people(root, head, set(), lex)


def _main_clause_people(
    root: Token, head: Token, harmers: set[int], lex: CasualtyLexicon
) -> list[Token]:
    """The plural person nouns a clause's root has as subject or object (through a collective
    noun's "of": "a convoy of police officers"), leaving out the partitive `head`'s own phrase,
    the subjects in `harmers` (token indices) and perpetrators."""
    people = []
    # "Police said two of them ...": the subject of a speech verb is the speaker, not its
    # clause's people
    deps = ("nsubjpass", "dobj") if _children(root, "ccomp") else ("nsubj", "nsubjpass", "dobj")
    for arg in _children(root, *deps):
        if arg.lemma_.lower() in lex.words.collective:
            members = [
                o for p in _children(arg, "prep") if p.lower_ == "of" for o in _children(p, "pobj")
            ]
            arg = members[0] if members else arg
        if arg.i in harmers or head.left_edge.i <= arg.i <= head.right_edge.i:
            continue
        if arg.tag_ not in ("NNS", "NNPS") or arg.lemma_.lower() in lex.words.perpetrators:
            continue
        if is_person_noun(arg, lex.words):
            people.append(arg)
    return people


def _role_status(name: Token, lex: CasualtyLexicon) -> str:
    """ "Qasem Soleimani, head of Iran's Quds Force", "Ahmed Hassan, a commander of the
    militia": combatant when the apposition on a named victim is a combatant noun or names an
    armed organisation (`armed_bodies`); other roles ("a protocol officer") say nothing."""
    for appos in _children(name, "appos"):
        if lex.words.victim_status.get(appos.lemma_.lower()) == "combatant":
            return "combatant"
        if any(t.lemma_.lower() in lex.armed_bodies for t in appos.subtree):
            return "combatant"
    return "unknown"


def _status_of_span(
    doc: Doc, start: int, end: int, lex: CasualtyLexicon, noun: Token | None = None
) -> str:
    """civilian, combatant or law_enforcement when the victim's words say so, else unknown."""
    words = lex.words
    text = " " + " ".join(t.lemma_.lower() for t in doc[start:end]) + " "
    for phrase, status in words.status_compounds.items():
        if f" {phrase} " in text:
            return status
    if noun is not None:
        for key in (noun.lemma_.lower(), noun.lower_):
            if key in words.victim_status:
                return words.victim_status[key]
            if key in words.guard_nouns:
                return words.guard_nouns[key]  # "security was wounded"
    for token in doc[start:end]:
        lemma = token.lemma_.lower()
        if token.dep_ == "pobj" and lemma in words.guard_nouns:
            return words.guard_nouns[lemma]  # "the head of the embassy's security"
        if token.dep_ in ("compound", "pobj", "amod", "nmod") and lemma in words.victim_status:
            if (
                token.pos_ == "ADJ"
                and lemma in words.severity_adjectives
                and not is_person_noun(token.head, words)
            ):
                continue  # "one minor injury": how bad, not who
            return words.victim_status[lemma]
        if (
            token.lower_ in words.infant_units
            and token.i + 2 < len(doc)
            and doc[token.i + 2].lower_ == "old"
        ):
            return "civilian"  # "a six-month-old baby"
    return "unknown"


def _recovered_so_far(anchor: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether the figure counts the dead or trapped taken out of a site ("Rescuers have
    recovered 40 bodies so far", "18 bodies had been pulled from the rubble to date"): a
    search's running count is that one disaster's toll, not a tally over a period."""
    verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
    return any(v.lemma_.lower() in lex.extraction_verbs for v in (verb, root))


def _witness_count(anchor: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether the figure is a first-person running count of those seen ("We have so far
    counted eight dead soldiers and 14 wounded", "I have received 40 bodies so far", a doctor
    or rescuer at the scene): one incident's toll as it grows, not a tally over a period. Reads
    a `witness_count_verbs` verb on the harm word, its head or the clause root, with "we" or
    "I" as subject; "the ministry has so far recorded 300 deaths" stays a tally."""
    for verb in (anchor, anchor.head, root):
        if verb.lemma_.lower() in lex.witness_count_verbs and any(
            s.lower_ in ("we", "i") for s in _children(verb, "nsubj")
        ):
            return True
    return False


def _toll_of_one_event(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a toll names the one event it counts ("the death toll from Saturday's
    earthquake", "the toll of the attack")."""
    if mention.trigger.role != "toll":
        return False
    return any(
        obj.lemma_.lower() in lex.event_nouns
        for prep in _children(mention.trigger.token, "prep")
        if prep.lower_ in ("from", "of", "in")
        for obj in _children(prep, "pobj")
    )


def _scope_cues(doc: Doc, matchers: Matchers, lex: CasualtyLexicon) -> list[tuple[int, str]]:
    """(token index, scope) of the time-scope cues in `doc`; a rate ("a day") followed by
    "after" or "ago" is a point in time, not a rate."""
    out = []
    for match_id, start, end in matchers.scopes(doc):
        scope = doc.vocab.strings[match_id].lower()
        if scope == "periodic" and end < len(doc) and doc[end].lower_ in lex.rate_blockers:
            continue
        if scope == "periodic" and start > 0 and doc[start - 1].pos_ == "ADP":
            continue  # "for a day", "in a week"
        if scope == "periodic" and _in_name(doc, start, end):
            continue  # "the Daily Trust", "the Weekly Standard": a publication's name
        if scope == "periodic" and _on_report(doc[end - 1], lex):
            continue  # "in its daily update": how often the source reports
        if scope == "periodic" and end - start == 1 and _publication_noun(doc[start]):
            continue  # "The daily said five people were killed": a newspaper, not a rate
        if scope == "periodic" and end - start == 1 and _rates_other_noun(doc[start], lex):
            continue  # "a drone strike on a weekly market killed nine": the market is held
            # every week, the strike was once
        if end < len(doc) and doc[end].lower_ in ("age", "old"):
            continue  # "30 years of age": an age, not a period
        if scope == "cumulative" and end < len(doc) and doc[end].lemma_.lower() in lex.term_nouns:
            continue  # "sentenced to four years of prison": a sentence's length, not a period
        if scope == "cumulative" and (_daily_window(doc, end, lex) or _short_window(doc, end, lex)):
            continue  # "over the past day", "in three days of fighting": the incident's window
        if scope == "cumulative" and doc[start:end].text.lower() in lex.summing_cues:
            scope = "summing"  # "in all": cumulative only when no one event is summed
        elif scope == "cumulative" and doc[start:end].text.lower() in lex.until_now_cues:
            scope = "until_now"  # "so far": cumulative only when no one event is counted
        out.append((start, scope))
    return out


def _rates_other_noun(word: Token, lex: CasualtyLexicon) -> bool:
    """Whether a rate adjective ("weekly", "daily") describes a noun that is neither a harm
    ("daily killings"), a toll ("the daily toll") nor people ("daily commuters" may be the
    harmed): "a weekly market", "the daily prayers" are things that recur, not the harm."""
    if word.dep_ != "amod" or word.head.pos_ != "NOUN":
        return False
    noun = word.head
    lemma = noun.lemma_.lower()
    return not (
        lemma in lex.nouns
        or lemma in lex.toll_nouns
        or lemma in lex.toll_types
        or is_person_noun(noun, lex.words)
        or noun.lower_ in lex.words.generic
    )


def _publication_noun(word: Token) -> bool:
    """Whether a rate word ("daily", "weekly") is used as a noun with a determiner of its own
    ("the daily", "a weekly") or describes a name ("the daily Haaretz"): a newspaper."""
    if word.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in word.children):
        return True
    return word.dep_ in ("amod", "compound", "nmod") and word.head.pos_ == "PROPN"


def _on_report(cue: Token, lex: CasualtyLexicon) -> bool:
    """Whether a rate word modifies the report that tells a figure ("its daily update", "the
    weekly bulletin": `report_nouns`), not the harm."""
    return cue.dep_ in ("amod", "compound") and cue.head.lemma_.lower() in lex.report_nouns


def _in_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words `start`..`end` are capitalised inside a name: an entity holds them, or
    a capitalised word follows ("the Daily Nation newspaper", "Weekly Standard")."""
    span = doc[start:end]
    if not all(t.is_title for t in span):
        return False
    if any(ent_label(t) for t in span):
        return True
    return end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"


def _scopes_other_clause(cue: Token, anchor: Token) -> bool:
    """Whether a time-scope cue lies in a relative, participial, adverbial or prepositional
    clause that does not hold the harm word `anchor` ("the toll had climbed to 151, with 89
    bodies identified so far", "four were killed, bringing the deaths recorded to date to
    41"): it scopes that clause's figure, not this one. Reads up at most eight heads from the
    cue."""
    token = cue
    for _ in range(8):
        if token.dep_ in ("acl", "relcl", "advcl", "pcomp"):
            if token.dep_ == "advcl" and token.tag_ == "VBG" and anchor.pos_ == "VERB":
                # "killed 11 overnight, bringing the toll from weeks of flooding to 181": a
                # participle after the harm verb tells a figure of its own
                return not _governs(token, anchor)
            # "89 bodies identified so far": a clause on the harm noun itself scopes it.
            return not (_governs(token, anchor) or token.head == anchor)
        if token.head == token:
            break
        token = token.head
    return _other_statement(cue, anchor)


#: words that open a complement clause: "said X, and that Y" tells two statements
COMPLEMENTIZERS = frozenset({"that", "whether"})


def _statement(token: Token) -> Token | None:
    """The verb of the complement clause holding `token` when a speech verb's complement is
    two clauses, the later opened by its own "that" ("said 19 bodies had been recovered so far,
    and that officers had killed six"); None outside such a pair."""
    for _ in range(10):
        if token.pos_ in ("VERB", "AUX"):
            if token.dep_ == "conj" and _opened_by_complementizer(token):
                return token
            if any(
                c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _opened_by_complementizer(c)
                for c in token.children
            ):
                return token
        if token.head == token:
            return None
        token = token.head
    return None


def _opened_by_complementizer(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in verb.children)


def _other_statement(word: Token, anchor: Token) -> bool:
    """Whether a time word and a harm word sit in two statements of one speech verb: each
    statement has its own time words."""
    own = _statement(anchor)
    return own is not None and _statement(word) not in (None, own)


def _daily_window(doc: Doc, start: int, lex: CasualtyLexicon) -> bool:
    """Whether the words from token `start` on are a window of one day ("day", "24 hours")."""
    for window in lex.daily_windows:
        words = doc[start : start + len(window)]
        if len(words) == len(window) and tuple(t.lower_ for t in words) == window:
            return True
    return False


def _short_window(doc: Doc, end: int, lex: CasualtyLexicon) -> bool:
    """Whether the cue that ends at token `end` opens ("in the past week", "over the last 48
    hours") or closes ("three days of fighting", "after days of rain") a period no longer than
    `incident_window_days`: a battle or a disaster told over a few days is one incident's toll;
    weeks of a campaign, months and years are a tally. A count that is not read keeps the tally.
    A cue ending in "of" whose last noun is no unit ("over the course of three hours") opens
    the period like "in the past"; an until-now cue ("as of last week") names a moment, no
    period."""
    if _written_at(doc, end, lex.until_now_cues, ending=True):
        return False
    if (
        end >= 2
        and doc[end - 1].lower_ == "of"
        and doc[end - 2].lemma_.lower() in lex.window_unit_days
    ):
        unit = doc[end - 2]  # "days of": the unit closes the cue, its count stands before it
        numbers = [c for c in unit.children if c.dep_ == "nummod"]
    elif end < len(doc):
        unit = next(
            (t for t in doc[end : end + 4] if t.lemma_.lower() in lex.window_unit_days), None
        )
        if unit is None:
            return False
        numbers = [t for t in doc[end : unit.i] if t.dep_ == "nummod" or t.like_num]
        if any(t.pos_ not in ("NUM", "DET", "ADJ") for t in doc[end : unit.i]):
            return False  # "the past two weeks" reads; "the past Assad years" does not
    else:
        return False
    days = lex.window_unit_days.get(unit.lemma_.lower())
    if days is None:
        return False
    count: float = 1.0
    if numbers:
        value = lex.words.numbers.parse(" ".join(t.text for t in numbers))
        if value is None:
            return False
        count = float(value)
    elif unit.tag_ == "NNS" and days > 1:
        return False  # "weeks of fighting", "in the past months": longer than a week
    return count * days <= lex.incident_window_days


def _short_duration(date: DateItem, lex: CasualtyLexicon) -> bool:
    """Whether a duration date's TIMEX value ("P3D", "P1W", "PT48H") is at most
    `incident_window_days` long: the window of one incident, not a tally period."""
    match = re.fullmatch(r"P(T?)(\d+(?:\.\d+)?)([HDWMY])", date["value"] or "")
    if match is None:
        return False
    per_unit = {"H": 1 / 24, "D": 1.0, "W": 7.0, "M": 30.0, "Y": 365.0}
    unit = match.group(3)
    if match.group(1) == "T" and unit != "H":
        return False  # minutes ("PT30M") are no period a figure is tallied over
    return float(match.group(2)) * per_unit[unit] <= lex.incident_window_days


def _event_aftermath(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a duration is an uncounted plural of a unit of a day or less followed by an
    `event_window_marks` word ("the days after the disputed election", "the hours following
    the quake"): the aftermath of one event, not a period a tally runs over."""
    unit = span[-1]
    if unit.tag_ != "NNS" or any(t.like_num for t in span):
        return False
    if lex.window_unit_days.get(unit.lemma_.lower(), 2) > 1:
        return False  # "in the weeks after the coup": a campaign's weeks
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.lower_ in lex.event_window_marks


def _within_short_window(
    root: Token, dates: list[tuple[Span, DateItem]], lex: CasualtyLexicon
) -> bool:
    """Whether the harm's clause is told over a period of at most `incident_window_days`
    ("police have arrested more than 2,500 people in a week of raids", "have detained 1,300
    over the past 24 hours"): one operation's toll, not a campaign's tally, however large."""
    return any(
        date["granularity"] == "duration"
        and _short_duration(date, lex)
        and _over_a_period(span, lex)
        and _in_clause(root, span.root)
        and not _under_part_phrase(span, root)
        for span, date in dates
    )


def _under_part_phrase(span: Span, root: Token) -> bool:
    """Whether a date closes a part phrase of the clause of `root` ("at least 37,000 have been
    killed in the war, including 45 in the past 24 hours", "among them 60 in the last 24
    hours"): it dates the part, not the whole the clause tells. Read from the surface, as the
    parser often hangs the date on the verb: a part word after the verb, with no punctuation
    between it and the date ("including 40 women, over the past week" dates the whole)."""
    doc = span.doc
    for i in range(span.start - 1, root.i, -1):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ in PART_PREPS:
            return True
    return False


def _time_scope(
    mention: Mention,
    sent: Span,
    cues: list[tuple[int, str]],
    dates: list[tuple[Span, DateItem]],
    lex: CasualtyLexicon,
    published: str | None = None,
) -> str:
    """incident, cumulative ("since the war began", "so far this year", "in 2018", "killed in
    attacks") or periodic ("every day", "per year", "they kill taxi drivers")."""
    if mention.habitual:
        return "periodic"
    anchor = mention.trigger.token
    root = _clause_root(anchor)
    # "losing 1,000 soldiers killed or wounded every day": the rate may hang on a participle
    # that tells the group's harm, or on the last of harm words joined without a subject of
    # their own; it rates the figure all the same
    told = [c for c in _children(mention.group.token, "acl") if c.tag_ == "VBN"]
    shared = [
        c
        for head in (anchor, *told)
        for c in head.conjuncts
        if not _children(c, "nsubj", "nsubjpass")
    ]
    if any(_rate_adverbial(head, lex) for head in (root, anchor, *told, *shared)):
        return "periodic"  # "every 72 minutes, a veteran commits suicide"
    if any(_share_of_events(head, lex) for head in (root, anchor)):
        return "cumulative"  # "arrests were made in more than 60 percent of murder cases"
    if (
        mention.type == "detained"
        and anchor.lemma_.lower() in lex.arrest_act_verbs
        and _is_perfect(anchor)
        and any(_since_a_time(c) for c in _children(anchor, "prep"))
    ):
        # "Kopp had been arrested in several states since 1990": one arrest has a day, not a
        # span; arrests since a time are a person's record, not a detention of the report's
        return "cumulative"
    if mention.quantity.kind in ("indefinite", "definite", "named", "pronoun", "zero", "ordinal"):
        return "incident"  # one person, or nobody: an incident
    if mention.quantity.value == 1:
        return "incident"
    if _dated_occasion(anchor, root, lex):
        return "incident"  # "since March, when a strike left three sailors dead"
    if _date_range(root, dates, lex):
        return "cumulative"  # "1,617 killed and 580 injured between January and March"
    if (
        _campaign_claim(mention, anchor, root, lex) and not _within_short_window(root, dates, lex)
    ) or _standing_stock(mention, anchor, root, lex):
        return "cumulative"
    if mention.trigger.role == "toll" and _campaign_toll(anchor, lex):
        return "cumulative"
    doc = sent.doc
    state = _held_state(mention, anchor, lex)
    in_sentence = [
        scope
        for i, scope in cues
        if sent.start <= i < sent.end
        and not _scopes_other_clause(doc[i], anchor)
        and not (state and _since_a_time(doc[i]))
        # "in the biggest capture since the war began": the period ranks, it tallies nothing
        and not (doc[i].lower_ == "since" and _superlative_since(doc[i]))
        and not _timestamp_only(doc[i], anchor, root, lex)
    ]
    for scope in ("periodic", "cumulative"):
        if scope in in_sentence:
            return scope
    if "until_now" in in_sentence:
        if (
            _single_event(root, anchor, lex)
            or _toll_of_one_event(mention, lex)
            or _definite_disaster(_cause(anchor, lex), lex)
            or _recovered_so_far(anchor, root, lex)
            or _witness_count(anchor, root, lex)
            or _after_one_event_lead(sent, lex)
        ):
            # "the toll from Saturday's earthquake has risen to 2,000 so far", "the floods have
            # so far killed 52": that event's toll until now
            return "incident"
        return "cumulative"  # "so far, 300 people have been killed"
    if "summing" in in_sentence and not _told_events(root, anchor, lex):
        return "cumulative"  # "in total, 300 people have died"; not "in all, 11 were killed in
        # the attack" nor "in total, 23 were hurt in the two blasts", which sum what the
        # article reports
    if (
        mention.trigger.role == "noun"
        and mention.quantity.qualifier == "vague"
        and _blamed(mention.trigger.token, lex)
    ):
        return "cumulative"  # "responsible for the deaths of hundreds of service members"
    if (
        mention.type == "killed"
        and _by_itself(mention.trigger)
        and _epidemic_count(sent, dates, lex)
    ):
        return "cumulative"  # "At least 52 thousand deaths were linked to COVID-19"
    has_day = coarse = governed_coarse = tallied = lasting = False
    for span, date in dates:
        if not (sent.start <= span.start < sent.end) or _other_statement(span.root, anchor):
            continue
        if date["granularity"] in ("day", "time") or date["kind"] == "time":
            has_day = True
        elif (
            date["granularity"] in lex.tally_granularities
            and root.lemma_.lower() in lex.tally_verbs
            and span.root.head == root
            and span.root.dep_ in ("nsubj", "npadvmod")
        ):
            coarse = governed_coarse = True  # "March 2016 saw 46 homicides"
        elif date["granularity"] in lex.tally_granularities and (
            _tallied_harm(span, anchor, lex) or _toll_of_events_over(span, mention, lex)
        ):
            # "the number of people killed this month": whatever event raised it
            coarse = governed_coarse = tallied = True
        elif date["granularity"] in lex.scope_date_granularities:
            if date["granularity"] == "duration" and not _over_a_period(span, lex):
                continue  # "trapped for hours", "thirteen hours later": not a tally
            if date["granularity"] == "duration" and any(
                _daily_window(span.doc, span.end - len(window), lex)
                for window in lex.daily_windows
                if len(window) <= len(span)
            ):
                continue  # "in the last 24 hours": a daily report's window, the incident
            if date["granularity"] == "duration" and _short_duration(date, lex):
                continue  # "in three days of fighting": one incident's window
            if date["granularity"] == "duration" and _event_aftermath(span, lex):
                continue  # "detained 2,000 in the days after the election"
            if date["granularity"] == "duration" and _event_length(span, lex):
                # "during the three-week offensive": weeks of an event told by its length (a
                # short one was left above), a campaign the toll is tallied over
                lasting = True
            elif _dates_an_event(span, lex):
                continue  # "2017's Hurricane Maria": the year of one event, not a tally period
            if _event_clause(root, lex.aftermath_marks) and not _in_clause(root, span.root):
                continue  # "rates dropped in 2018 after two children died": the year is the
                # main clause's; the harm is one occurrence at a point in it
            if _is_age(span):
                continue  # "between 20 to 30 years of age", "five years old"
            if state and span.start > 0 and _since_a_time(doc[span.start - 1]):
                continue  # "have been held since 2023": how long one group is so
            if _in_comparison(span.root):
                continue  # "the deadliest day of fighting in several years"
            if span[0].lower_ in lex.point_date_words:
                continue  # "Earlier this year, police arrested 143": a point, not the period
            coarse = True
            # "In 2018, 750 people died", "168 homicides this year"; not "of the year" nor a
            # date in a relative clause ("the attacks, the worst in two years").
            if _in_clause(root, span.root) or _in_clause(anchor, span.root):
                governed_coarse = True
            elif span.root.dep_ == "nsubj":
                governed_coarse = True  # "2018 saw 750 deaths"
    if (
        coarse
        and not tallied
        and not lasting
        and (_single_event(root, anchor, lex) or _at_one_site(anchor, lex))
    ):
        # "earlier this year, an earthquake caused eleven deaths", "In 2019 he survived a drone
        # attack that left six soldiers dead": one event's toll, whenever it was.
        return "incident"
    aggregate = False
    for token in sent:
        if (
            token.lower_ == "since"
            and (_governs(root, token) or _governs(anchor, token))
            and not _other_statement(token, anchor)
            # "killed 40, bringing the toll since the war began to 35,000": the toll's period
            and not (anchor.pos_ == "VERB" and _in_participle_after(token, root))
        ):
            if token.dep_ == "advmod" and not list(token.children):
                continue  # "have been held in detention since": a state kept from the event
                # told before, not a tally over a period
            if _recent_day_after(token, dates, published, lex):
                continue  # "relocated since Wednesday": the incident, told from its day on
            if _since_one_event(token, lex):
                continue  # "have fled since the attack": the incident, told from it on
            if state and _since_a_time(token):
                continue  # "have been missing since March": how long one group is so
            if _superlative_since(token):
                continue  # "arrested 47, the largest operation since the law was imposed"
            return "cumulative"  # "since 2015", "since the war began", "since January"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "in"
            and token.tag_ == "NNS"
            and token.lemma_.lower() in lex.aggregate_event_nouns
            and not any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
        ):
            aggregate = True  # "killed in attacks last month"
    if governed_coarse or (coarse and (aggregate or not has_day)):
        return "cumulative"
    return "incident"


def _by_itself(trigger: Trigger) -> bool:
    """Whether a harm is told with no one doing it: a death noun ("deaths", "the death toll")
    or "die", not a killing someone did ("gunmen killed 12 at a cholera clinic")."""
    return trigger.role in ("noun", "toll") or trigger.token.lemma_.lower() == "die"


def _epidemic_count(sent: Span, dates: list[tuple[Span, DateItem]], lex: CasualtyLexicon) -> bool:
    """Whether a sentence ties its deaths to an epidemic (`epidemic_nouns`) and gives them no day
    of their own: the running count of the disease's deaths, not one incident's. A day read
    with a `timestamp_cues` cue ("as of yesterday") dates the count, not the deaths."""
    if not any(token.lower_ in lex.epidemic_nouns for token in sent):
        return False
    doc = sent.doc
    for span, date in dates:
        if not (sent.start <= span.start < sent.end):
            continue
        if date["granularity"] not in ("day", "time") and date["kind"] != "time":
            continue
        if _written_at(doc, span.start, lex.timestamp_cues, ending=True):
            continue
        return False
    return True


def _tallied_harm(span: Span, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether a date dates a harm participle that describes the people a count noun counts
    ("raised to 50 the number of people killed in the state this month", "bringing the number of
    civilians killed in the region this week to 12"), and the mention is that count or that
    harm: the period the tally runs over, not the day of one incident (the sentence's own
    incident, "shelling killed 3 on Friday, bringing the number ...", keeps its scope)."""
    participle = span.root.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return False
    of = participle.head.head
    return (
        participle.head.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() in lex.toll_nouns
        and anchor in (participle, of.head)
    )


def _toll_of_events_over(span: Span, mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a toll's figure sums a bare plural of events (`aggregate_event_nouns`) that a
    week or month dates ("raising the death toll from attacks on the city this week to 14"):
    a tally over the period, whatever incident the sentence adds to it; not one event's toll
    ("the toll from Saturday's strikes", "the toll from the attacks")."""
    if mention.trigger.role != "toll":
        return False
    toll = mention.trigger.token
    dated = span.root.head
    if dated in (toll, toll.head):
        # the parser hangs the date on the toll or its verb: the events are the toll's phrase
        events = [
            o for h in (toll, toll.head) for p in _children(h, "prep") for o in _children(p, "pobj")
        ]
    else:
        events = [dated]
    return any(
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in lex.aggregate_event_nouns
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("from", "in", "of")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
        for noun in events
    )


def _held_state(mention: Mention, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether a missing or captive figure is told as a state its group is in ("have been
    missing since March", "have been held by the group since January", "remain in custody"),
    not as acts that add people ("have detained 2,000 since the election", "have gone
    missing"): the harm word is a `state_words` word and, for an adjective, its verb a
    `state_copulas` copula."""
    if mention.type not in ("missing", "abducted", "detained", "trapped"):
        return False
    if anchor.lemma_.lower() not in lex.state_words and anchor.lower_ not in lex.state_words:
        return False
    if anchor.pos_ in ("VERB", "AUX") and anchor.lower_ not in lex.state_words:
        return True  # "have been held", "remained in custody"
    if any(c.dep_ == "aux" and c.lemma_.lower() in lex.state_copulas for c in anchor.children):
        return True  # "have been missing" parsed as a progressive
    return anchor.head.lemma_.lower() in lex.state_copulas and anchor.dep_ in (
        "acomp",
        "attr",
        "oprd",
    )  # "remain missing", not "have gone missing"


def _timestamp_only(cue: Token, anchor: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether a `timestamp_cues` cue ("as of") only says when a figure was read: the verb of
    the harm's clause is not perfect ("three remained hospitalized as of Monday", "were taken
    to a hospital, their conditions unknown as of Thursday"), so it counts the incident's
    people at that time, not a tally up to it ("the virus had killed 813 as of yesterday")."""
    if not _written_at(cue.doc, cue.i, lex.timestamp_cues):
        return False
    return not any(_is_perfect(verb) for verb in {anchor, _own_clause_verb(anchor, root)})


def _written_at(doc: Doc, at: int, phrases: Iterable[str], *, ending: bool = False) -> bool:
    """Whether one of `phrases` (lower-case words) is written from token `at` on, or with
    `ending` up to it: a cue that the scope matcher found, read again by its words."""
    for phrase in phrases:
        size = len(phrase.split())
        words = doc[max(0, at - size) : at] if ending else doc[at : at + size]
        if words.text.lower() == phrase:
            return True
    return False


def _since_a_time(since: Token) -> bool:
    """Whether "since" opens a point in time ("since March", "since 2022", "since then", "since
    last year"), not an era ("since the war began", "since the start of the conflict")."""
    if since.lower_ != "since":
        return False
    following = since.doc[since.i + 1 : since.i + 2]
    if not following:
        return False
    word = following[0]
    return word.lower_ == "then" or ent_label(word) == "DATE" or word.like_num


def _own_clause_verb(anchor: Token, root: Token) -> Token:
    """The verb whose tense a harm word without an auxiliary takes: the clause root, unless a
    conjunct on the way up has a subject of its own ("11,300 people had died and 10,100 were
    missing": "were", not the first clause's perfect), or an auxiliary of its own that the
    conjuncts after it share ("The war broke out in 2023 and has killed thousands and driven
    10 million from their homes": "driven" is perfect like "has killed", not past like
    "broke")."""
    token = anchor
    while token != root and token.head != token:
        if token.dep_ == "conj" and _children(token, "nsubj", "nsubjpass"):
            return token
        joined = token.dep_ == "conj"
        token = token.head
        if joined and token != root and _children(token, "aux", "auxpass"):
            return token
    return root


def _campaign_claim(mention: Mention, anchor: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """True for a perfect-tense harm by an actor with a figure of thousands or more, vague or
    not ("the supporters of Jihad have killed tens of thousands", "the group has displaced
    millions of people", "Israel says it has killed over 17,000 militants"), or by an ongoing
    conflict (`campaign_subjects`) with any figure: the tally of a campaign, not one incident.
    Reads the harm word, the verb that carries its tense and that verb's subject; an event
    subject ("the floods have displaced thousands") and a small figure ("police have arrested
    two men") stay incident."""
    quantity = mention.quantity
    # "has won battles and displaced millions": a harm word without an auxiliary of its own
    # takes its tense from the clause it hangs in.
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
    tensed = anchor if own_aux else _own_clause_verb(anchor, root)
    if (
        _is_perfect(tensed)
        and (quantity.low or quantity.best or 0) >= lex.campaign_min_low
        and _within_campaign(anchor, tensed, lex)
    ):
        # "at least 34,971 Palestinians have been killed in the war", "more than 14,000 have
        # died in Sudan's war": the conflict's tally so far told with the harmed as subject, as
        # "the war has killed" tells it with the conflict as subject.
        return True
    if not _is_perfect(tensed) or _is_passive(tensed):
        return False
    if tensed is not anchor and tensed.lemma_.lower() in lex.speech_verbs:
        return False  # "the ministry had reported 12 dead and 2,800 wounded": the perfect is
        # the report's, its subject the source, not an actor's campaign
    subjects = _children(tensed, "nsubj")
    if not subjects and tensed.dep_ == "conj" and tensed.head.pos_ in ("VERB", "AUX"):
        # "The war broke out in April 2023 and has killed tens of thousands": the subject of
        # the verb it is joined to.
        subjects = _children(tensed.head, "nsubj")
    if any(s.lemma_.lower() in lex.campaign_subjects for s in subjects):
        return True  # "the war has ... driven more than 12 million from their homes": an
        # ongoing conflict's perfect is its tally so far, whatever the figure
    if (quantity.low or 0) < lex.campaign_min_low:
        return False  # "police have arrested two men", "have detained dozens": an incident
    tolls = [s for s in subjects if s.lemma_.lower() in lex.toll_nouns]
    if tolls:
        # "the death toll from the earthquake has risen to 2,000": no actor, one event's toll;
        # "the war's death toll has risen to 30,000": a conflict's tally.
        return any(
            word.lemma_.lower() in lex.campaign_subjects for toll in tolls for word in toll.subtree
        )
    if quantity.qualifier != "vague" and any(
        quantity.start <= s.i < quantity.end or s == mention.group.token for s in subjects
    ):
        return False  # "more than 10,000 people have fled their homes": the harmed are the
        # subject, no actor's campaign; a figure read out of one report
    return bool(subjects) and all(
        s.lemma_.lower() not in lex.event_nouns
        and not _one_event(s, lex)  # "Storm Daniel has killed 5,300": a named event, no actor
        and ent_label(s) not in ("DATE", "TIME")
        for s in subjects
    )


def _dead_found_trapped(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The counted toll of the dead that a trapped figure names again as "the" victims with the
    very figure of that toll ("killed six people ... The six victims were found under the
    rubble"), else None: victims told of a toll are its dead, wherever they were found."""
    q = mention.quantity
    if mention.type != "trapped" or q.partitive or q.additive or q.noun is None:
        return None
    noun = mention.group.token.doc[q.noun]
    if noun.lemma_.lower() not in lex.reference_nouns:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    tolls = [
        e
        for e in earlier
        if e.type == "killed"
        and e.counts
        and e.time_scope == "incident"
        and (e.quantity.value, e.quantity.qualifier) == (q.value, q.qualifier)
    ]
    return tolls[-1] if tolls else None


def _campaign_toll_brought_to(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> bool:
    """Whether an incident's own sentence brings a campaign's toll to a figure ("Three soldiers
    were killed ..., bringing the army's death toll in the ground offensive to 290"): a toll
    whose phrase names an ongoing conflict (`campaign_subjects`: "offensive", "fighting"),
    raised by a participle on the sentence's clause, to at least `tally_incident_ratio` times a
    counted incident figure of its harm told in that sentence; the campaign's tally, not the
    incident's toll revised. One event's toll ("raising the death toll from the attack to
    five") is revised."""
    if mention.trigger.role != "toll" or not mention.group.update:
        return False
    toll = mention.trigger.token
    # the parser may read "offensive" of "the ground offensive to 290" as the toll's verb: the
    # participle is then the one above it
    verb = next(
        (t for t in [toll, *list(toll.ancestors)[:3]] if t.tag_ == "VBG"),
        None,
    )
    if verb is None or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    doc = toll.doc
    if not any(
        t.lemma_.lower() in lex.campaign_subjects
        and not any(c.like_num or ent_label(c) == "DATE" for c in t.children)
        for t in doc[toll.i : mention.quantity.start]
    ):
        return False
    return _dwarfs_incident_figure(mention, earlier, same_sentence=True, lex=lex)


def _war_tally_after_incident(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> bool:
    """Whether a figure is a war's tally told after the article's incident ("Russian shelling
    killed four civilians in Kherson on Monday ... More than 10,000 civilians have been killed
    in Ukraine, according to the UN"): told in the perfect with a figure of thousands or more
    (`campaign_min_low`), no event as its cause, no day of the act and no revision ("the toll
    has risen to"), in an article that names a conflict (`campaign_subjects`), after a counted
    incident figure of its harm `tally_incident_ratio` times smaller or more. A disaster's
    toll grown ("20 died on Monday ... More than 2,000 have now died") names no conflict."""
    size = mention.quantity.low or mention.quantity.best
    if size is None or size < lex.campaign_min_low:
        return False
    if mention.group.update or mention.updates or mention.trigger.role == "toll":
        return False
    if mention.cause is not None or mention.act_day is not None:
        return False
    anchor = mention.trigger.token
    root = _clause_root(anchor)
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
    if not _is_perfect(anchor if own_aux else _own_clause_verb(anchor, root)):
        return False
    if any(t.lemma_.lower() in lex.event_nouns and _in_clause(root, t) for t in root.subtree):
        return False
    if not any(t.lemma_.lower() in lex.campaign_subjects for t in anchor.doc):
        return False
    return _dwarfs_incident_figure(mention, earlier, same_sentence=False, lex=lex)


def _dwarfs_incident_figure(
    mention: Mention, earlier: list[Mention], *, same_sentence: bool, lex: CasualtyLexicon
) -> bool:
    """Whether a figure is at least `tally_incident_ratio` times a counted incident figure of
    its harm told before it (in its own sentence, with `same_sentence`): a tally that holds
    the incident, not the incident's toll told again or revised."""
    size = mention.quantity.low or mention.quantity.best
    if size is None:
        return False
    return any(
        e.type == mention.type
        and e.counts
        and e.time_scope == "incident"
        and (not same_sentence or e.sent == mention.sent)
        and (_size(e.quantity, low_first=True) or 0) * lex.tally_incident_ratio <= size
        for e in earlier
    )


def _campaign_toll(toll: Token, lex: CasualtyLexicon) -> bool:
    """Whether a toll noun is a whole war's, in any tense: "brought the total death toll in the
    war to more than 30,000", "the toll of the conflict rose to 15,000", "the war's death toll
    stands at 35,000" (`war_toll_nouns`). Not one event's toll ("the toll from Saturday's
    strike"), an episode's ("the toll in the fighting") nor a dated war's ("the 2014 war")."""
    verb = toll.head if toll.dep_ in ("dobj", "nsubj", "nsubjpass") else toll
    nouns = [c for c in toll.children if c.dep_ == "poss"]
    for head in {toll, verb}:
        for prep in _children(head, "prep"):
            if prep.lower_ in ("in", "of", "during") and (head is toll or prep.lower_ != "of"):
                nouns += _children(prep, "pobj")
    return any(
        noun.lemma_.lower() in lex.war_toll_nouns
        and not any(c.like_num or ent_label(c) == "DATE" for c in noun.children)
        for noun in nouns
    )


def _within_campaign(anchor: Token, tensed: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm word or the verb carrying its tense has a phrase "in", "during" or "by"
    whose object is an ongoing conflict (`campaign_subjects`: "in the war", "during Israel's
    offensive", "by the fighting"), not a dated or numbered one ("in the 2014 war")."""
    for head in {anchor, tensed}:
        for prep in head.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "during", "by"):
                continue
            for noun in _children(prep, "pobj"):
                if noun.lemma_.lower() not in lex.campaign_subjects:
                    continue
                if any(c.like_num or ent_label(c) == "DATE" for c in noun.children):
                    continue  # "in the 2014 war": one past war's toll
                return True
    return False


def _standing_stock(mention: Mention, anchor: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """True for a state told in the present with a figure (not a vague word) of thousands or
    more and no event in its clause ("More than 7 million people are displaced in Congo",
    "some 2.3 million remain displaced", "21,000 people remain in detention"): a stock that has
    built up, not one incident's toll.
    Reads the type (`stock_types`), the figure's low bound, the tense of the harm word or the
    verb above it, and the event nouns of the clause ("are missing after the floods" is the
    floods' toll)."""
    size = mention.quantity.low or mention.quantity.best or 0  # "about 21,000": best only
    if mention.type not in lex.stock_types or size < lex.campaign_min_low:
        return False
    if mention.quantity.qualifier == "vague":
        return False  # "thousands remain displaced" after a flood: the disaster's own figure
    verbs = [
        anchor,
        root,
        *(c for t in (anchor, root) for c in t.children if c.dep_.startswith("aux")),
    ]
    if not any(v.tag_ in ("VBP", "VBZ") for v in verbs):
        return False
    if any(_is_perfect(v) for v in (anchor, root)):
        return False  # "have fled": an event, told as done
    return not any(
        t.lemma_.lower() in lex.event_nouns and _in_clause(root, t) for t in root.subtree
    )


def _blamed(noun: Token, lex: CasualtyLexicon) -> bool:
    """True when a `culpability_words` word governs a harm noun within four steps ("were
    responsible for the deaths of", "was blamed for the killing of"); a coordinated harm noun
    ("and the wounding of thousands more") shares its first conjunct's governor."""
    if noun.dep_ == "conj" and any(
        c.lemma_.lower() in lex.culpability_words for c in noun.head.children
    ):
        return True  # "were responsible for the deaths of ... and the wounding of ...", the
        # second noun parsed as a conjunct of the verb
    return _governed_by(noun, lex.culpability_words, 4)


def _since_one_event(since: Token, lex: CasualtyLexicon) -> bool:
    """Whether "since" opens one event told by a definite singular event noun ("since the
    attack", "since the blast", "since Monday's shelling"): the count runs from that incident,
    as from its day. Not a dated or numbered event ("since the 2019 attack"), nor a clause
    ("since the attacks began")."""
    objects = _children(since, "pobj")
    if len(objects) != 1:
        return False
    noun = objects[0]
    if noun.lemma_.lower() not in lex.event_nouns or noun.tag_ != "NN":
        return False
    definite = False
    for child in noun.children:
        if child.like_num or (ent_label(child) == "DATE" and child.dep_ != "poss"):
            return False  # "since the 2019 attack"
        if child.dep_ == "det" and child.lower_ in ("the", "this", "that"):
            definite = True
        if child.dep_ == "poss":
            definite = True  # "since Monday's shelling"
    return definite


def _recent_day_after(
    since: Token, dates: list[tuple[Span, DateItem]], published: str | None, lex: CasualtyLexicon
) -> bool:
    """Whether "since" opens a day at most `lex.recent_since_days` before publication ("since
    Wednesday", "since yesterday"), or a clause dated by one ("since rescue operations began on
    Monday"): the count runs from the incident's own day, not over a period. Reads the dates
    stage's spans and the publication date (ISO); False without it."""
    if published is None:
        return False
    for span, date in dates:
        if date["granularity"] not in ("day", "time"):
            continue
        if span.start != since.i + 1:
            continue
        day = date["resolved_start"]
        if not day:
            return False
        return 0 <= _days_before(day, published) <= lex.recent_since_days
    return False


def _share_of_events(head: Token, lex: CasualtyLexicon) -> bool:
    """Whether `head` has an "in" phrase of a share of plural events ("in more than 60 percent
    of murder cases", "in half of the attacks", "in 40% of the shootings"); "in the third of the
    attacks" ranks one of them."""
    return any(
        noun.lower_ in lex.share_words
        and not any(c.dep_ == "det" and c.lower_ in lex.words.definite for c in noun.children)
        and any(
            of.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in _children(of, "pobj"))
            for of in _children(noun, "prep")
        )
        for prep in _children(head, "prep")
        if prep.lower_ == "in"
        for noun in _children(prep, "pobj")
    )


def _rate_adverbial(head: Token, lex: CasualtyLexicon) -> bool:
    """Whether `head` has a rate adverbial: "every 72 minutes", "each week", "per hour", "at
    three times the rate of civilians"."""
    for child in head.children:
        nouns = _children(child, "pobj") if child.dep_ == "prep" else [child]
        for noun in nouns:
            if child.lower_ == "at" and noun.lemma_.lower() in lex.rate_nouns:
                return True
            if noun.lemma_.lower() not in lex.rate_units:
                continue
            if child.lower_ == "per" or any(
                c.dep_ == "det" and c.lower_ in ("every", "each") for c in noun.children
            ):
                return True
    return False


def _is_age(span: Span) -> bool:
    """Whether a duration is someone's age ("20 to 30 years of age", "the 5-year-old")."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 2]]
    return after[:1] == ["old"] or after == ["of", "age"] or span[-1].lower_ in ("old", "age")


def _in_comparison(token: Token) -> bool:
    """Whether a date belongs to a superlative ("the deadliest day in several years"), or to a
    "since" phrase that ranks one ("one of the biggest defeats for the army since the 2021
    coup", the phrase hung on the verb)."""
    for _ in range(6):
        if token.tag_ == "JJS" or any(c.tag_ == "JJS" for c in token.children):
            return True
        if token.lower_ == "since" and token.dep_ == "prep":
            return _superlative_since(token)
        if token.head == token:
            return False
        token = token.head
    return False


def _superlative_since(since: Token) -> bool:
    """Whether "since" ranks a noun by a superlative ("the largest single operation since the
    law was imposed", "one of the deadliest attacks since the coup"): the period is the
    comparison's, not one the figure is tallied over."""
    noun = since.head
    if noun.pos_ in ("VERB", "AUX") and noun.dep_ in ("advcl", "relcl", "acl"):
        noun = noun.head  # "since" opening a clause on the noun
    if _ranked_noun(noun):
        return True
    # "captured 200 soldiers ..., in one of the biggest defeats for the army since the coup",
    # with "since" hung on the verb: the ranked noun phrase it closes on the surface.
    token = since.doc[since.i - 1] if since.i > 0 else since
    for _ in range(3):
        if _ranked_noun(token):
            return True
        if token.head == token or token.head.i >= since.i:
            return False
        token = token.head
    return False


def _ranked_noun(noun: Token) -> bool:
    """A noun or adjective ranked by a superlative ("the largest operation", "deadliest")."""
    return noun.pos_ in ("NOUN", "ADJ") and (
        noun.tag_ == "JJS" or any(c.tag_ == "JJS" for c in noun.children)
    )


def _over_a_period(span: Span, lex: CasualtyLexicon) -> bool:
    """ "over the past two weeks", "in two years": a duration the figure is tallied over."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    words = {first.lower_, before.lower_ if before is not None else ""}
    return bool(words & lex.period_preps)


def _in_clause(head: Token, token: Token) -> bool:
    """Whether `token` is in the clause of `head`: `head` is its ancestor without a relative,
    adverbial or complement clause in between."""
    for _ in range(8):
        if token == head:
            return True
        if token.head == token or token.dep_ in (
            "relcl",
            "acl",
            "advcl",
            "ccomp",
            "parataxis",
            "appos",
        ):
            return False
        token = token.head
    return False


def _single_event(root: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm's clause names one event ("an earthquake", "the attack") as its cause,
    is a relative clause on one ("a drone attack that left six soldiers dead", "Typhoon Haiyan,
    which killed over 6,000 people in 2013"), or is timed by one occurrence ("died when the
    plane crashed")."""
    if root.dep_ in ("relcl", "acl") and _one_event(root.head, lex):
        return True
    subject = _lost_subject(anchor)
    if subject is not None and _one_event(subject, lex):
        return True  # "Last year, a rocket attack on the camp north of the town killed 16"
    if any(_named_event(s, lex) for s in _children(anchor, "nsubj")):
        return True  # "Storm Daniel has so far killed 5,300 people in Libya"
    if any(_occurrence_clause(child, lex) for child in root.children):
        return True
    if _consequence_of_occurrence(root, anchor, lex):
        return True
    if _lone_doer(anchor, lex):
        return True
    cause = _cause(anchor, lex)
    if _placed_mass_event(cause or _shared_cause(anchor, lex), lex):
        return True
    if (
        cause is not None
        and cause.tag_ == "NNS"
        and cause.lemma_.lower() not in lex.aggregate_event_nouns
        and not any(c.dep_ == "nummod" for c in cause.children)
        and (_placed(cause, lex) or cause.head.lemma_.lower() in lex.occurrence_verbs)
    ):
        # "In 2018, floods and landslides in Kerala killed nearly 500 people", "In 2022, floods
        # submerged a third of the country, killing more than 1,700": a disaster in the plural
        # placed in one region or told by what it did is one event; plain "floods killed 1,000
        # in 2019" and "in 2023, shootings killed 750" sum a year.
        return True
    for head in {root, anchor}:
        for token in head.subtree:
            if (
                (
                    token.lemma_.lower() in lex.event_nouns
                    or token.lemma_.lower() in lex.operation_nouns  # "in an operation"
                    or _at_a_gathering(token, lex)  # "shot dead at a graduation party"
                )
                and _in_clause(head, token)
                and not _other_statement(token, anchor)
                and (
                    (
                        token.tag_ == "NN"
                        and any(
                            c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                            for c in token.children
                        )
                    )
                    or _few_counted(token, lex)
                )
            ):
                return True
    return False


def _shared_cause(anchor: Token, lex: CasualtyLexicon) -> Token | None:
    """The cause of the verb a harm verb without a subject of its own is joined to ("Flooding
    has killed 52 people and displaced more than 20,000": displaced by the flooding)."""
    if anchor.dep_ != "conj" or anchor.head.pos_ != "VERB":
        return None
    if has_subject(anchor, SUBJECT_DEPS):
        return None
    return _cause(anchor.head, lex)


def _definite_disaster(cause: Token | None, lex: CasualtyLexicon) -> bool:
    """Whether the cause is a plural event noun with "the" that does not sum many acts ("the
    floods have so far killed 52", "the storms"): the disaster told before, one event. "The
    attacks", "the strikes" (`aggregate_event_nouns`) may be a series."""
    return (
        cause is not None
        and cause.tag_ == "NNS"
        and cause.lemma_.lower() not in lex.aggregate_event_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in cause.children)
    )


def _placed_mass_event(cause: Token | None, lex: CasualtyLexicon) -> bool:
    """Whether the cause is a singular event noun without article or number, told as a gerund
    or a mass noun and placed in a named place ("Flooding in Borno state has so far killed 52",
    "Fire at the Bailey Road mall killed 46"): the disaster of that place, one event. A
    plural ("floods in Nigeria") or a noun with an article has its own reading above."""
    return (
        cause is not None
        and cause.tag_ in ("NN", "VBG", "NNP")  # "Flooding" opening a dateline's sentence
        and not any(c.dep_ in ("det", "nummod", "poss") for c in cause.children)
        and (_placed(cause, lex) or _at_named_site(cause, lex))
    )


def _at_named_site(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether a locative phrase of the noun names a site by a place or facility name inside it
    ("at the Bailey Road mall", "in the Grenfell Tower block")."""
    return any(
        ent_label(word) in PLACE_LABELS
        for prep in _children(noun, "prep")
        if prep.lower_ in lex.locative_preps
        for word in prep.subtree
    )


def _at_a_gathering(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a noun is a gathering (`lex.gathering_nouns`) the harm happened at or during
    ("at a graduation party", "during a wedding"): one occasion. As an owner of the victims
    ("members of the ruling party", "the security service") it names no occasion."""
    return (
        token.lemma_.lower() in lex.gathering_nouns
        and token.dep_ == "pobj"
        and token.head.lower_ in lex.gathering_preps
    )


def _lone_doer(anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether one attacker told with "a" did the harm ("In January, a gunman killed six people
    in Joliet", "last year a shooter killed 18"): one person's attack is one event, not a
    tally over the period ("in 2023, gunmen killed 750 people" is). Reads the active subject or
    the passive "by" agent of the harm verb."""
    if anchor.pos_ != "VERB":
        return False
    if _is_passive(anchor):
        doers = [o for a in _children(anchor, "agent") for o in _children(a, "pobj")]
    else:
        doers = _children(anchor, "nsubj")
    return any(
        d.tag_ == "NN"
        and d.lemma_.lower() in lex.words.perpetrators
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in d.children)
        for d in doers
    )


def _at_one_site(anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm verb places its act at one site told with a determiner or possessive
    ("abducted 276 schoolgirls from their dormitory", "killed 23 worshippers at a mosque"): an
    act at one site is one occurrence, whatever year dates it; "in Nigeria" or "in schools"
    names no single site."""
    if anchor.pos_ != "VERB":
        return False
    return any(
        obj.tag_ == "NN"
        and obj.lemma_.lower() in lex.site_nouns
        and any(c.dep_ in ("det", "poss") for c in obj.children)
        for prep in _children(anchor, "prep")
        if prep.lower_ in lex.site_preps
        for obj in _children(prep, "pobj")
    )


def _placed(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether a noun (or the first noun it is conjoined to) has a locative phrase naming a
    place entity or a place noun ("floods and landslides in Kerala", "storms across the
    region"); "across the country" sums many places, so a country noun does not place it."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    for owner in {noun, head}:
        for prep in _children(owner, "prep"):
            if prep.lower_ not in lex.locative_preps:
                continue
            for obj in _children(prep, "pobj"):
                if ent_label(obj) in PLACE_LABELS or obj.lemma_.lower() in lex.place_nouns:
                    return True
    return False


def _few_counted(noun: Token, lex: CasualtyLexicon) -> bool:
    """Whether a plural event noun is counted by a numeral of at most `lex.few_events`
    ("two earthquakes", "three car bombs"): a few events the clause names one by one, not a
    tally over a period ("300 attacks"). Reads the noun's `nummod` children."""
    if noun.tag_ != "NNS":
        return False
    for child in noun.children:
        if child.dep_ == "nummod":
            value = lex.words.numbers.parse(child.text)
            return value is not None and 1 < value <= lex.few_events
    return False


def _consequence_of_occurrence(root: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm's clause is a participle or a coordinated verb that tells what one
    occurrence did ("a guesthouse collapsed ..., killing 116 people", "a ferry sank ...,
    leaving 144 dead", "a plane crashed and killed 97 people"): the verb above it is an
    `occurrence_verbs` event whose subject is one thing, so the toll is that event's.
    Reads at most two heads above `root` through `advcl`, `conj` and `xcomp`."""
    if root.lemma_.lower() in lex.occurrence_verbs and _one_occurrence(root, lex):
        return True  # the harm verb coordinated under it: "crashed ... and killed 97"
    if (
        root.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in root.children)
        and any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.occurrence_verbs
            for c in root.subtree
            if c.i < anchor.i
        )
    ):
        return True  # the parser may hang both verbs on the subject: "a guesthouse ...
        # collapsed in Lagos, killing 116 people" read as a noun with two participles
    token = root
    for _ in range(2):
        if token.dep_ not in ("advcl", "conj", "xcomp") or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in lex.occurrence_verbs:
            return _one_occurrence(token, lex)
    return False


def _one_occurrence(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether an occurrence verb tells one event: its subject is one thing, or the parties
    of one joint event ("two buses collided", `joint_occurrences`), counted by a numeral of at
    most `few_events`."""
    if _one_thing_subject(verb):
        return True
    if verb.lemma_.lower() not in lex.joint_occurrences:
        return False
    return any(s.dep_ in ("nsubj", "nsubjpass") and _few_counted(s, lex) for s in verb.children)


def _one_thing_subject(verb: Token) -> bool:
    """Whether `verb`'s subject is one thing: a name or a singular noun with an article."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child.tag_ == "NNP" or (
                child.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children)
            )
    return False


def _told_events(root: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm's clause names one event (`_single_event`) or events the article
    tells of, counted or definite ("in the two attacks", "in the blasts"), so that a sum over
    them is the article's incident toll rather than a tally over time."""
    if _single_event(root, anchor, lex):
        return True
    for head in {root, anchor}:
        for token in head.subtree:
            if (
                token.lemma_.lower() in lex.event_nouns
                and token.tag_ == "NNS"
                and any(
                    (c.dep_ == "det" and c.lower_ in ("the", "these", "both"))
                    or (c.dep_ == "nummod" and c.like_num)
                    for c in token.children
                )
                and _in_clause(head, token)
            ):
                return True
    return False


def _named_event(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether `token` is the name of one event: a proper noun with an event noun in its name
    ("Typhoon Haiyan", "Storm Daniel", "Hurricane Maria")."""
    return token.tag_ == "NNP" and any(
        c.dep_ == "compound" and c.lower_ in lex.event_nouns for c in token.children
    )


def _after_one_event_lead(sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether the sentence just before tells one event as it happened ("A fire tore through a
    garment factory on Tuesday. Officials have confirmed 12 deaths so far."): "so far" is then
    that event's toll until now, not a tally over a period."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    root = before.root
    return root.tag_ == "VBD" and any(
        _one_event(s, lex) for s in _children(root, "nsubj", "nsubjpass")
    )


def _one_event(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether `token` is a singular event noun with an article ("a drone attack") or the name
    of one event ("Typhoon Haiyan", "Hurricane Maria": an event noun as part of a name)."""
    if _named_event(token, lex):
        return True
    lemma = token.lemma_.lower()
    return (
        (lemma in lex.event_nouns or lemma in lex.operation_nouns)
        and token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children)
    )


def _event_length(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a duration is the length of the event noun it modifies ("the three-week
    offensive", "a two-month siege"): how long that event went on."""
    head = span[-1].head
    return head.i == span.end and head.lemma_.lower() in lex.event_nouns


def _dates_an_event(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a date modifies one event's name or noun ("2017's Hurricane Maria", "the 2013
    typhoon"): it says when that event was, not a period the figure is tallied over."""
    head = span.root.head
    return (
        span.root.dep_ in ("poss", "compound", "nmod", "amod", "nummod")
        and head is not span.root
        and _one_event(head, lex)
    )


def _event_clause(clause: Token, marks: set[str]) -> bool:
    """Whether `clause` is an adverbial clause opened by one of `marks` ("after two children
    died", "when the plane crashed")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in clause.children
    )


def _occurrence_clause(clause: Token, lex: CasualtyLexicon) -> bool:
    """Whether `clause` is an `occurrence_marks` clause whose verb is an `occurrence_verbs`
    event and whose subject is one thing ("when the plane crashed", "after a bomb exploded"):
    the harm it times happened once, not over a period ("when militants attacked villages"
    may be many, "when the group held power" is a state)."""
    if clause.lemma_.lower() not in lex.occurrence_verbs:
        return False
    if not _event_clause(clause, lex.occurrence_marks):
        return False
    return _one_thing_subject(clause)


def _date_spans(doc: Doc, dates: list[DateItem]) -> list[tuple[Span, DateItem]]:
    out = []
    for date in dates:
        span = doc.char_span(date["start"], date["end"], alignment_mode="expand")
        if span is not None:
            out.append((span, date))
    return out


def _dayless_clock(
    span: Span, date: DateItem, dates: list[tuple[Span, DateItem]], lex: CasualtyLexicon
) -> bool:
    """Whether a clock time took its day from no day the text names ("shot at about 1 a.m.",
    a video's length "2:53"): the resolver gave it the publication day or a month's, which
    tells the hour, not the incident's day. "1 a.m. Sunday", "9:30 last night", and "1 a.m."
    after "on Sunday" or "this morning" (a day the text names), keep theirs."""
    if date["granularity"] != "time" or not date["resolved_start"] or lex.timex is None:
        return False
    if not _clock_only(span, lex):
        return False
    day = date["resolved_start"][:10]
    return not any(
        other is not date
        and (other["resolved_start"] or "")[:10] == day
        and (other["granularity"] == "day" or not _clock_only(s, lex))
        for s, other in dates
    )


def _reading_day(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a date tells when a count or a state was read or reported, not when the harm
    was: a date that a `count_day_cues` preposition governs ("As of late Tuesday, 20 bodies had
    been recovered", "the number climbed by Tuesday, with reports stating 107 had died", "As
    of Monday, he was still in critical condition"), or one hung on a `report_nouns` noun ("By
    reports on Saturday, two died", "the ministry's statement on Friday said six died"). A
    possessive date dates its own noun ("killed by Tuesday's blast"), which is the harm's."""
    root = span.root
    if root.dep_ == "poss" or any(t.tag_ == "POS" for t in span.doc[span.end : span.end + 1]):
        return False
    if root.dep_ == "pobj" and _written_at(span.doc, span.start, lex.count_day_cues, ending=True):
        return root.head.lower_ in lex.count_day_preps
    head = _date_head(root)
    return (
        head is not None
        and head.pos_ == "NOUN"
        and root.head.pos_ == "ADP"
        and head.lemma_.lower() in lex.report_nouns
    )


def _clock_only(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a time's words say only the hour ("about 1 a.m.", "2:53", "midnight"), not
    the day or the part of it ("1 a.m. Sunday", "9:30 last night")."""
    timex = lex.timex
    assert timex is not None  # _dayless_clock asks only with a timex lexicon
    return all(w in lex.hour_words or w not in timex.core_words for w in timex.words(span.text))


def _is_day(date: DateItem, published: str | None) -> bool:
    return (
        date["granularity"] in ("day", "time")
        and bool(date["resolved_start"])
        and (published is None or date["resolved_start"] <= published)
    )


def _days_spanned(
    sent: Span, dates: list[tuple[Span, DateItem]], published: str | None
) -> tuple[str, str] | None:
    """The first and last of the days a sentence names, when it names two or more ("from
    Friday to Saturday morning"); None otherwise."""
    days = sorted({d["resolved_start"][:10] for _s, d in _sentence_days(sent, dates, published)})
    return (days[0], days[-1]) if len(days) > 1 else None


def _sentence_days(
    sent: Span, dates: list[tuple[Span, DateItem]], published: str | None
) -> list[tuple[Span, DateItem]]:
    """The dates of a sentence that name a day (`_is_day`), in text order."""
    return [(s, d) for s, d in dates if sent.start <= s.start < sent.end and _is_day(d, published)]


def _dates_other_clause(
    mention: Mention,
    sent: Span,
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> bool:
    """Whether the sentence's only days date another clause ("39 are confirmed dead, officials
    said, adding that rescuers ended their work yesterday"): the harm's day is then unknown,
    not the article's incident day."""
    root = _clause_root(mention.trigger.token)
    # "At around 10 p.m., deputies responded to reports of several people who had been shot":
    # the time responders came out on is the incident's (`_dates_response`), not another's;
    # the day the harm was told on ("drowned off Lampedusa, the coast guard reported on
    # Tuesday") dates no other event either
    anchor = _harm_anchor(mention, lex)
    days = [
        s
        for s, _d in _sentence_days(sent, dates, published)
        if not _telling_time_clause(s.root, root, lex)
        and not _dates_response(s.root, lex)
        and not _telling_day(s, anchor, lex)
    ]
    return bool(days) and all(
        _in_other_clause(s.root, root)
        or _outside_person_clause(s.root, root, lex)
        or (mention.type == "detained" and _dates_crime(s.root, mention, lex))
        for s in days
    )


def _telling_time_clause(token: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether `token` sits in a clause of time (`telling_time_marks`) on a verb of speech that
    tells the harm's clause `root` ("officials said as dawn broke Saturday"): its day is when
    the harm was told, not another clause's event."""
    clause = token
    for _ in range(4):
        if clause.dep_ == "advcl" or clause.head == clause:
            break
        clause = clause.head
    speech = clause.head
    return (
        clause.dep_ == "advcl"
        and _event_clause(clause, lex.telling_time_marks)
        and speech.lemma_.lower() in lex.speech_verbs
        and not _event_subject(speech, lex)
        and _governs(speech, root)
        and not _governs(clause, root)
    )


def _crime_day(
    mention: Mention,
    sent: Span,
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> str | None:
    """The day a custody's sentence gives the crime it is for ("arrested in connection with a
    shooting on Monday morning": Monday), which dates the article's incident though not the
    arrest."""
    if mention.type != "detained":
        return None
    return next(
        (
            d["resolved_start"][:10]
            for s, d in _sentence_days(sent, dates, published)
            if _dates_crime(s.root, mention, lex)
        ),
        None,
    )


def _dates_crime(token: Token, mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a date in a custody's sentence dates the crime the custody is for ("arrested in
    connection with a quadruple shooting Thursday", "in the Nov. 3 shooting death of a boy",
    "an arrest in a bar shooting that left five injured Sunday morning"): it hangs on an event
    or harm noun, or on the participle or relative clause of one, not on the arrest, which is
    then of another, unknown day."""
    anchor = _harm_anchor(mention, lex)
    head = _date_head(token)
    if head is None or head == anchor:
        return False
    if head.pos_ == "VERB" and head.dep_ in ("acl", "relcl"):
        head = head.head  # "a shooting that left five injured Sunday": the shooting's clause
    if head == anchor or head.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = head.lemma_.lower()
    return lemma in lex.event_nouns or lex.nouns.get(lemma) not in (None, "detained")


def _outside_person_clause(token: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether `token` lies outside a relative clause on a person that holds the harm ("on
    Sunday renamed their ship after Alan Kurdi, a child who drowned", "Police on Monday named
    the man who died"): the main clause's day is not the day of that person's harm."""
    return (
        root.dep_ in ("relcl", "acl")
        and is_person_noun(root.head, lex.words)
        and not _governs(root.head, token)
    )


def _act_day(
    mention: Mention,
    sent: Span,
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> str | None:
    """The day that a verb of violence ("killed", "shot", "wounded", not "died" nor a toll)
    names in its own clause: the day the act was done, never a day of the inquiry, so two
    such days apart are two incidents ("eight were killed on Monday ... On Tuesday, a farmer
    was killed in a neighbouring village"); a seizure is such an act too ("abducted 287
    pupils on Thursday ... On Friday 61 people were kidnapped")."""
    verb = mention.trigger.token
    if (
        mention.trigger.role != "verb"
        or mention.type not in ("killed", "injured", *CAPTIVE_TYPES)
        or verb.pos_ != "VERB"
        or _verb_harm_type(verb, lex) is None
    ):
        return None
    spans = _sentence_days(sent, dates, published)
    days = {d["resolved_start"][:10] for s, d in spans if _in_own_clause(verb, s.root)}
    if spans and not days:
        # "one of its paramedics was killed and two others were wounded on Wednesday": the
        # day of the harm verb coordinated with it is the day of both.
        joined = [c for c in verb.children if c.dep_ == "conj"]
        if verb.dep_ == "conj":
            joined.append(verb.head)
        joined = [v for v in joined if v.pos_ == "VERB" and _harm_verb(v, lex)]
        days = {
            d["resolved_start"][:10] for s, d in spans for v in joined if _in_own_clause(v, s.root)
        }
    act = _act_of_result(verb, lex)
    if spans and not days and act is not None:
        # "fighters stormed the village on Wednesday, killing more than 100": the result
        # participle's harm was done on the day of the act it follows from.
        days = {d["resolved_start"][:10] for s, d in spans if _in_own_clause(act, s.root)}
    return days.pop() if len(days) == 1 else None


def _act_of_result(verb: Token, lex: CasualtyLexicon) -> Token | None:
    """The act a result participle follows from ("stormed the village on Wednesday, killing
    100": "stormed"), or None; a speech verb ("said on Monday, adding") tells no act."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB":
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        return None  # "after killing", "while wounding": a clause of its own time
    lemma = head.lemma_.lower()
    if lemma in lex.speech_verbs or lemma in lex.report_verbs:
        return None
    return head


def _harm_verb(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a verb is a verb of violence (`lex.verbs` or `lex.mechanism`)."""
    return _verb_harm_type(verb, lex) is not None


def _verb_harm_type(verb: Token, lex: CasualtyLexicon) -> str | None:
    """The harm a verb of violence tells (`lex.verbs`, else `lex.mechanism`), else None."""
    lemma = verb.lemma_.lower()
    return lex.verbs.get(lemma, lex.mechanism.get(lemma))


def _dates_harm_verb(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on a verb that kills or wounds ("after being shot early Saturday",
    "was stabbed on Monday"), not through a clause or noun between them. An arrest's day
    ("arrested a second man on Tuesday") is a step of the case, not the incident's."""
    head = _date_head(span.root)
    if head is None or head.pos_ != "VERB":
        return False
    return _verb_harm_type(head, lex) in INCIDENT_HARM_TYPES


#: the harms whose verb's day is the incident's
INCIDENT_HARM_TYPES = frozenset({"killed", "injured", "killed_or_injured"})


def _page_stamp(span: Span, lex: CasualtyLexicon) -> bool:
    """ "House where 5 shot now condemned Posted: Sunday, November 30, 2014": a date after a
    page's `page_stamp_labels` word dates the page, not the harm on its line."""
    doc = span.doc
    i = span.start - 1
    # "Updated: Jun 20, 2016 - 7:34 PM": the stamp's own date, read or not, stands between
    # the label and its clock time
    while i >= 0 and span.start - i <= STAMP_REACH and _stamp_word(doc[i], lex):
        i -= 1
    return i >= 0 and doc[i].lower_ in lex.page_stamp_labels


def _dateline_date(span: Span) -> bool:
    """Whether a date sits in a wire dateline that opens its line ("KYIV, May 14 (Reuters) -",
    "KHARKIV, Tuesday -", "INDIANAPOLIS, Ind. (June 15, 2014) -"): the day the report was
    filed, not a harm's. The line opens with a word in capitals, the place filed from."""
    line = paragraph_sentence(span[0])
    first = line[0]
    while first.is_space and first.i + 1 < line.end:
        first = first.doc[first.i + 1]
    return (
        first.is_upper
        and first.is_alpha
        and len(first) > 1
        and first.i < span.start
        # the date stage may run the dateline's date on across its dash ("May 14 - Russian")
        and span.start < _dateline_end(first.doc[first.i : line.end]) - 1
    )


def _holiday_modifier(span: Span, lex: CasualtyLexicon) -> bool:
    """ "shot seven people during a private Christmas party", "bought Christmas presents": a
    bare holiday name (one word of the holidays table) that modifies the common noun after it
    names an occasion of the season, held on whatever day suits, not that day. The gold dates
    such harms by the day the article gives ('early Saturday', Dec 24). A holiday with its
    day word ("Christmas Day", "Christmas Eve") or on an event noun ("the Easter attacks",
    "a Christmas shooting") still dates the harm; so does one on a part of the day
    ("Christmas morning")."""
    timex = lex.timex
    if timex is None or len(span) != 1:
        return False
    words = tuple(timex.words(span.text))
    if len(words) != 1 or words not in timex.holidays:
        return False
    token = span[0]
    noun = token.head
    return (
        token.dep_ in ("compound", "amod", "nmod")
        and noun.i == token.i + 1
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in lex.event_nouns
        and noun.lower_ not in timex.parts_of_day
        and noun.lower_ not in timex.units
    )


#: how many tokens of a stamp's date may stand between its label and a date read after them
STAMP_REACH = 8


def _stamp_word(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a token may be part of a page stamp's date: a mark, a number or a calendar or
    clock word ("Jun", "20", ",", "2016", "-"), never a line break."""
    if token.is_punct or token.like_num:
        return "\n" not in token.text
    timex = lex.timex
    return timex is not None and any(w in timex.core_words for w in timex.words(token.text))


def _event_date(
    mention: Mention,
    sent: Span,
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> tuple[str | None, bool, tuple[str, str] | None]:
    """(the day of the harm its sentence gives, whether the sentence names a date at all, the
    calendar interval of the month or year that dates the harm when no day does).

    A toll's verb carries the day the toll was reported ("rose to 22 on Monday"): only a date
    inside the toll's own phrase ("the toll from Sunday's attack") is the incident's."""
    in_sentence = [(s, d) for s, d in dates if sent.start <= s.start < sent.end]
    if mention.type != "detained":
        # a custody's own step of the case ("sentenced Fields on Friday") is its harm
        in_sentence = [(s, d) for s, d in in_sentence if not _dates_judicial_step(s.root, lex)]
    else:
        in_sentence = [(s, d) for s, d in in_sentence if not _dates_crime(s.root, mention, lex)]
    if mention.trigger.role == "toll":
        toll = mention.trigger.token
        for span, date in in_sentence:
            # "The death toll rose to 40 on Thursday, a day after the bombing": the day the
            # toll was reported on, less the days after its event, is the event's
            if _is_day(date, published) and (
                lag := _lag_after_event(span, mention, toll, in_sentence, lex)
            ):
                return _days_earlier(date["resolved_start"], lag), True, None
        in_sentence = [(s, d) for s, d in in_sentence if _governs(toll, s.root)]
    restated = [(s, d) for s, d in in_sentence if _zone_restatement(s, sent, lex)]
    if restated and len(restated) < len(in_sentence):
        # "At 4:42 local time on Saturday (2024 Friday, UTC), an earthquake struck": the
        # bracket gives the same moment in another zone; the local day dates the harm
        in_sentence = [sd for sd in in_sentence if sd not in restated]
    anchor = _harm_anchor(mention, lex)
    # "police reported Friday morning": the day it was told, not done; the article's day
    # then dates the harm, as for a sentence that names none
    in_sentence = [(s, d) for s, d in in_sentence if not _telling_day(s, anchor, lex)]
    if not in_sentence:
        return None, False, None
    occasion = _occasion_date(anchor, lex)
    if occasion is not None:
        # "the deadliest since 2017, when police killed 37": the date the clause hangs on is
        # that occasion's, whatever day the sentence's other clauses give.
        for span, date in in_sentence:
            if span.start <= occasion.i < span.end and (dated := _day_or_period(date, published)):
                return dated
    described = _described_event(anchor, lex)
    if described is not None:
        # "arrested Wednesday in connection to a November shooting that killed a 15-year-old",
        # "involved in an accidental shooting Tuesday morning that killed a 17-year-old": the
        # event a relative clause tells the harm of is dated by the date on its own noun, not
        # by a day of the clause the noun sits in.
        own = [
            found
            for s, d in in_sentence
            if _date_head(s.root) == described and (found := _day_or_period(d, published))
        ]
        # a day on the noun before a month or year on it
        dated = next((o for o in own if o[0] is not None), None) or next(iter(own), None)
        if dated is not None:
            return dated
    days = [(s, d) for s, d in in_sentence if _is_day(d, published)]
    root = _clause_root(anchor)
    if not days:
        # "was killed last August": a month or year the harm's clause names, not a day. A
        # participle ("..., killing about 100") belongs to the clause it follows.
        heads = [root, anchor]
        if root.dep_ == "advcl" and root.tag_ == "VBG":
            heads.append(root.head)
        if root.dep_ in ("relcl", "acl") and root.head.pos_ in ("NOUN", "PROPN"):
            # "In 2019 he survived a drone attack that left six soldiers dead": the clause
            # holding the event the relative clause describes dates it.
            heads.append(_clause_root(root.head))
        if root.dep_ == "attr" and root.head.lemma_ == "be":
            # "In December 2011, her grandson was one of two teen boys killed": the figure is
            # the predicate of a copula, whose clause holds the date.
            heads.append(root.head)
        # "All 189 on board died when the flight came down last October", "rates dropped in
        # 2018 after two children died": the month or year of the occurrence that times the
        # harm, or of the clause the harm's aftermath clause hangs on, dates an older incident
        # the article recalls, not the one it reports.
        recalled = _timing_clauses(root, lex)
        heads += recalled
        subject = _lost_subject(anchor)
        if subject is not None:
            # "In May, a similar bombardment of the camp west of the city killed at least 35":
            # the date on the subject the parse made the sentence's head dates its harm.
            heads.append(subject)
        naming = [
            (s, d)
            for s, d in in_sentence
            if d["granularity"] not in ("unknown", "duration", "set")
            and d["kind"] == "date"
            # "recovered from 2017's Hurricane Maria, which claimed about 3000 lives": the
            # date of the named event the sentence tells of dates its harm too.
            and (any(_in_clause(h, s.root) for h in heads) or _dates_an_event(s, lex))
        ]
        # "a fire killed 32 in September 2022, and a blaze left 56 dead last year": a date of
        # the harm's own clause before one of the clause it is conjoined to.
        own = _own_verb(anchor)
        naming.sort(key=lambda sd: not _in_own_clause(own, sd[0].root))
        period = next(
            (
                (d["resolved_start"][:10], d["resolved_end"][:10])
                for _span, d in naming
                if d["resolved_start"] and d["resolved_end"]
            ),
            None,
        )
        if period is not None and any(_in_clause(h, s.root) for h in recalled for s, _d in naming):
            # "died when the plane crashed a year ago ... it vanished on December 28": the day
            # the article states within that period is the old incident's.
            return _stated_day(period, dates, published, lex), True, period
        return None, bool(naming), period
    governed = [(s, d) for s, d in days if _governs(root, s.root) or _governs(anchor, s.root)]
    # Not a day that dates another clause of the sentence ("39 are confirmed dead, officials
    # said, adding that rescuers ended their work yesterday").
    free = [
        (s, d)
        for s, d in days
        if not _in_other_clause(s.root, root) and not _outside_person_clause(s.root, root, lex)
    ]
    after = _aftermath_clause(root, lex)
    if after is not None:
        # "Two suspects were being tracked down Sunday after investigators say they shot seven
        # people": the day of what followed the harm is not the harm's
        free = [(s, d) for s, d in free if _governs(after, s.root)]
    if anchor.dep_ == "acl" and anchor.tag_ == "VBN" and anchor.head.pos_ in ("NOUN", "PROPN"):
        # "The bodies of the seven CIA employees killed in the attack arrived Monday": a
        # participle naming people by their harm takes no day but its own; the sentence's day
        # is the main verb's.
        free = []
    chosen = governed or sorted(free, key=lambda sd: abs(sd[0].start - anchor.i))
    if not chosen:
        return None, False, None
    day = chosen[0][1]["resolved_start"]
    lag = _lag_after_event(chosen[0][0], mention, anchor, in_sentence, lex)
    if lag:
        # "Nine bodies were recovered on Thursday, a day after an earthquake struck": the
        # bodies, like a later death, are the earthquake's toll, so its day is theirs
        day = _days_earlier(day, lag)
    return day, True, None


def _days_earlier(day: str, days: int) -> str:
    """The ISO day `days` days before the ISO date `day`."""
    return (dt.date.fromisoformat(day[:10]) - dt.timedelta(days=days)).isoformat()


#: the harms an incident does to people, found or ended later ("bodies were recovered", "died
#: of their wounds", "were pulled from the rubble"): they take the incident's day
INCIDENT_TOLL_TYPES = INCIDENT_HARM_TYPES | {"missing", "trapped"}

#: a duration of whole days ("P1D", "P3D")
WHOLE_DAYS = re.compile(r"P(\d+)D")


def _lag_after_event(
    span: Span,
    mention: Mention,
    anchor: Token,
    in_sentence: list[tuple[Span, DateItem]],
    lex: CasualtyLexicon,
) -> int:
    """How many days the day `span` that dates a harm lies after the incident it is the toll
    of, when an appositive "N days after <event>" follows that day ("recovered on Thursday, a
    day after an earthquake struck", "died on Friday, two days after the attack"); else 0.
    The event is an `event_nouns` noun or a verb of violence in the phrase after "after". Not
    for custody, abduction or flight, acts of their own day ("arrested on Friday, a day after
    the shooting"), nor for a harm its own clause gives another event for ("an aftershock
    killed two on Thursday, a day after the earthquake")."""
    if mention.type not in INCIDENT_TOLL_TYPES:
        return 0
    doc = span.doc
    sent_end = anchor.sent.end
    start = span.end + 1 if span.end < sent_end and doc[span.end].text == "," else span.end
    lag = next(
        ((s, d) for s, d in in_sentence if s.start == start and d["granularity"] == "duration"),
        None,
    )
    if lag is None or not (days := WHOLE_DAYS.fullmatch(lag[1]["value"] or "")):
        return 0
    after = lag[0].end - 1 if doc[lag[0].end - 1].lower_ == "after" else lag[0].end
    if after >= sent_end or doc[after].lower_ != "after":
        return 0
    phrase = []
    for token in doc[after + 1 : sent_end]:
        if token.is_punct:
            break
        phrase.append(token)
    if not any(
        t.lemma_.lower() in lex.event_nouns
        or (t.pos_ == "VERB" and _verb_harm_type(t, lex) in INCIDENT_HARM_TYPES)
        for t in phrase
    ):
        return 0
    cause = _cause(anchor, lex)
    if cause is not None and cause not in phrase:
        return 0
    return int(days.group(1))


def _zone_restatement(span: Span, sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether a date sits in brackets, within its sentence, that name a `restating_zones`
    zone ("(2024 Friday, UTC)")."""
    doc = span.doc
    opening = next(
        (t for t in reversed(doc[sent.start : span.start]) if t.text in ("(", ")")), None
    )
    closing = next((t for t in doc[span.end : sent.end] if t.text in ("(", ")")), None)
    if opening is None or opening.text != "(" or closing is None or closing.text != ")":
        return False
    return any(t.text in lex.restating_zones for t in doc[opening.i + 1 : closing.i])


def _telling_day(span: Span, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on a verb of speech that tells the harm's clause ("It was reported
    on Saturday Sirhan was stabbed", "Park was found dead, police reported Friday morning"):
    the day the harm was told, not the day it was done; so does the participle of a record
    that tells it ("says a document released Monday by prosecutors"). A verb whose subject is
    an event ("the shooting was reported at 11 p.m. Monday") dates that event."""
    head = _date_head(span.root)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    root = _clause_root(anchor)
    if root == head:
        return False
    if _describes_record(head, root, lex):
        return True
    if head.lemma_.lower() not in lex.speech_verbs or _event_subject(head, lex):
        return False
    # "Eleven migrants drowned off Lampedusa, the coast guard reported on Tuesday": the parse
    # may hang the closing report on the harm's verb as an adverbial clause, one with a
    # subject and no conjunction of its own ("after police said" times the harm)
    misparsed = (
        head.dep_ == "advcl"
        and head.i > root.i
        and not _children(head, "mark")
        and bool(_children(head, *NOMINAL_SUBJECTS))
    )
    return _governs(head, root) or (
        (head.dep_ in ("parataxis", "ccomp") or misparsed) and head.head == root
    )


def _describes_record(verb: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether `verb` is a participle on a noun that is no event nor harm ("says a document
    released Monday by prosecutors", "In a 911 call released by authorities Saturday") and
    does not hold the harm's clause `root`: its day is that record's."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in lex.event_nouns
        and noun.lemma_.lower() not in lex.nouns
        # "seven people injured Saturday night": a participle on the people harmed is the harm
        and not is_person_noun(noun, lex.words)
        and not _governs(verb, root)
    )


def _aftermath_clause(root: Token, lex: CasualtyLexicon) -> Token | None:
    """The `aftermath_marks` clause ("after they shot seven people") that holds the harm's
    clause `root`, up to a few levels above it, else None."""
    for clause in itertools.islice(itertools.chain([root], root.ancestors), 4):
        if _event_clause(clause, lex.aftermath_marks):
            return clause
    return None


def _timing_clauses(root: Token, lex: CasualtyLexicon) -> list[Token]:
    """The clauses that time a harm's clause `root` as one occurrence of the past: an
    `occurrence_marks` clause on it ("died when the plane crashed a year ago"), or the clause
    an `aftermath_marks` or `occasion_marks` clause holding it hangs on ("rates dropped in 2018
    after two children died", "was the scene of a shooting last October when one person was
    killed")."""
    found = [c for c in root.children if _event_clause(c, lex.occurrence_marks)]
    if _event_clause(root, lex.aftermath_marks | lex.occasion_marks) and root.head.pos_ in (
        "VERB",
        "AUX",
    ):
        found.append(root.head)
    return found


def _stated_day(
    period: tuple[str, str],
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> str | None:
    """The first day the article states within `period` (a month or year that dates an older
    incident), else None: the incident's day when the text gives it. A day something was said
    on ("On Friday, Netanyahu said") or a step of a case was taken on dates no incident."""

    return next(
        (
            d["resolved_start"]
            for s, d in dates
            if _is_day(d, published)
            and period[0] <= d["resolved_start"][:10] <= period[1]
            and not _told_day(s, lex)
            and not _dates_judicial_step(s.root, lex)
        ),
        None,
    )


def _told_day(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on a verb of speech or report ("the governor said on Tuesday",
    "police reported Sunday"): the day something was told, not the day of a harm."""
    head = _date_head(span.root)
    lemma = head.lemma_.lower() if head is not None else ""
    return lemma in lex.speech_verbs or lemma in lex.report_verbs


def _day_or_period(
    date: DateItem, published: str | None
) -> tuple[str | None, bool, tuple[str, str] | None] | None:
    """`_event_date`'s answer for a date that dates the harm: its day, else the calendar
    interval of its month or year; None for a date that resolves to neither."""
    if _is_day(date, published):
        return date["resolved_start"], True, None
    if date["resolved_start"] and date["resolved_end"]:
        return None, True, (date["resolved_start"][:10], date["resolved_end"][:10])
    return None


def _described_event(anchor: Token, lex: CasualtyLexicon) -> Token | None:
    """The event noun whose relative clause holds the harm ("a shooting that killed a boy":
    "shooting"), else None."""
    root = _clause_root(anchor)
    head = root.head
    if root.dep_ == "relcl" and head.pos_ == "PROPN" and _children(root, "nsubj"):
        # "the Aug. 7 embassy bombings in Nairobi and Dar es Salaam, Tanzania, which left more
        # than 250 people dead": the parser hangs the clause on the last place named, which
        # cannot do the harm; the event noun the places hang on does
        for _ in range(8):
            if head.lemma_.lower() in lex.event_nouns or head.dep_ not in (
                "pobj",
                "prep",
                "appos",
                "conj",
                "compound",
            ):
                break
            head = head.head
    if (
        root.dep_ in ("relcl", "acl")
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in lex.event_nouns
    ):
        return head
    return None


def _treated_there(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure's clause is headed by a verb of bringing or caring for the harmed
    (`lex.treatment_verbs`: "Of the injured, 63 were being treated at a hospital in Mosul and
    40 in Erbil"), whether or not that verb is the harm word: its place is where they were
    treated, not where they were harmed."""
    root = _clause_root(_harm_anchor(mention, lex))
    return root.pos_ == "VERB" and root.lemma_.lower() in lex.treatment_verbs


def _harm_anchor(mention: Mention, lex: CasualtyLexicon) -> Token:
    """The word whose clause tells when and where the harm was: the harm word, or for a harm
    noun whose victims carry a harm participle of their own ("the bodies of the seven CIA
    employees killed in the Khowst attack arrived Monday at Dover"), that participle."""
    trigger = mention.trigger.token
    if mention.trigger.role != "noun":
        return trigger
    for child in mention.group.token.children:
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and lex.verbs.get(child.lemma_.lower()) == mention.type
        ):
            return child
    return trigger


def _in_other_clause(token: Token, root: Token) -> bool:
    """Whether `token` sits in a complement or adverbial clause that does not hold `root`."""
    for _ in range(8):
        if token.dep_ in ("ccomp", "advcl", "relcl", "xcomp") and not _governs(token, root):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _entity_tokens(doc: Doc, entities: list[EntityItem]) -> dict[int, EntityItem]:
    """Token index -> the person or place entity it belongs to."""
    out: dict[int, EntityItem] = {}
    for entity in entities:
        if entity["label"] not in PLACE_LABELS and entity["label"] != "PERSON":
            continue
        span = doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            out[token.i] = entity
    return out


def _destination_of_route(place: Token, obj: Token, lex: CasualtyLexicon) -> bool:
    """Whether a place inside a locative's object is where a way leads ("at a checkpoint on
    the road to La Paz"): the harm happened on the way, somewhere short of that town."""
    token = place
    while token != obj and token.head != token:
        if (
            token.dep_ == "prep"
            and token.lower_ in lex.destination_preps
            and token.head.lower_ in lex.route_nouns
        ):
            return True
        token = token.head
    return False


def _locatives(
    tokens: Iterable[Token], places: dict[int, EntityItem], lex: CasualtyLexicon
) -> list[tuple[Token, int, int]]:
    """(preposition, start, end) of each locative phrase among a sentence's `tokens` that holds
    a place name ("in the Gaza Strip"); the phrase stops before a relative clause."""
    out = []
    for token in tokens:
        if token.dep_ != "prep" or token.lower_ not in lex.locative_preps:
            continue
        for obj in _children(token, "pobj"):
            if any(
                t.i in places
                and places[t.i]["label"] in PLACE_LABELS
                and not _destination_of_route(t, obj, lex)
                for t in obj.subtree
            ):
                start, end = obj.left_edge.i, noun_phrase_end(obj)
                for child in obj.children:
                    if child.dep_ == "appos" and child.i > obj.i and child.i in places:
                        end = max(end, noun_phrase_end(child))  # "El Paso, Texas"
                if end > start:
                    out.append((token, start, end))
    return out


def _location(
    mention: Mention, locatives: list[tuple[Token, int, int]], lex: CasualtyLexicon
) -> tuple[tuple[int, int] | None, bool]:
    """The place the harm's clause names: the locative phrase of the figure itself ("about 19
    in Greece"), else the one the harm governs, else the nearest one in its sentence; and
    whether the clause governs it (a place fronted before the speech verb that reports the
    harm counts: "In Sadr City, officials said that 75 people had been killed")."""
    told = _locatives_told(mention, locatives, lex)
    best = min(told, key=lambda t: t[0], default=None)
    return (best[1], best[2]) if best else (None, False)


def _governed_locatives(
    mention: Mention, locatives: list[tuple[Token, int, int]], lex: CasualtyLexicon
) -> list[tuple[int, int]]:
    """Every locative phrase the harm's clause governs, nearest first ("In southern Lebanon, a
    drone strike in the town of Kfar Rumman killed a man": both places are the harm's)."""
    told = sorted(_locatives_told(mention, locatives, lex), key=lambda t: t[0])
    return [span for _, span, governed in told if governed]


def _locatives_told(
    mention: Mention, locatives: list[tuple[Token, int, int]], lex: CasualtyLexicon
) -> list[tuple[int, tuple[int, int], bool]]:
    """(distance, span, governed) of each locative phrase in the harm's sentence, for
    `_location`: the governed, and the figure's own, come first."""
    anchor = _harm_anchor(mention, lex)
    group = mention.group.token
    root = _clause_root(anchor)
    out: list[tuple[int, tuple[int, int], bool]] = []
    for prep, start, end in locatives:
        if not (mention.sent.start <= prep.i < mention.sent.end):
            continue
        own = prep.head == group
        # The clause's own place hangs on its verb or group, not inside another phrase ("taken
        # to a hospital in San Pablo" names where the victim went, not where the harm was); a
        # relative clause's place is the one it describes ("in Dayton, Ohio where ten died").
        hosted = root.dep_ == "relcl" and start <= root.head.i < end
        reported = (
            prep.i < root.i
            and prep.head.lemma_.lower() in lex.speech_verbs
            and (clause := _reported_clause(root)).dep_ == "ccomp"
            and clause.head == prep.head
        )
        governed = (
            own
            or prep.head in (root, anchor)
            or hosted
            or reported
            or _in_subject(prep, root, anchor, lex)
        )
        distance = abs(prep.i - anchor.i) - (1000 if governed else 0) - (1000 if own else 0)
        out.append((distance, (start, end), governed))
    return out


def _reported_clause(root: Token) -> Token:
    """The clause a participle after it belongs to ("officials said drones attacked the
    region, wounding five": "attacked"), else `root` itself."""
    if root.dep_ == "advcl" and root.tag_ == "VBG":
        return root.head
    return root


#: A clause's subjects, a gerund's too ("shelling in Odesa killed 35" parses it `csubj`).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _in_subject(prep: Token, root: Token, anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether a locative phrase belongs to the subject of the harm's clause: the event that
    did the harm ("shelling in Odesa killed 35", "a strike on a house in Khan Younis killed
    12") or the people it harmed ("three soldiers in Bakhmut were wounded") is where it
    happened, and so is the place of a passive's doer ("killed by falling debris in Kyiv").
    Only through prepositional phrases: a relative clause's place ("a man who lived in Kyiv")
    tells of something else."""
    token = prep.head
    while True:
        if token.dep_ in SUBJECT_DEPS and token.head in (root, anchor):
            return True
        if token.dep_ == "agent" and token.head in (root, anchor):
            return True  # "killed by falling debris in Kyiv": the passive's doer
        if (
            token.dep_ == "prep"
            and token.head in (root, anchor)
            and any(
                o.dep_ == "pcomp" or o.lemma_.lower() in lex.event_nouns
                for o in token.children
                if o.dep_ in ("pobj", "pcomp")
            )
        ):
            return True  # "died after an explosion in Maiduguri": the event that did the harm
        # "killed by shelling in Nikopol": a gerund after the preposition is its object too
        if token.dep_ not in ("prep", "pobj", "pcomp") or token.head == token:
            return False
        token = token.head


def _voice(mention: Mention, lex: CasualtyLexicon) -> SourceKey | None:
    """Who states the figure: the subject of the speech verb above it, or "according to X";
    None for the author's voice."""
    token = mention.trigger.token
    for _ in range(8):
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.speech_verbs:
            subjects = _children(token, "nsubj")
            if not subjects and token.dep_ in ("advcl", "conj", "xcomp"):
                subjects = _children(token.head, "nsubj")  # "a rights group ..., saying"
            if subjects:
                return _source_key(subjects[0], lex)
        if token.head == token:
            return _reporting_aside(token, mention, lex)
        token = token.head
    return None


def _reporting_aside(root: Token, mention: Mention, lex: CasualtyLexicon) -> SourceKey | None:
    """The source of a reporting clause the parser hangs under the content as `parataxis` when
    a phrase follows it ("stormed a village, killing 40, a local group said, in the latest of a
    series of raids"): the clause after the figure still states it."""
    for verb in _children(root, "parataxis"):
        if verb.lemma_.lower() not in lex.speech_verbs or verb.i < mention.trigger.token.i:
            continue
        subjects = _children(verb, "nsubj")
        if subjects:
            return _source_key(subjects[0], lex)
    return None


class SourceKey(NamedTuple):
    """Who states a figure, as `_same_voice` compares sources: the head's lemma and, for a
    common noun, the lemmas of its adjective and noun modifiers ("group" with "medical"), so
    that two groups or two ministries told by different words are two sources."""

    head: str
    modifiers: frozenset[str] = frozenset()
    #: the noun says it is not the source told before (`other_source_words`: "another
    #: source", "a second official"): no other key matches it
    other: bool = False


def _source_key(subject: Token, lex: CasualtyLexicon) -> SourceKey:
    """The source key (`SourceKey`) of a speech verb's subject."""
    key = subject.lemma_.lower()
    if subject.pos_ != "NOUN":
        return SourceKey(key)
    modifiers = frozenset(
        c.lemma_.lower()
        for c in subject.children
        if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN")
    )
    other = any(
        c.lower_ in lex.other_source_words for c in subject.children if c.dep_ in ("det", "amod")
    )
    return SourceKey(key, modifiers, other)


def _same_voice(voice: SourceKey | None, other: SourceKey | None) -> bool:
    """Whether two source keys (`_source_key`) may name one source: the same head word, and the
    modifiers of one among the other's ("the ministry" and "the health ministry"; not "a medical
    group" and "a local activist group"). Two author's voices (None) are one."""
    if voice is None or other is None:
        return voice is None and other is None
    if voice.head != other.head or voice.other or other.other:
        return False
    return voice.modifiers <= other.modifiers or other.modifiers <= voice.modifiers


def _according_to(tokens: Iterable[Token]) -> SourceKey | None:
    """The source of "according to X" among a sentence's `tokens`."""
    for t in tokens:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objects = [o for o in t.doc[t.i + 1].children if o.dep_ == "pobj"]
            objects += [o for c in t.children for o in c.children if o.dep_ == "pobj"]
            if objects:
                return SourceKey(objects[0].lemma_.lower())
    return None


@dataclasses.dataclass
class _Sentence:
    """What the context of every mention in one sentence shares, read once."""

    locatives: list[tuple[Token, int, int]]
    according_to: SourceKey | None
    separate: bool
    updates: bool

    @classmethod
    def of(
        cls,
        sent: Span,
        places: dict[int, EntityItem],
        lex: CasualtyLexicon,
        words: list[list[int]],
        hashes: frozenset[int],
    ) -> _Sentence:
        """Reads only the tokens whose form or lemma can matter (`hashes`; `words` holds each
        token's LOWER and LEMMA), so a sentence costs a scan of integers, not of tokens."""
        doc = sent.doc
        cues = [
            doc[i]
            for i in range(sent.start, sent.end)
            if words[i][0] in hashes or words[i][1] in hashes
        ]
        if not cues:
            return cls([], None, False, False)
        return cls(
            _locatives(cues, places, lex),
            _according_to(cues) if any(t.lower_ == "according" for t in cues) else None,
            _separate_incident(cues, lex),
            any(_update_cue(t, lex) for t in cues),
        )


def _update_cue(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a word says a figure was revised (`update_words`): not a report noun ("in its
    daily update") nor a transitive verb whose object is no toll ("the bodies of 41 people had
    been brought to hospitals", "raised concerns"; but "bringing the toll to seven")."""
    lemma = token.lemma_.lower()
    if lemma not in lex.update_words:
        return False
    if token.pos_ == "NOUN" and lemma in lex.report_nouns:
        # "in its latest update" revises; "in its daily update" only reports
        return any(c.lower_ in lex.update_words for c in token.children if c.dep_ == "amod")
    if token.pos_ == "VERB":
        objects = _children(token, "nsubjpass" if _is_passive(token) else "dobj")
        if objects and not any(o.lemma_.lower() in lex.toll_nouns for o in objects):
            return False
    return True


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _separate_incident(
    tokens: Iterable[Token], lex: CasualtyLexicon, introduced: bool = False
) -> bool:
    """ "In a separate attack", "another shooting": the sentence is about another incident.
    With `introduced`, only one the sentence brings in ("another explosion hit a minibus"), not
    one of the incidents already summed up ("the second shooting was reported ...")."""
    return any(
        t.lower_ in lex.separate_incident_words
        and t.dep_ in ("amod", "det")
        # "In a separate operation, soldiers arrested five": an operation is an incident too,
        # and so is a police blotter's "In a separate case"
        and (
            t.head.lemma_.lower() in lex.event_nouns
            or t.head.lemma_.lower() in lex.operation_nouns
            or t.head.lemma_.lower() in lex.case_nouns
        )
        and t.head.tag_ == "NN"  # "in separate shootings" sums several incidents
        and not (
            (introduced or ent_label(t) == "ORDINAL")
            and any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in t.head.children)
        )  # "performed two attacks ... The second attack killed eight": one of those summed up
        for t in tokens
    )


def _opens_scene(sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether a sentence opens with a `lex.scene_openers` phrase and a comma ("Elsewhere,",
    "Separately,", "Across the border,"): it turns to another incident. Reads only the first
    words of the sentence (after any opening quote or dash)."""
    tokens = [t for t in sent[:14] if not (t.is_punct and t.lower_ != ",") and not t.is_space]
    words = [t.lower_ for t in tokens]
    return any(
        len(words) > len(opener)
        and tuple(words[: len(opener)]) == opener
        and (words[len(opener)] == "," or _place_or_time_before_comma(tokens[len(opener) :]))
        for opener in lex.scene_openers
    )


def _place_or_time_before_comma(tokens: list[Token]) -> bool:
    """ "Elsewhere in the enclave, ...", "Separately on Monday, ...": a prepositional phrase
    and then the comma, no verb between (the opener still opens the sentence)."""
    if not tokens or tokens[0].pos_ != "ADP":
        return False
    for token in tokens[1:]:
        if token.lower_ == ",":
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _share_joined_incident(mentions: list[Mention]) -> None:
    """A harm verb joined to an earlier one by "and" ("a grenade attack killed six people and
    wounded 20") tells of the same event: it takes that verb's cause when its own clause names
    none, and is of another incident when that verb's figure is."""
    by_verb = {m.trigger.token.i: m for m in mentions}
    for mention in mentions:
        verb = mention.trigger.token
        if verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        first = by_verb.get(verb.head.i)
        if first is None or first.sent != mention.sent:
            continue
        mention.cause = mention.cause or first.cause
        mention.separate = mention.separate or first.separate


def _opens_sequel(sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether a sentence opens with a phrase of time before or after the incident told so
    far ("Earlier on Tuesday,", "A day earlier,", "Hours later,": a `lex.sequel_words` word
    before the first comma, in a phrase without a verb, so not "Police later said,")."""
    words = [t for t in sent[:8] if not t.is_space and not (t.is_punct and t.lower_ != ",")]
    comma = next((i for i, t in enumerate(words) if t.lower_ == ","), 0)
    opening = words[:comma]
    return any(t.lower_ in lex.sequel_words for t in opening) and not any(
        t.pos_ in ("VERB", "AUX") for t in opening
    )


def _own_event(mention: Mention) -> bool:
    """Whether the harm's clause names its cause as an event not pointed back to ("a drone
    strike on a car", "RSF shelling of El Fasher"; not "the attack", "its offensive"), or
    brings in who did it ("a man fatally shot his wife"; not "the gunman")."""
    cause = mention.cause
    if cause is not None:
        return not any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in cause.children)
    if (
        mention.quantity.kind == "indefinite"
        and _is_passive(mention.trigger.token)
        and not _described_before(mention)
    ):
        # "Earlier in the week, a man was shot dead": someone brought in, harmed by others;
        # not "Hours later, a woman died", who may be one of the wounded, nor "Four were
        # killed, including a 64-year-old man ... Earlier Friday, a 64-year-old man was
        # killed", described as one of them.
        return True
    if mention.trigger.role == "toll":
        # "Later, a regional health official put the toll at 16": who puts a toll counts the
        # dead; he did not kill them, so he brings in no new incident
        return False
    doers = _doers(mention)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for d in doers for c in d.children):
        return True
    # "Hours later, gunmen stormed a village and killed 20": doers brought in as a bare plural
    # do a deed of their own; not when the harm is what someone said ("Later, officials said
    # gunmen had killed 20" may give the first toll grown).
    verb = doers[0].head if doers else None
    return (
        verb is not None
        and verb.dep_ not in ("xcomp", "relcl", "acl")
        # the verb heads its sentence, or only a report told after it ("..., residents said")
        and not any(a.i < verb.i for a in verb.ancestors)
        and any(
            d.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in d.children)
            for d in doers
        )
    )


def _described_before(mention: Mention) -> bool:
    """Whether the words of a figure after its article ("64-year-old man" of "a 64-year-old
    man") stand as words earlier in the text."""
    doc = mention.group.token.doc
    q = mention.quantity
    words = [t.lower_ for t in doc[q.start : q.end] if t.dep_ != "det"]
    if not words:
        return False
    pattern = r"\b" + r"\s*".join(re.escape(w) for w in words) + r"\b"
    return re.search(pattern, doc[: q.start].text.lower()) is not None


def _onset_event(anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm is told as the event that began a conflict ("The war began when
    militants attacked, killing around 1,200", "the fighting was sparked by an attack in which
    40 soldiers died", "an ambush that killed 30 troops triggered the conflict"): it is named
    for context, another incident than the one the article reports.

    Reads up at most six heads from the harm word to a verb of `lex.onset_verbs` entered from
    a subordinate word (a conjoined clause, "the war began in 2022, and strikes killed 40
    today", is no origin) whose subject, object or described noun is a conflict noun
    (`lex.campaign_subjects`)."""
    token = anchor
    for _ in range(6):
        head = token.head
        if head == token:
            return False
        if head.pos_ == "VERB" and head.lemma_.lower() in lex.onset_verbs:
            if token.dep_ in ("advcl", "prep", "agent"):
                conflicts = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if head.dep_ == "relcl":
                    conflicts.append(head.head)  # "the war, which began when ..."
            elif token.dep_ == "nsubj":
                conflicts = [c for c in head.children if c.dep_ == "dobj"]  # "sparked the war"
            else:
                return False
            return any(c.lemma_.lower() in lex.campaign_subjects for c in conflicts)
        token = head
    return False


def _since_event(anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm is told in a relative clause on the event a "since" ranks the news
    against ("the deadliest attack on the town since a 2023 strike on a market that killed 13
    people", "the worst strikes since an air strike that killed dozens in April last year"):
    that event came before, another incident named for context. Reads up to four heads from
    the harm verb through its relative clause and the nouns and prepositions above it to an
    `event_nouns` noun that "since" takes; "killed 13 people since the war began" is a tally
    (no relative clause), not such an event."""
    if anchor.dep_ != "relcl":
        return _ranked_since_aside(anchor, lex)
    token = anchor.head
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ == "since":
            return token.lemma_.lower() in lex.event_nouns
        if token.dep_ not in ("pobj", "prep") or token.head == token:
            break
        token = token.head
    # "..., with police reporting at the time 90 people killed", parsed as a relative clause
    # on "time"
    return _ranked_since_aside(anchor, lex)


#: clause links by which an aside hangs on the clause that ranks the news ("..., with officials
#: reporting at the time 150 killed", "..., when 150 people were killed")
ASIDE_DEPS = frozenset({"pcomp", "prep", "pobj", "advcl", "acl", "ccomp", "relcl"})


def _ranked_since_aside(anchor: Token, lex: CasualtyLexicon) -> bool:
    """ "the deadliest since an assault in Ghazni in August 2018, with officials reporting at
    the time 150 security forces ... killed", "the worst since a 2017 bombing, when 150 people
    were killed": a harm told in an aside ("with ...", "when ...") after a superlative "since"
    and its event noun is that earlier event's toll, as in the relative clause
    `_since_event` reads. The aside must come after "since", hang on the clause that holds
    it through `ASIDE_DEPS` links only, and point back in time (`since_aside_markers`): "the
    deadliest since the 2017 bombing, with at least 50 killed" gives this incident's toll,
    and so does the main clause ("has arrested 30 since the attack")."""
    token = anchor
    for _ in range(6):
        if token.dep_ not in ASIDE_DEPS or token.head == token:
            return False
        aside, token = token, token.head
        words = " " + " ".join(t.lower_ for t in aside.subtree) + " "
        if not any(f" {marker} " in words for marker in lex.since_aside_markers):
            continue
        # "since" on the clause's verb or on its ranked noun ("was the worst attack since")
        ranked = [token, *(c for c in token.children if c.pos_ in ("NOUN", "ADJ"))]
        for since in (s for holder in ranked for s in holder.children):
            if (
                since.lower_ == "since"
                and since.i < anchor.i
                and _superlative_since(since)
                and any(o.lemma_.lower() in lex.event_nouns for o in _children(since, "pobj"))
            ):
                return True
    return False


def _lost_subject(verb: Token) -> Token | None:
    """The subject of a harm verb the parse hung as a participle on a noun of that subject's
    own phrase, leaving the sentence without a main verb ("a rocket attack on the camp north
    of the town killed 16 people": "killed" an `acl` of "town", "attack" the root): the
    sentence's root noun when the participle takes a direct object, which no passive
    participle modifying a noun does; None for a parse with a main verb."""
    root = verb.sent.root
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and root.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "dobj" for c in verb.children)
        and _governs(root, verb)
    ):
        return root
    return None


def _prior_deed(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is a doer's deed in the past perfect set before the incident by a
    `prior_deed_adverbs` word ("the suspect had killed his brother earlier in the day", "had
    shot dead a neighbour earlier that morning"). A passive ("two had been shot earlier") may
    tell the toll's own people, and the simple past keeps the reading of its context."""
    if mention.trigger.role != "verb":
        return False  # "had earlier put the number of dead at 19": a toll told, no deed
    verb = mention.trigger.token
    if verb.pos_ != "VERB" or not _children(verb, "nsubj"):
        return False
    if not any(a.dep_ == "aux" and a.lemma_ == "have" and a.tag_ == "VBD" for a in verb.children):
        return False
    return any(
        t.lower_ in lex.prior_deed_adverbs
        for c in verb.children
        if c.dep_ in ("advmod", "npadvmod")
        for t in (c, *c.children)
    )


def _own_verb(token: Token) -> Token:
    """The verb whose clause holds a harm word itself (at most four heads up), not the verb
    its clause is conjoined to."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def _in_own_clause(head: Token, token: Token) -> bool:
    """`_in_clause`, not reaching into a verb conjoined to `head` ("a fire killed 32 in 2022,
    and a blaze left 56 dead last year": "last year" is the second clause's only)."""
    for _ in range(8):
        if token == head:
            return True
        if token.head == token or token.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis"):
            return False
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def _cause(anchor: Token, lex: CasualtyLexicon) -> Token | None:
    """The event noun (`lex.event_nouns`) the harm's own clause names as its cause: the subject
    of its verb ("a fire at a karaoke parlour killed 32", "a blaze ... left 56 dead", "a fire
    broke out, killing 11"), the noun its relative clause describes ("a strike that killed
    three") or the object of "in" ("were killed in an airstrike"); None when it names none."""
    verb = _own_verb(anchor)
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG" and not has_subject(verb, SUBJECT_DEPS):
        verb = verb.head  # "killing 19 people and wounding more than 40": one participle's
    heads = [verb]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        heads.append(verb.head)
    for head in heads:
        for child in head.children:
            # "Earlier, shelling of a market killed 15": a gerund subject is tagged a verb,
            # its lemma "shell"; the word as written names the event
            if child.dep_ == "nsubj" and (
                child.lemma_.lower() in lex.event_nouns
                or (child.tag_ == "VBG" and child.lower_ in lex.event_nouns)
            ):
                return child
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in lex.event_nouns:
        return verb.head
    subject = _lost_subject(verb)
    if subject is not None and subject.lemma_.lower() in lex.event_nouns:
        return subject
    # "a helicopter crashed, killing both pilots", "killed when a boat capsized": the one thing
    # an occurrence verb tells of stands for the event.
    occurrences = heads[1:] + [
        c for c in verb.children if c.dep_ == "advcl" and _event_clause(c, lex.occurrence_marks)
    ]
    for occurrence in occurrences:
        if occurrence.lemma_.lower() in lex.occurrence_verbs:
            for child in occurrence.children:
                if child.dep_ == "nsubj" and child.pos_ == "NOUN" and _brought_in(child, lex):
                    return child
    # "three people were killed and 12 were wounded in a shooting": the parse hangs a phrase
    # closing coordinated clauses on the last, but it tells the cause of each.
    closing = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for holder in [verb, *closing]:
        for prep in _children(holder, "prep"):
            if prep.lower_ == "in":
                for obj in _children(prep, "pobj"):
                    if obj.lemma_.lower() in lex.event_nouns:
                        return obj
    return None


def _recalled_event(
    mention: Mention,
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> bool:
    """Whether the harm's cause points back, by a determiner of `lex.recalled_event_determiners`,
    to an event the sentence before dates long before publication ("since October 7, when
    gunmen stormed southern Israel. About 1,200 people were killed in that attack"; "The city
    was hit in 2014, when a bomber struck the market. Fifty died in that attack"): an event
    named for context. "that shooting" after a shooting of the night reported is the night's."""
    cause = mention.cause
    if (
        cause is None
        or published is None
        or mention.sent.start == 0
        or not any(
            c.dep_ == "det" and c.lower_ in lex.recalled_event_determiners for c in cause.children
        )
    ):
        return False
    before = cause.doc[mention.sent.start - 1].sent
    return any(
        before.start <= span.start < before.end
        and date["resolved_end"]
        and _days_before(date["resolved_end"], published) > lex.separate_incident_days
        for span, date in dates
    )


def _brought_in(event: Token, lex: CasualtyLexicon) -> bool:
    """Whether an event noun is told as one not named before ("a blaze", "another strike"),
    by a determiner of `lex.new_event_determiners`."""
    return any(
        c.dep_ in ("det", "amod") and c.lower_ in lex.new_event_determiners for c in event.children
    )


def _date_range(root: Token, dates: list[tuple[Span, DateItem]], lex: CasualtyLexicon) -> bool:
    """Whether the harm's clause (the subtree of its head `root`, with the clauses coordinated
    in it: "1,617 killed and 580 injured between January and March") holds a range of months
    or years: a `lex.range_starts` preposition on a date closed by a conjoined date ("between
    July 2023 and June 2024") or by a `lex.range_ends` preposition ("from 2019 through 2023"),
    one end dated with a granularity of `lex.range_granularities`. `dates` are the date spans
    of the doc."""
    for prep in root.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in lex.range_starts:
            continue
        if _in_participle_after(prep, root):
            continue  # "killed six, raising the number killed since January to 120"
        starts = [o for o in prep.children if o.dep_ == "pobj" and ent_label(o) == "DATE"]
        if not starts:
            continue
        ends = [c for c in starts[0].children if c.dep_ == "conj"]
        ends += [
            o
            for p in itertools.chain(prep.children, starts[0].children, prep.head.children)
            if p.dep_ == "prep" and p.lower_ in lex.range_ends
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if ends and any(
            span.start <= token.i < span.end and date["granularity"] in lex.range_granularities
            for token in (starts[0], *ends)
            for span, date in dates
        ):
            return True
    return False


def _in_participle_after(token: Token, root: Token) -> bool:
    """Whether `token` lies in a participle clause hanging on `root` ("killed six soldiers,
    raising the number of troops killed since January to 120"): that clause tells a figure of
    its own, whose period is not the harm's."""
    while token != root and token.head != token:
        if token.dep_ == "advcl" and token.tag_ == "VBG":
            return True
        token = token.head
    return False


def _dated_occasion(anchor: Token, root: Token, lex: CasualtyLexicon) -> bool:
    """Whether the harm's clause tells one occasion on a date ("since March, when a strike on
    the ship left three sailors dead", "the deadliest since 2019, when 25 soldiers were killed
    in an ambush"): a relative or adverbial clause opened by `lex.occasion_marks` on a date,
    whose verb tells the harm (not a harm noun: "in 2012, when the city set a record with 71
    homicides" is a year's tally). Its figure is that occasion's, not a tally over the period
    the date opens."""
    return _occasion_date(anchor, lex) is not None


def _occasion_date(anchor: Token, lex: CasualtyLexicon) -> Token | None:
    """The date word a `_dated_occasion` clause hangs on ("2017" in "the deadliest since 2017,
    when police killed 37"), else None. The harm's verb may be the clause's own or one
    coordinated with it or a participle after it ("since 2014, when gunmen stormed a school
    and killed 150", "in 2019, when a bomb exploded, killing 25"): each tells the same occasion."""
    if anchor.pos_ == "NOUN":
        return None
    clause = _own_verb(anchor)
    for _ in range(3):
        if (
            clause.dep_ in ("relcl", "advcl")
            and ent_label(clause.head) == "DATE"
            and any(c.dep_ == "advmod" and c.lower_ in lex.occasion_marks for c in clause.children)
        ):
            return clause.head
        if not (clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")):
            return None
        clause = clause.head
    return None


# -- relations ---------------------------------------------------------------------------------

SINGULAR_KINDS = frozenset({"indefinite", "definite", "named", "pronoun", "ordinal"})
HARM_TYPES = frozenset({"injured", "killed", "killed_or_injured"})


def _is_singular(mention: Mention) -> bool:
    return mention.quantity.value == 1 and mention.quantity.kind in SINGULAR_KINDS | {"numeric"}


def _is_person(mention: Mention) -> bool:
    """One person named or described ("a man", "the victim", "John Smith", "he"), not "one"."""
    return mention.quantity.value == 1 and mention.quantity.kind in SINGULAR_KINDS


def _picked_one(mention: Mention) -> bool:
    """One person picked out of a group ("one of them", "one of the reporters"): not a group
    a later figure could restate, but one of the people a later figure may hold."""
    q = mention.quantity
    return q.value == 1 and q.partitive and q.qualifier == "exact" and not _is_person(mention)


def _size(quantity: Quantity, low_first: bool) -> int | None:
    first, second = (quantity.low, quantity.best) if low_first else (quantity.best, quantity.low)
    return first if first is not None else second


class PlaceRef(NamedTuple):
    """What the casualty stage needs of a geocoded place entity to compare locations."""

    cluster: str
    geonames_id: int
    kind: str | None  # country, admin1, capital or city (the gazetteer's kinds)
    country: str | None
    admin1: str | None
    #: the name, lower-case, and the name without a trailing region word ("gaza strip", "gaza")
    name: str
    stem: str
    #: where the gazetteer puts it (None when it gives no point)
    latitude: float | None = None
    longitude: float | None = None


def _place_ref(entity: EntityItem, lex: CasualtyLexicon) -> PlaceRef:
    """The comparable facts of a geocoded place entity (reads `EntityItem` place fields)."""
    words = entity["canonical"].lower().split()
    stem = words[:-1] if len(words) > 1 and words[-1] in lex.region_words else words
    return PlaceRef(
        entity["cluster_id"],
        entity["geonames_id"] or 0,
        entity.get("place_kind"),
        entity.get("country_code"),
        entity.get("admin1"),
        " ".join(words),
        " ".join(stem),
        entity.get("latitude"),
        entity.get("longitude"),
    )


def place_contains(outer: PlaceRef, inner: PlaceRef) -> bool:
    """True when `inner` lies within `outer` or is the same place: one cluster or GeoNames id,
    a region or town in a country, a town in an admin1 region, or, within one country, a
    region named as a town the gazetteer files under no region plus a region word ("Gaza
    Strip" / "Gaza")."""
    if outer.cluster == inner.cluster or outer.geonames_id == inner.geonames_id:
        return True
    if outer.country is None or outer.country != inner.country or inner.kind == "country":
        return False
    if outer.kind == "country":
        return True
    if outer.kind != "admin1" or inner.kind == "admin1":
        return False
    if inner.admin1 is not None and inner.admin1 == outer.admin1:
        return True
    # A town the gazetteer files under no region lies in the region named after it; a town it
    # files elsewhere does not ("Washington" the capital is not in "Washington State").
    return inner.admin1 is None and outer.stem != outer.name and outer.stem == inner.name


def innermost_places(places: Iterable[PlaceRef]) -> frozenset[PlaceRef]:
    """The places of one location phrase that contain none of the others: in "the U.S. border
    city of El Paso, Texas" the country and the state only qualify the town, and must not make
    the figure meet every other figure located in the United States."""
    found = set(places)
    return frozenset(p for p in found if not any(q != p and place_contains(p, q) for q in found))


def places_meet(first: frozenset[PlaceRef], second: frozenset[PlaceRef]) -> bool:
    """True when some place of one set is, contains or lies within some place of the other."""
    return any(place_contains(a, b) or place_contains(b, a) for a in first for b in second)


def _lead_places(
    mentions: list[Mention],
    entities: dict[int, EntityItem],
    breaks: list[int],
    lex: CasualtyLexicon,
) -> frozenset[PlaceRef]:
    """Where the article's incident happened: the places of the located mentions of the lead
    (the first sentence with a mention); when its harm clauses name none, the geocoded towns
    and regions the lead names elsewhere ("A missile attack on Zaporizhzhia killed seven"),
    not the place of a later paragraph's other incident ("Elsewhere, in the Kharkiv region, a
    man was killed"); when the lead names no place at all, the places of the first sentence
    of the lead's paragraph that locates a mention (empty if none does: "In the northeast, a
    drone strike near Qamishli killed a commander" tells of another incident)."""
    lead = mentions[0].sent
    located = frozenset(p for m in mentions if m.sent.start == lead.start for p in m.places)
    if located:
        return located
    named = innermost_places(
        _lead_place(lead.doc, entities[i], lex)
        for i in range(lead.start, lead.end)
        if i in entities
        and entities[i]["label"] == "GPE"
        and entities[i].get("geonames_id") is not None
        and not _speaker_owner(lead.doc[i], lex)
        and i >= _dateline_end(lead)
    )
    if named:
        return named
    paragraph = _paragraph_start(breaks, lead.start)
    first = next(
        (
            m
            for m in mentions
            if m.places
            and not m.framed  # a frame of its own sentence places only that sentence's harm
            and _paragraph_start(breaks, m.sent.start) == paragraph
        ),
        None,
    )
    if first is None:
        return frozenset()
    return frozenset(p for m in mentions if m.sent.start == first.sent.start for p in m.places)


def _dateline_end(sent: Span) -> int:
    """The first token after a wire dateline that opens a sentence ("ISLAMABAD (AP) —", "KYIV,
    May 9 (Reuters) -"): where the report was filed, not where the harm was. The sentence's
    start when it opens with no such line (a dash after words with no verb among them)."""
    for token in sent[:12]:
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.text in ("—", "–", "-", "--") and token.i > sent.start:
            return token.i + 1
    return sent.start


def _speaker_owner(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a place name only owns the speaker of the sentence ("police arrested 17
    people, Spain's Interior Ministry said"): the speaker's country, not where the harm was."""
    if token.dep_ != "poss":
        return False
    speaker = token.head
    return (
        speaker.dep_ == "nsubj"
        and speaker.head.lemma_.lower() in lex.speech_verbs
        and speaker.head.pos_ == "VERB"
    )


def _one_of_summed(earlier: Mention, later: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure of "another" event is one of the events an earlier figure sums ("Israeli
    strikes across Gaza killed at least 40 ... Another strike on a car in Khan Younis killed
    three men"): the earlier figure's cause is the plural of the later's event word, and the
    later's places lie within the earlier's. "A strike killed 12 ... Another strike killed
    three" stays two incidents, and so do "killed in two accidents ... In a third accident" and
    "strikes killed eight ... In a separate strike, four were killed"."""
    if (
        later.cause is not None
        and later.cause.tag_ == "NN"
        and later.cause.lemma_.lower() in lex.event_nouns
        and not any(c.lower_ in lex.separate_incident_words for c in later.cause.children)
        and _rounds_up_here(earlier, later, lex)
    ):
        return True  # "23 were shot across Chicago ... Hours later, a man was killed in a shooting"
    if (
        later.cause is None
        and _opens_sequel(later.sent, lex)
        and _rounds_up_here(earlier, later, lex)
    ):
        # "Four people were shot across Philadelphia ... Later, a woman was shot in the leg on
        # North Broad Street": a time opener with no event word moves on within the round-up
        return True
    if earlier.cause is None or later.cause is None or earlier.cause.tag_ != "NNS":
        return False
    if earlier.cause.lemma_.lower() != later.cause.lemma_.lower() or later.cause.tag_ != "NN":
        return False
    if _ranked_beyond(later.cause, earlier.cause, lex):
        return False
    if any(c.lower_ in lex.apart_event_words for c in later.cause.children if c.dep_ == "amod"):
        return False  # "Israeli strikes near Damascus ... In a separate strike on Aleppo"
    return not (earlier.places and later.places and not places_meet(earlier.places, later.places))


def _ranked_beyond(event: Token, events: Token, lex: CasualtyLexicon) -> bool:
    """Whether an event noun's ordinal ("a third accident") passes the number of events a
    plural counts ("two road accidents"): an event besides those the plural sums."""
    words = lex.words
    counts = [words.numbers.parse(c.text) for c in events.children if c.dep_ == "nummod"]
    ranks = [words.numbers.ordinal(c.text) for c in event.children if c.dep_ == "amod"]
    count = next((c for c in counts if c), None)
    rank = next((r for r in ranks if r), None)
    return count is not None and rank is not None and rank > count


def _lead_place(doc: Doc, entity: EntityItem, lex: CasualtyLexicon) -> PlaceRef:
    """A place the lead names, widened to its country when joined to other places it does not
    name ("protesters in Nairobi and several other cities")."""
    ref = _place_ref(entity, lex)
    span = doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
    if span is not None and _joined_other_places(doc, span.end, lex):
        return next(iter(_countries(frozenset({ref}))))
    return ref


def _same_incident(earlier: Mention, later: Mention, lex: CasualtyLexicon) -> bool:
    """False when the two mentions are about different incidents: other towns, a month or
    year against an incident day, or a sentence that says so ("in a separate attack"). Two
    different days are not enough: a report's days are often those of the inquiry."""
    if (
        earlier.sent == later.sent
        and earlier.cause is not None
        and later.cause is not None
        and earlier.cause != later.cause
        and _brought_in(earlier.cause, lex)
        and _brought_in(later.cause, lex)
    ):
        return False  # "a fire at a karaoke parlour killed 32, and a blaze in a Hanoi apartment
        # building left 56 dead": each clause brings in an event of its own
    if _other_event(earlier, later, lex) and not _ranked_part(later, lex):
        return False
    if _sides_apart(earlier, later):
        return False
    if earlier.entry is not None and later.entry is not None and earlier.entry != later.entry:
        return False  # two entries of a live page: each tells its own incident
    if _weeks_apart(later, lex) != _weeks_apart(earlier, lex):
        return False  # "The shooting came six weeks after a massacre where a gunman killed 49"
    if earlier.sent != later.sent and _prior_deed(later, lex) and not _prior_deed(earlier, lex):
        return False  # "shot dead five shoppers ... he had killed his wife earlier that day"
    if earlier.sent == later.sent and _set_apart_by_span(later, lex) != _set_apart_by_span(
        earlier, lex
    ):
        return False  # "killed eight people, a day after a boy shot dead nine at his school"
    if later.group.update and _set_apart_by_span(earlier, lex):
        return False  # "... a day after a boy shot dead nine. The toll had risen to nine": a
        # revision revises the report's own event, not the one set a span apart
    if _definite_restatement(earlier, later):
        return True  # "Seven people were wounded in Rockingham County Saturday ... the seven
        # people shot during a Christmas party in Madison": "the" with the figure told points
        # back to its people, whatever town or day the writer now names
    if earlier.act_day and later.act_day and earlier.act_day != later.act_day:
        return False  # "eight were killed on Monday ... a farmer was killed on Tuesday"
    if later.origin and not earlier.origin and _sizes_differ(later.quantity, earlier.quantity):
        # "32 killed in a strike on a school ... The war began when militants attacked, killing
        # around 1,200": the origin of the conflict, not this toll revised ("The violence began
        # when gunmen stormed the village, killing 12" may tell the lead's 12 again).
        return False
    if (
        later.separate
        and not (earlier.separate and earlier.sent == later.sent)
        and not _same_scene(earlier, later, lex)
        and not _one_of_summed(earlier, later, lex)
    ):
        # "another aftershock which left at least six people dead after they were killed":
        # another incident than those before, the same one as its own sentence's figures
        # that are of it too.
        return False
    if _held_where(later, lex):
        # "seized 250 hostages on Oct. 7 ... About 120 hostages remain in Gaza": where and
        # when a group is still held tells of those taken, not of another incident.
        return True
    # "the attacks are the deadliest since the bombing which killed 87 on June 19, 2007":
    # days far apart are other incidents, not the days of one inquiry.
    if (
        earlier.event_date
        and later.event_date
        and abs(_days_before(earlier.event_date, later.event_date)) > lex.separate_incident_days
    ):
        return False
    if later.date_known and not later.event_date and _incident_day(earlier):
        return False  # "in August 2018" against an incident day
    if (
        later.period
        and not (earlier.event_date or earlier.period or earlier.date_known)
        and not _person_background(earlier, lex)
        and earlier.article_day
        and _days_before(later.period[1], earlier.article_day) > lex.separate_incident_days
    ):
        # "the toll rose to five ... In March, three people were killed in a shooting near the
        # university": a month or year long before the incident the undated figure is of.
        return False
    if earlier.period and later.period and not _periods_meet(earlier.period, later.period):
        return False  # "assassinated in 1963" and "killed in June 1968": two incidents
    if _singled_out(later, lex):
        return True  # "killed 40 across Gaza ... In Rafah alone, 15 were killed": a part of it
    if _rounds_up(earlier, lex) and (
        _neighbourhoods_of(earlier.places, later.places, lex) or _named_neighbourhood(later, lex)
    ):
        return True  # "violence across Chicago ... a man was shot dead in Chatham"
    # "in El Paso" and "in Gilroy", but not "on Samos" and "in Greece"
    return not (earlier.places and later.places and not places_meet(earlier.places, later.places))


def _definite_restatement(earlier: Mention, later: Mention) -> bool:
    """Whether a later figure is "the" with the very figure of the same harm told before ("the
    seven people shot" after "Seven people were wounded"): a back-reference, whatever place the
    writer now names (a town, where the earlier named the county)."""
    q, f = later.quantity, earlier.quantity
    if q.kind != "numeric" or f.kind != "numeric" or q.partitive or q.additive:
        return False
    if later.type != earlier.type or (q.qualifier, q.value) != ("exact", f.value):
        return False
    return later.group.token.doc[q.start].lower_ == "the" and earlier.sent != later.sent


def _held_where(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a captive figure is told as a state kept ("200 hostages are still held in Gaza",
    "remain in custody in Tehran"): its place is where the people are held, not where they
    were taken, so it tells no other incident. Not one person named or described ("Son is
    already in prison in South Korea"): he may be held for anything."""
    if mention.type not in CAPTIVE_TYPES or _is_person(mention):
        return False
    anchor = mention.trigger.token
    if anchor.pos_ == "NOUN" and anchor.dep_ in ("nsubj", "nsubjpass"):
        # "About 120 hostages remain in Gaza", "are still held": the captive noun's verb
        verb = anchor.head
        return verb.lemma_.lower() in lex.state_words or verb.lemma_.lower() in lex.state_copulas
    return _held_state(mention, anchor, lex)


def _incident_day(mention: Mention) -> str | None:
    """The day of a figure's incident: its own, else that of the figure it revises or repeats
    ("four were killed late on Saturday ... the death toll had risen to five": the toll's
    sentence dates only the report, the five are Saturday's)."""
    seen: set[int] = set()
    while mention.event_date is None and mention.related is not None and id(mention) not in seen:
        seen.add(id(mention))
        mention = mention.related
    return mention.event_date


def _time_marks(token: Token) -> list[Token]:
    """The "after" / "before" that open the clause `token` heads."""
    return [c for c in token.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]


def _set_apart_by_span(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is a clause with a doer of its own that "after" or "before" opens with
    a span of any length ("a day after a boy shot dead nine", "hours before gunmen killed 12"):
    beside the sentence's main clause it tells another event, however close in time. Not "died
    two days after the attack", whose harm is the main clause."""
    token = _own_verb(mention.trigger.token)  # not the clause a conjunct hangs on
    marks = _time_marks(token)
    spans = [
        c
        for head in [token, *marks]
        for c in head.children
        if c.dep_ == "npadvmod" and c.lemma_.lower() in lex.window_unit_days
    ]
    # a clause opened by "after" is sometimes read as a conjunct of the main one
    return (
        bool(marks and spans)
        and token.dep_ in ("advcl", "conj")
        and bool(_children(token, "nsubj"))
    )


def _weeks_apart(mention: Mention, lex: CasualtyLexicon) -> bool:
    """`_weeks_of` read once per mention: `_same_incident` asks it for every pair."""
    if mention.weeks_apart is None:
        mention.weeks_apart = _weeks_of(mention, lex)
    return mention.weeks_apart


def _weeks_of(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is told inside what "after" or "before" opens with a span of a week or
    more ("came six weeks after a massacre at a nightclub, where a gunman killed 49", "a year
    before a bombing killed 20"): an event set weeks from the one the sentence tells, not its
    toll. Not "died two days after the attack" (the harm is the clause "after" hangs on)."""

    def weeks(head: Token) -> bool:
        return any(
            c.dep_ == "npadvmod" and lex.window_unit_days.get(c.lemma_.lower(), 0) >= 7
            for c in head.children
        )

    token = _clause_root(mention.trigger.token)
    if _hung_past_span(token, weeks):
        return True
    marks = _time_marks(token)
    if marks:
        # "came two weeks after bandits killed 30" (the span on the verb or on "after"); "The
        # attack came a day after militiamen killed 12": an event set after another, however
        # soon, is not that other one.
        return weeks(token) or any(weeks(mark) for mark in marks) or _event_set_after(token, lex)
    for _ in range(8):
        if token.head == token:
            return False
        token = token.head
        if token.lower_ in ("after", "before") and weeks(token):
            return True  # "six weeks after a massacre ..., where a gunman killed 49"
        marks = _time_marks(token)
        if marks and (
            weeks(token) or any(weeks(mark) or _span_right_before(mark, weeks) for mark in marks)
        ):
            # "came a week after militants attacked a hotel, killing nine": the participle's
            # clause is the one "after" opens (the span may hang on "came").
            return True
        if marks and _event_set_after(token, lex):
            # "The attack came hours after a bomb exploded at a checkpoint, killing two
            # soldiers": the participle goes on telling the event set before the attack.
            return True
    return False


def _span_right_before(mark: Token, weeks: Callable[[Token], bool]) -> bool:
    """Whether the span of "weeks after" right before the mark hangs on another word ("came
    weeks after militants stormed a post", the span parsed on "came")."""
    if mark.i == 0:
        return False
    span = mark.doc[mark.i - 1]
    return span.dep_ == "npadvmod" and span.head != mark.head and weeks(span.head)


def _hung_past_span(clause: Token, weeks: Callable[[Token], bool]) -> bool:
    """Whether a harm clause the parser hung on the main verb follows, on that verb, an "after"
    or "before" with a span of weeks ("The accident comes a year after three trains collided,
    killing nearly 300"; "came two years after a bombing at the market killed 40"): it goes on
    telling the event set apart, not the main clause's. A "where" clause on a place the parser
    hung on that verb after the span ("came six weeks after a massacre at a nightclub in
    Orlando, in central Florida, where a gunman killed 49") tells that place's event too."""
    hung = clause
    if clause.dep_ == "relcl" and clause.head.dep_ == "pobj" and clause.head.head.dep_ == "prep":
        hung = clause.head.head
    elif clause.dep_ not in ("advcl", "conj"):
        return False
    head = hung.head
    if head == hung or head.pos_ not in ("VERB", "AUX"):
        return False
    for child in head.children:
        if not head.i < child.i < hung.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("after", "before") and weeks(child):
            return True
        marks = _time_marks(child) if child.dep_ == "advcl" else []
        if marks and (weeks(child) or any(weeks(mark) for mark in marks)):
            return True
    return False


def _event_set_after(clause: Token, lex: CasualtyLexicon) -> bool:
    """Whether a harm clause opened by "after" / "before" hangs on a clause whose subject is an
    event noun ("The attack came a day after militiamen killed 12", "The bombing came hours
    after a suicide bomber killed five"): the harm is of an event before or after that one."""
    head = clause.head
    return (
        clause.dep_ == "advcl"
        and head.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in lex.event_nouns for c in head.children)
    )


def _other_event(earlier: Mention, later: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a later sentence's figure is of an event its own clause brings in, at a place of
    its own: "strikes killed 32 in Gaza ... an airstrike had killed a commander in the southern
    Lebanese village of Aitaroun", "floods killed 47 ... A helicopter crashed in the Mohmand
    district, killing both pilots". Its cause is told with "a"/"another" (`_brought_in`), is
    neither the earlier figure's cause word again ("strikes ... In Khan Younis, a strike on a
    house killed 12" breaks the toll down) nor a noun of an earlier sentence, the figures
    differ (the same number of the same people restates), and the event's place is not one
    inside the earlier figure's places; or it happened on another day."""
    cause = later.cause
    if cause is None or earlier.sent == later.sent or not _brought_in(cause, lex):
        return False
    if cause.lemma_.lower() in lex.kindless_events:
        return False  # "four were wounded in a single incident": no kind of event of its own
    if later.trigger.role == "toll" or later.quantity.partitive:
        return False  # "the toll from an explosion rose to 22", "two of them"
    if (
        later.quantity.value is not None
        and later.quantity.value == earlier.quantity.value
        and _may_name_same_people(later, earlier, lex)
    ):
        return False  # "killed 20 ... An explosion tore through the market, killing 20"
    # "30 were killed in Borno state on Friday ... On Saturday, a suicide bombing in Maiduguri
    # killed 18", "strikes killed 20 on Tuesday ... On Wednesday, a strike on a school killed
    # 14": an event brought in on another day than the earlier figure's is another incident,
    # whatever its place or its word.
    if (
        earlier.event_date
        and later.event_date
        and earlier.event_date != later.event_date
        and not _in_days_summed(earlier, later)
    ):
        return True
    if _sites_apart(earlier, later, lex):
        # "An Israeli strike on a house killed seven ... A strike on a school killed 20": one
        # event brought in, then another at a site of its own, is a second incident, whatever
        # word names it.
        return True
    if earlier.cause is not None and earlier.cause.lemma_.lower() == cause.lemma_.lower():
        return False
    if _rounds_up_here(earlier, later, lex):
        return False  # "23 were shot across Chicago ... two men were killed in a shooting"
    place = _event_place(later, lex)
    if place is None:
        return False
    resolved = [p for p in later.places if p.name in place]
    if resolved:
        apart = not any(q == p or place_contains(q, p) for p in resolved for q in earlier.places)
    elif _rounds_up(earlier, lex) and any(p.kind in ("country", "admin1") for p in earlier.places):
        # "strikes killed 12 across Ukraine ... In Kryvyi Rih, a missile hit a building,
        # killing five": a town the gazetteer cannot place, under a round-up of a whole country
        # or region, is one of the places the round-up sums, not a place apart.
        apart = False
    else:
        apart = place != _event_place(earlier, lex)
    # "the shooting at the motel ... Original story: a shooting at the motel left one person
    # dead": an event word the article has used before is its event told again.
    return apart and not any(
        t.pos_ == "NOUN" and t.lemma_.lower() == cause.lemma_.lower()
        for t in cause.doc[: later.sent.start]
    )


def _sites_apart(earlier: Mention, later: Mention, lex: CasualtyLexicon) -> bool:
    """Whether two figures are of two single events, each brought in with its own site ("a
    strike on a house" and "a strike on a school", "a bomb at a market" and "a car bomb outside
    a mosque"): the earlier cause is one event told with "a" (not "strikes", a series a strike
    may be part of), and the sites (`site_nouns`) differ."""
    first, second = earlier.cause, later.cause
    if first is None or second is None or first.tag_ != "NN" or not _brought_in(first, lex):
        return False
    sites = _event_site(first, lex), _event_site(second, lex)
    return None not in sites and sites[0] != sites[1]


def _event_site(cause: Token, lex: CasualtyLexicon) -> str | None:
    """The single site an event noun is told at ("a strike on a house": house, "a bomb outside
    a mosque": mosque): a `site_nouns` object of a locative preposition on the noun or its
    verb; None when neither names one."""
    for head in (cause, cause.head):
        for prep in _children(head, "prep"):
            if prep.lower_ not in lex.locative_preps and prep.lower_ not in lex.site_preps:
                continue
            for obj in _children(prep, "pobj"):
                if obj.lemma_.lower() in lex.site_nouns:
                    return obj.lemma_.lower()
    return None


def _in_days_summed(earlier: Mention, later: Mention) -> bool:
    """Whether `earlier` sums events of a plural kind over the days its sentence spans ("were
    killed in shootings from Friday to Saturday morning") and `later`'s day is one of them: a
    round-up's incidents fall on each of its days, so the day sets none of them apart."""
    cause = earlier.cause
    if cause is None or cause.tag_ != "NNS" or later.event_date is None:
        return False
    return _one_of_days(earlier, later.event_date)


def _one_of_days(mention: Mention, day: str) -> bool:
    """Whether `day` lies within the days `mention`'s sentence spans (`Mention.days`)."""
    return mention.days is not None and mention.days[0] <= day[:10] <= mention.days[1]


def _sizes_differ(one: Quantity, other: Quantity) -> bool:
    """Whether two figures give different numbers of people; vague ones by their lower bound
    ("dozens" 24, "hundreds" 200), which their null values would hide."""
    return (one.value, one.low) != (other.value, other.low)


def _rounds_up_here(earlier: Mention, later: Mention, lex: CasualtyLexicon) -> bool:
    """Whether `earlier` rounds up a place that holds `later`'s place: no place told for the
    later figure, or one inside the earlier's ("across the city ... In Dallas" is elsewhere)."""
    if not _rounds_up(earlier, lex) or (later.places and not earlier.places):
        return False
    if any(p.kind not in ("city", "capital") for p in earlier.places):
        return False  # "strikes across the Gaza Strip": a war's region, not a city's round-up
    place = _event_place(later, lex)
    if place is not None and any(w in lex.settlement_nouns for w in place.split()):
        return False  # "across the city ... a strike in the northern town of Kfar Sir"
    if _neighbourhoods_of(earlier.places, later.places, lex):
        return True
    return not (earlier.places and later.places and not places_meet(earlier.places, later.places))


def _neighbourhoods_of(
    cities: frozenset[PlaceRef], places: frozenset[PlaceRef], lex: CasualtyLexicon
) -> bool:
    """Whether every place is a "town" the gazetteer puts within `round_up_km` of a city
    rounded up ("violence across Chicago ... a man was shot dead in Chatham", "in a shooting
    in Englewood"): a city's neighbourhoods are filed as towns of their own, which would set
    each shooting apart from the round-up; a town farther off or across a state line ("in
    Gary", "across Philadelphia ... in Camden") stays elsewhere."""
    if not cities or not places:
        return False
    return all(
        place.kind == "city"
        and any(
            city.kind in ("city", "capital")
            and (city.country, city.admin1) == (place.country, place.admin1)
            and _km_apart(city, place) <= lex.round_up_km
            for city in cities
        )
        for place in places
    )


def _named_neighbourhood(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the figure's place is told as a neighbourhood ("in the Austin neighborhood", "in
    the Englewood neighbourhood"): a part of the city a round-up spreads over, whatever town of
    the same name elsewhere the gazetteer files it as."""
    text = (mention.location_text or "").lower().split()
    return any(word in lex.neighbourhood_nouns for word in text)


def _km_apart(one: PlaceRef, other: PlaceRef) -> float:
    """Great-circle kilometres between two places' points (infinite when either has none)."""
    if None in (one.latitude, one.longitude, other.latitude, other.longitude):
        return math.inf
    return distance_km(one.latitude, one.longitude, other.latitude, other.longitude)


def _rounds_up(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure's verb spreads it over a whole place (`round_up_preps`: "were shot,
    four of them fatally, across Chicago over the weekend"): a sum of the incidents there."""
    # The parser may hang "across Chicago" on the aside ("four of them fatally, across ..."),
    # so any such phrase of the figure's sentence spreads it; the place must be a named one or
    # a place noun ("across the city"), not "across the street".
    return any(
        t.dep_ == "prep"
        and t.lower_ in lex.round_up_preps
        and any(
            ent_label(o) in ("GPE", "LOC") or o.lemma_.lower() in lex.place_nouns
            for o in _children(t, "pobj")
        )
        for t in mention.sent
    )


def _may_name_same_people(a: Mention, b: Mention, lex: CasualtyLexicon) -> bool:
    """Whether two figures' nouns may name the same people: either has no noun or a generic one
    ("20", "one person"), or both have the same noun (`noun_synonyms` applied); "three crew
    members" and "three more residents" are other people."""
    doc = a.group.token.doc
    lemmas = []
    for m in (a, b):
        if m.quantity.noun is None:
            return True
        lemma = doc[m.quantity.noun].lemma_.lower()
        if lemma in lex.words.generic:
            return True
        lemmas.append(lex.words.noun_synonyms.get(lemma, lemma))
    return lemmas[0] == lemmas[1]


def _event_place(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The lower-case locative phrase that places the harm or its cause ("in the Mohmand
    district", "near Qamishli", "on a road near the capital"): a `locative_preps` phrase on the
    victims' noun, the harm's verb, its cause noun or the cause's verb, holding a place entity
    or a place noun (`lex.place_nouns`); None when none does."""
    heads = [mention.group.token, mention.trigger.token, _own_verb(mention.trigger.token)]
    if mention.cause is not None:
        heads += [mention.cause, mention.cause.head]
    for head in heads:
        for outer in _children(head, "prep"):
            # "crashed into a market near the capital": a locative phrase within another
            for prep in outer.subtree:
                if prep.dep_ != "prep" or prep.lower_ not in lex.locative_preps:
                    continue
                if any(
                    ent_label(t) in PLACE_LABELS or t.lemma_.lower() in lex.place_nouns
                    for t in prep.subtree
                ):
                    return " ".join(t.lower_ for t in prep.subtree)
    return None


def _person_background(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is told in a relative clause on a person ("renamed its ship after
    Aylan, a two-year-old boy who drowned"): the person's own past, whose day the article's
    incident does not give."""
    root = _clause_root(mention.trigger.token)
    return root.dep_ in ("relcl", "acl") and is_person_noun(root.head, lex.words)


def _days_before(end: str, day: str) -> int:
    """How many days the ISO date `end` lies before the ISO day `day` (negative if after);
    reads only the date part of either."""
    return (dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(end[:10])).days


def _periods_meet(first: tuple[str, str], second: tuple[str, str]) -> bool:
    """Whether two calendar intervals (ISO first and last days) share a day."""
    return first[0] <= second[1] and second[0] <= first[1]


def _missing_and_dead(earlier: Mention, later: Mention) -> bool:
    """Whether one mention is missing and the other killed: a person reported missing and
    found dead."""
    return {earlier.type, later.type} == {"missing", "killed"}


def _compatible(earlier: Mention, later: Mention) -> bool:
    """Whether a later mention may speak of the same people as an earlier one."""
    if earlier.type == later.type:
        return True
    return earlier.type in HARM_TYPES and later.type in HARM_TYPES


REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _same_rank_again(mention: Mention, singles: list[Mention]) -> Mention | None:
    """The earlier person a ranked description names again with the same rank and noun ("A
    third suspect seen fleeing was later detained ... A third suspect who fled the scene was
    later detained"): the rank numbers one person of the report's count, so told twice it is
    that person, whatever else each sentence adds. None for another rank or noun ("a second
    man ... a third man": one more)."""
    q = mention.quantity
    if q.kind != "ordinal" or not q.rank or q.noun is None or mention.also:
        return None
    doc = mention.group.token.doc
    lemma = doc[q.noun].lemma_.lower()
    same = [
        e
        for e in singles
        if e.type == mention.type
        and e.quantity.kind == "ordinal"
        and e.quantity.rank == q.rank
        and e.quantity.noun is not None
        and doc[e.quantity.noun].lemma_.lower() == lemma
    ]
    return same[-1] if same else None


def _rank_among_told(
    mention: Mention, people: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The person a ranked description numbers among the single people told so far ("One man
    was killed and another was wounded ... The second man was shot in the leg", "another is
    hurt ... a second man took a bullet": the second one told), or None when the rank goes
    beyond them ("a man was arrested ... a second man was arrested": one more, someone new).
    "also" sets the ranked one apart from those told ("A third victim ... was also shot"); an
    attacker's rank ("a second gunman") numbers attackers, not the victims told; and the person
    numbered is told by the same noun or by none ("another"), not "himself" or "his wife"."""
    rank = mention.quantity.rank
    if not rank or rank < 2 or rank > len(people) or mention.also or _perpetrator(mention, lex):
        return None
    numbered = people[rank - 1]
    doc = mention.group.token.doc
    noun, other = mention.quantity.noun, numbered.quantity.noun
    if noun is None or numbered.group.token.lower_ in REFLEXIVES:
        return None
    if other is not None and doc[other].lemma_.lower() != doc[noun].lemma_.lower():
        return None
    return numbered


def _people(mentions: list[Mention]) -> list[Mention]:
    """The distinct single people among `mentions` (each person's current mention)."""
    out: list[Mention] = []
    for mention in mentions:
        if _is_singular(mention):
            person = _canonical(mention)
            if person not in out:
                out.append(person)
    return out


def _gender(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """ "male" or "female" when a pronoun or the victim noun says so ("he", "the girl")."""
    q = mention.quantity
    token = mention.group.token if q.noun is None else mention.group.token.doc[q.noun]
    word = token.lower_ if token.pos_ == "PRON" else token.lemma_.lower()
    return lex.words.genders.get(word)


def _genders_clash(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """Whether one person's noun and a group's noun say different genders ("two men" and "a
    woman"): the person is not one of that group."""
    genders = (_gender(person, lex), _gender(group, lex))
    return None not in genders and genders[0] != genders[1]


def _dead_named_next(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """ "a 26-year-old woman was found dead in an apartment. Patrice Calvin had been shot in
    the head.": a name told only how it was harmed ("shot", a `mechanism`), in the sentence
    right after the one that tells one unnamed person's death and no other harm, names that
    person (her death then reads as `_how_they_died`). A harm of its own ("Smith was wounded")
    or another figure in either sentence ("a man was killed and a woman hurt", "Jamia was
    shot in the wrist, and a woman was also wounded") leaves it new."""
    if not (mention.trigger.mechanism and mention.type == "injured") or mention.also:
        return None
    sent = mention.group.token.sent
    if sent.start == 0:
        return None
    if any(t != mention.trigger.token and _harm_verb(t, lex) for t in sent):
        return None
    before = mention.group.token.doc[sent.start - 1].sent
    told = [e for e in earlier if before.start <= e.group.token.i < before.end]
    if len(told) != 1 or not _is_singular(told[0]):
        return None
    dead = told[0]
    if dead.type != "killed" or dead.quantity.kind != "indefinite":
        return None
    return dead


def _dead_before_new_wound(mention: Mention, candidate: Mention, earlier: list[Mention]) -> bool:
    """Whether an indefinite person told wounded in a sentence of its own ("A 35-year-old man
    was critically wounded", "A 37-year-old man ... was shot in the thigh") comes after
    `candidate`, a person the body already told dead: in a roundup of shootings the same noun
    ("man") is someone new, as `_wounded_newcomer` reads another noun after the only death.
    The article's first harm mention is left out: a body's indefinite restates its headline
    ("Man dies after shooting ... A man was shot ... he later died")."""
    if not earlier or candidate is earlier[0]:
        return False
    dead = _canonical(candidate)
    return dead is not earlier[0] and _wounded_newcomer(mention, dead)


def _link_person(mention: Mention, earlier: list[Mention], lex: CasualtyLexicon) -> Mention | None:
    """The earlier mention one person's mention speaks of, or None for someone new.

    The same name; a pronoun or "the victim" for the last person harmed (of a gender that
    fits); "the boy" for an earlier boy; while the article has harmed only one person, any
    description of one person of the same harm ("a 2-year-old child", "his sister") and a first
    name given to an unnamed victim ("a man was killed ... John Smith died"). People named in
    one clause are different people ("a mother and her child"); a reflexive is its clause's
    subject ("he killed the boy and himself": someone new)."""
    q = mention.quantity
    doc = mention.group.token.doc
    if q.additive and q.kind != "ordinal":
        return None  # "another person": someone new (a rank is weighed against those told)
    if _the_other(mention):
        return None  # "One man was shot in the arm and the other in the leg": not that one
    trigger = mention.trigger.token
    if mention.group.token.lower_ in REFLEXIVES:
        reflexives = [e for e in earlier if e.group.token.lower_ in REFLEXIVES]
        if reflexives and _compatible(reflexives[-1], mention):
            return reflexives[-1]  # "killed himself ... turned the gun on himself"
        killer = _killer(mention, earlier)
        if killer is not None:
            # "he killed the boy and himself": the reflexive is the killer, already harmed
            # ("Travis Carnez was also found dead", "a mother, father and toddler were found
            # dead ... a father killed ...") or someone new.
            if killer.pos_ == "PRON":
                killer = _antecedent(killer, lex) or killer
            key = _token_key(killer, lex)
            for other in earlier:
                if other.quantity.start <= killer.i < other.quantity.end:
                    return other
                if (
                    other.type == "killed"
                    and _is_singular(other)
                    and key is not None
                    and _mention_key(other, lex) == key
                ):
                    return other
            return None
    singles = [
        e
        for e in earlier
        if _is_singular(e)
        and (
            _compatible(e, mention)
            # "Park was found dead ... He was reported missing": one person's two states, told
            # by a pronoun or the same name (not "Kopp vanished" after "Slepian was killed")
            or (
                _missing_and_dead(e, mention)
                and (q.kind == "pronoun" or (q.kind == "named" and _same_name(e, mention, lex)))
            )
        )
        and (e.trigger.token != trigger or _names_reported_pronoun(e, mention, lex))
        # "assassinated in 1963 ... Robert was killed in June 1968": another year, another one
        # (the same name is the same person whatever the date: "murdered last October ...
        # in December accepted responsibility for the murder of Jamal Khashoggi")
        and (
            not (e.period and mention.period and not _periods_meet(e.period, mention.period))
            or _same_name(e, mention, lex)
        )
    ]
    if mention.type == "killed" and _died_held(mention, lex):
        # "kidnapped 40 worshippers and shot dead an elderly man ... a man in his sixties had
        # died in captivity": one who died held is none of those killed before being held.
        singles = [e for e in singles if e.type != "killed" or _died_held(e, lex)]
    owner = _possessor(doc[q.noun], earlier, lex) if q.noun is not None else None
    if owner is not None:
        # "the death of a young boy and the wounding of the boy's father": whoever a possessed
        # noun belongs to is not the person it names.
        singles = [e for e in singles if not _is_owner(e, owner, lex)]
    gender = _gender(mention, lex)
    if gender is not None:
        # The gender of the person a mention already stands for counts too ("Travis Carnez",
        # the same as "a man", is not "the girl").
        singles = [
            e
            for e in singles
            if _gender(e, lex) in (None, gender) and _gender(_canonical(e), lex) in (None, gender)
        ]
    if not singles:
        return None
    people = _people(singles)
    again = _same_rank_again(mention, singles)
    if again is not None:
        return again
    told = _rank_among_told(mention, people, lex)
    if told is not None or q.kind == "ordinal":
        return told
    suicide = _self_harmed(mention, singles, lex)
    if suicide is not None:
        return suicide
    alone = _alone(people, mention, lex)
    if q.kind == "named":
        named = [e for e in singles if e.quantity.kind == "named" and _same_name(e, mention, lex)]
        if named:
            return named[-1]  # "15-year-old Braxton Bourda ... Bourda"
    if mention.referent is not None:
        same = [e for e in singles if _same_referent(e, mention)]
        if same:
            return same[-1]
        identified = _dead_named_next(mention, earlier, lex)
        if identified is not None:
            return identified
        if any(e.quantity.kind == "named" and e.type == mention.type for e in people):
            return None  # another name: another person
        # The nouns that describe this person, not an owner's ("the boy's father, Christopher
        # Few" is not "a young boy").
        nouns = {
            t.lemma_.lower()
            for t in doc[q.start : q.end]
            if t.pos_ == "NOUN" and not _in_possessor(t, doc[q.start : q.end])
        }
        described = [e for e in singles if (_mention_key(e, lex) or ("", ""))[1] in nouns]
        if described:
            return described[-1]  # "her son was wounded ... Her son Kodi was also wounded"
        if mention.also:
            return None  # "Travis Carnez, who was also found dead": someone besides them
        unnamed = [p for p in people if p.group.token.lower_ not in REFLEXIVES]
        if alone is None and len(unnamed) == 1:
            alone = unnamed[0]  # the only person harmed so far: "Johnson was taken to hospital"
        if alone is not None and _named_otherwise(alone, mention, earlier, lex):
            alone = None  # "Officer Ryan Mitchell died ... The gunman, Dwayne Carter, was killed"
        if alone is not None and alone.quantity.kind != "named":
            return alone  # "a man was killed ... John Smith died", "killing her ... Emma died"
        return _unnamed_of_list(mention, unnamed, earlier)
    if q.kind == "pronoun":
        if mention.also:
            return None
        # "That little boy was buckled in ... and that is how he died": the person noun before
        # the pronoun in its sentence names whom it refers to.
        antecedent = _noun_antecedent(mention.group.token, lex)
        if antecedent is not None:
            same = [e for e in singles if _mention_key(e, lex) == ("noun", antecedent)]
            if same:
                return same[-1]
        # "he injured a man ... officers shot him dead": a pronoun of the gender of a pronoun
        # that did the harm continues the attacker, not the victim.
        gender = lex.words.genders.get(mention.group.token.lower_)
        victims = [e for e in singles if not _harmed_by(e, gender, lex)]
        before = _gendered_noun_before(mention.group.token, gender, lex)
        if before is not None:
            same = [e for e in victims if _mention_key(e, lex) == ("noun", before)]
            if same:
                return same[-1]
        return victims[-1] if victims else None
    if (
        q.kind == "definite"
        and q.noun is None
        and any(c.lower_ == "only" for c in mention.group.token.children)
    ):
        return singles[-1]  # "the suspect was the only one injured"
    if (
        q.kind == "definite"
        and q.rank
        and q.rank <= len(people)
        and q.noun is not None
        and doc[q.noun].lemma_.lower() in lex.words.anaphoric_groups
    ):
        return people[q.rank - 1]  # "the first victim": the first person harmed
    if q.kind not in ("definite", "indefinite", "named") or q.noun is None:
        return None
    noun = doc[q.noun]
    lemma = noun.lemma_.lower()
    # In one sentence, two descriptions are two people ("killed a boy and wounded his father").
    elsewhere = [c for c in singles if c.sent.start != mention.sent.start]
    candidates = elsewhere if q.kind == "indefinite" else singles
    age = _age(mention)

    stage = _life_stage(mention, lex)

    def fits(c: Mention) -> bool:
        # "a 7-year-old girl" is not "the girl" who stands for "an 8-year-old girl"; "her
        # child" is not "one man".
        return all(
            _same_age(_age(each), age) and _stages_meet(_life_stage(each, lex), stage)
            for each in (c, _canonical(c))
        ) and all(_same_age(known, age) for known in _ages_told(c, earlier))

    candidates = [
        c for c in candidates if fits(c) and not _dead_before_new_wound(mention, c, earlier)
    ]
    singles = [c for c in singles if fits(c)]
    elsewhere = [c for c in elsewhere if fits(c)]
    if age is not None and q.kind == "definite":
        same_age = [c for c in singles if _age(c) is not None and _same_age(_age(c), age)]
        if same_age:
            return same_age[-1]  # "a 17-year-old boy ... the 17-year-old"
    # "a 24-year-old man was killed ... Dorian, 24, was found": a name with the one age told
    # of one person elsewhere is that person, as an indefinite description is
    if age is not None and q.kind in ("indefinite", "named"):
        same_age = {
            id(_canonical(c)): _canonical(c)
            for c in elsewhere
            if _age(c) is not None and _same_age(_age(c), age)
        }
        if len(same_age) == 1:
            return next(iter(same_age.values()))  # "14-year-old James Banks ... a 14-year-old boy"
    for candidate in reversed(candidates):
        if mention.also and q.kind == "indefinite" and trigger.i < mention.group.token.i:
            # "Also wounded were a woman and a 40-year-old man": a fronted harm word with
            # "also" lists people besides those told; "also" after the subject may only bring
            # back someone told ("A 21-year-old mother ... were also shot" after "The mother")
            break
        other = candidate.quantity.noun
        if other is not None and doc[other].lemma_.lower() == lemma:
            return candidate  # "a boy ... the boy"
        if other is not None and any(
            a.lemma_.lower() == lemma and a.pos_ == "NOUN" for a in _children(doc[other], "appos")
        ):
            return candidate  # "shot the first victim, a neighbour ... The neighbour died"
    child = _same_child(mention, singles, earlier, lex)
    if child is not None:
        # "The mother and her child ... A 21-year-old mother and her three-year-old son were
        # also shot": the same mother's child, whatever "also" sets the pair apart from.
        return child
    if mention.also:
        return None  # "a bystander was also injured": someone besides them
    possessed = any(c.dep_ == "poss" for c in noun.children)
    if q.kind == "definite" and lemma in lex.words.anaphoric and singles and not possessed:
        return singles[-1]  # "the victim", "the man" (not "her child": someone of her own)
    candidates = elsewhere
    if q.kind == "definite" and mention.type == "killed" and (lemma in lex.words.anaphoric or age):
        last = _last_told(mention, [c for c in earlier if fits(c)], earlier, lex)
        if last is not None:
            # "A third victim, Cordarell Collins, was also shot ... The 22-year-old did not
            # survive": the death of the one person the sentence before told of.
            return last
    if (
        alone is not None
        and _another_force_person(mention, alone, lex)
        and not (mention.type == alone.type and _own_strike_claimed(mention, lex))
    ):
        alone = None  # "a passer-by was hurt ... a reservist suffered injuries": a soldier
    if alone is not None and _harmed_by_person(mention, alone, lex):
        alone = None  # "killed a man ... The man had stabbed a neighbor": his victim
    if alone is not None and _wounded_newcomer(mention, alone):
        alone = None  # "A man was killed ... A customer was hit in the leg": someone new
    if alone is not None and _perpetrator(mention, lex) and not _perpetrator(alone, lex):
        alone = None  # "A guard was killed ... The attacker died of his wounds": not the guard
    if alone is not None and alone in [_canonical(c) for c in candidates]:
        return alone  # one victim so far: "his sister", "a 2-year-old child"
    if (
        q.kind == "definite"
        and not possessed
        and alone is not None
        and alone.type == mention.type
        and alone in [_canonical(c) for c in singles]
        and _subordinate_clause(mention.trigger.token)
    ):
        # "The body of X was sent for an autopsy after the young hunter was found dead": in
        # a clause set under the one that told of the only victim, a description of that
        # harm is that victim (a coordinated "and wounded the driver" stays someone else).
        return alone
    if q.kind == "definite" and gender is not None:
        # "A mother, father, and toddler were found dead ... a father killed his ex-girlfriend":
        # the only person of that harm and gender. An attacker's noun ("The gunman was killed
        # by return fire" after "A policeman was shot dead") names no victim told before.
        attacker = _perpetrator(mention, lex)
        same = [
            p
            for p in people
            if p.type == mention.type
            and _gender(p, lex) == gender
            and (not attacker or _perpetrator(p, lex))
        ]
        if len(same) == 1 and same[0] in [_canonical(c) for c in candidates]:
            return same[0]
    return None


def _gendered_noun_before(pronoun: Token, gender: str | None, lex: CasualtyLexicon) -> str | None:
    """ "A man was killed and a teenager wounded. Officers found the man in a parking lot. He
    was pronounced dead": the last noun of the pronoun's gender in the sentence before its
    own, whom it continues, though a person of no said gender was harmed since. None when
    that sentence has no such noun ("found a young child ... He died": the last harmed)."""
    start = pronoun.sent.start
    if gender is None or start == 0:
        return None
    for token in reversed(pronoun.doc[pronoun.doc[start - 1].sent.start : start]):
        if (
            token.pos_ == "NOUN"
            and lex.words.genders.get(token.lemma_.lower()) == gender
            and is_person_noun(token, lex.words)
            and token.lemma_.lower() not in lex.words.perpetrators
        ):
            return token.lemma_.lower()
    return None


def _wounded_newcomer(mention: Mention, dead: Mention) -> bool:
    """Whether an indefinite person told wounded after the only death is someone new: "a"
    brings a person in, and a wound told in another sentence than the death does not tell
    of that death ("A clerk was killed ... A customer was hit in the leg"), unless the
    article says the wound was fatal."""
    return (
        mention.quantity.kind == "indefinite"
        and mention.type == "injured"
        and dead.type == "killed"
        # the subject of its own passive harm clause ("an unjustified shooting of a 17-year-old
        # kid" names the harm of the dead again)
        and mention.group.token.dep_ == "nsubjpass"
        # told as its own event, not as the time of another ("after a teen is shot on
        # Tuesday" tells the death again)
        and not _subordinate_clause(mention.trigger.token)
        and mention.sent is not None
        and dead.sent is not None
        and mention.sent.start != dead.sent.start
    )


def _subordinate_clause(trigger: Token) -> bool:
    """Whether a harm word heads, or is the state of, a clause set under another ("after the
    boy was found dead", "when he was shot")."""
    for head in (trigger, trigger.head):
        if head.dep_ == "advcl" or any(c.dep_ == "mark" for c in head.children):
            return True
    return False


def _unnamed_of_list(
    mention: Mention, unnamed: list[Mention], earlier: list[Mention]
) -> Mention | None:
    """ "A mother, father, and toddler were found dead ... Yashkus shot and killed Thompson": a
    name given after one list of unnamed people of its harm is one of them while one is left
    unnamed (the first such). None when the unnamed people are not one list or all are named."""
    q = mention.quantity
    if q.kind != "named" or mention.group.token.doc[q.start].pos_ != "PROPN":
        return None  # "a neighbour, Petro Lysenko": a name with a description is someone new
    listed = [p for p in unnamed if p.type == mention.type and p.quantity.kind != "named"]
    if len(listed) < 2 or len(listed) != len([p for p in unnamed if p.type == mention.type]):
        return None
    first = listed[0].group.token
    for person in listed[1:]:
        token = person.group.token
        # Up the list to its first member, through conjuncts and the apposition a parser may
        # make of a list ("A mother, father, and toddler").
        for _ in range(6):
            if token == first or token.dep_ not in ("conj", "appos"):
                break
            token = token.head
        if token != first:
            return None
    claimed = {id(e.related) for e in earlier if e.quantity.kind == "named" and e.related}
    free = [p for p in listed if id(p) not in claimed]
    return free[0] if free else None


def _last_told(
    mention: Mention, fitting: list[Mention], earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The one person shot or injured in the last earlier sentence that tells of harm, when that
    sentence tells of no one else (of `fitting`: those the description may stand for; never an
    attacker for a victim or the other way round)."""
    told = [e for e in earlier if e.sent.start < mention.sent.start]
    if not told:
        return None
    last_sent = told[-1].sent.start
    there = [e for e in told if e.sent.start == last_sent]
    people = {id(_canonical(e)) for e in there}
    if len(people) != 1 or not _is_person(there[-1]):
        return None
    person = there[-1]
    if person.type not in ("injured", "killed_or_injured") or person not in fitting:
        return None
    if _perpetrator(person, lex) != _perpetrator(mention, lex):
        return None
    return person


def _life_stage(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """ "child" or "adult" when the victim noun says so ("the boy", "one man") or, without such
    a noun, a numeric age does ("the 22-year-old")."""
    q = mention.quantity
    if q.noun is not None:
        stage = lex.words.life_stages.get(mention.group.token.doc[q.noun].lemma_.lower())
        if stage is not None:
            return stage
    age = _age(mention)
    if age is None:
        return None
    if age < lex.words.child_age_below:
        return "child"
    return "adult" if age >= lex.words.adult_age_from else None


def _stages_meet(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first == second


def _is_owner(person: Mention, owner: object, lex: CasualtyLexicon) -> bool:
    """Whether `person` (or whom it stands for) is `owner`, as `_possessor` gives it: a
    person's current mention or a ("name"|"noun", word) key."""
    for each in (person, _canonical(person)):
        if each is owner or (isinstance(owner, tuple) and _mention_key(each, lex) == owner):
            return True
    return False


def _in_possessor(token: Token, span: Span) -> bool:
    """Whether `token` is (inside) a possessive modifier within `span`: "boy" in "the boy's
    father" names the owner, not the person the span counts."""
    while token.i >= span.start and token.i < span.end:
        if token.dep_ == "poss":
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def _possessor(noun: Token, earlier: list[Mention], lex: CasualtyLexicon) -> object | None:
    """Whose person a possessed noun names ("her child" in "the mother and her child", "his
    son" after "John Smith shot ...", "Pizzolato's son"): the current mention of a counted
    person when one stands for the owner, else the owner's name or noun key; None without a
    possessor or one to resolve."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owner: Token | None = poss
    if poss.pos_ == "PRON":
        # In "the mother and her child" the pronoun is the other conjunct; else the person
        # subject before it.
        head = noun.head if noun.dep_ == "conj" else None
        if head is not None and _token_key(head, lex) is not None and head.i < noun.i:
            owner = head
        else:
            owner = _antecedent(poss, lex)
    if owner is None:
        return None
    for other in earlier:
        if other.group.token == owner or other.quantity.noun == owner.i:
            return _canonical(other)
    return _token_key(owner, lex)


def _same_child(
    mention: Mention, singles: list[Mention], earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The earlier mention of the same owner's child: "her child" ... "her three-year-old son"
    (two offspring nouns of one owner, no gender or age between them), or None."""
    q = mention.quantity
    if q.noun is None:
        return None
    doc = mention.group.token.doc
    noun = doc[q.noun]
    if noun.lemma_.lower() not in lex.words.offspring:
        return None
    owner = _possessor(noun, earlier, lex)
    if owner is None:
        return None
    gender = _gender(mention, lex)
    for other in reversed(singles):
        other_noun = other.quantity.noun
        if other_noun is None or doc[other_noun].lemma_.lower() not in lex.words.offspring:
            continue
        if other.sent.start == mention.sent.start:
            continue  # "her son and her daughter": two children
        if _gender(other, lex) not in (None, gender) and gender is not None:
            continue
        if not _same_age(_age(other), _age(mention)):
            continue
        if _possessor(doc[other_noun], earlier, lex) == owner:
            return other
    return None


def _age(mention: Mention) -> float | None:
    """The age a description gives ("a 7-year-old girl", "a 17 year old": 7, 17): two ages, two
    people. Read once per mention."""
    if mention.age == -1:
        mention.age = _read_age(mention)
    return mention.age


#: An age's unit in years ("a 22-month-old" is 1.8 years old).
AGE_UNITS = {"year": 1.0, "month": 1 / 12, "week": 1 / 52, "day": 1 / 365}


def _read_age(mention: Mention) -> float | None:
    doc = mention.group.token.doc
    q = mention.quantity
    for token in doc[q.start : q.end]:
        if not (token.like_num and token.text.isdigit()):
            continue
        after = doc[token.i + 1 : token.i + 3]
        if after and after[0].text == "-":
            after = doc[token.i + 2 : token.i + 3]
        unit = after[0].lower_.rstrip("s") if after else ""
        if unit in AGE_UNITS:
            return int(token.text) * AGE_UNITS[unit]
    return _appositive_age(doc, q.end)


#: The largest bare number read as a person's age in apposition ("The father, 44,").
MAX_APPOSITIVE_AGE = 110


def _appositive_age(doc: Doc, end: int) -> float | None:
    """A bare age set off after one person's noun: "The father, 44, was arrested", "the car's
    owner, aged 61,", "the driver (22)". The number must close its aside (a comma, a bracket,
    the sentence's end), so "the girl, 3 years ..." and "the man, 44 others" are no age."""
    i = end
    if i >= len(doc) or doc[i].text not in (",", "("):
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "aged":
        i += 1
    if i >= len(doc) or not doc[i].text.isdigit() or int(doc[i].text) > MAX_APPOSITIVE_AGE:
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.text not in (",", ")", ".", ";") and not after.is_sent_start:
        return None
    return float(int(doc[i].text))


def _ages_told(person: Mention, mentions: list[Mention]) -> list[float]:
    """Every age the article gave one person under any of their mentions: "a second suspect ...
    Demetrius Owens, 20, was taken into custody" is 20, so "A 17-year-old was arrested" is
    someone else, though "a second suspect" itself has no age."""
    canonical = _canonical(person)
    return [age for e in mentions if _canonical(e) is canonical and (age := _age(e)) is not None]


def _same_age(a: float | None, b: float | None) -> bool:
    """Whether two ages may be one person's ("a 22-month-old boy", "a 2-year-old child")."""
    return a is None or b is None or abs(a - b) < 1


def _killer(reflexive: Mention, earlier: list[Mention]) -> Token | None:
    """ "he killed the boy and himself", "shot his wife before turning the gun on himself": the
    reflexive's subject harmed someone else, so the reflexive is that killer (returned: the
    word naming him, or the reflexive's own subject), not an earlier victim."""
    verb = reflexive.trigger.token
    subject = next(iter(_subjects(verb)), None)
    sentence = verb.sent.start
    for other in earlier:
        other_verb = other.trigger.token
        if other.group.token.lower_ in REFLEXIVES:
            continue
        agent = _agent(other_verb)
        if other.type == "killed" and agent is not None:
            return agent  # "X was killed by her ex-boyfriend ... he killed himself"
        if other_verb.sent.start != sentence:
            continue
        if other_verb == verb:
            return subject or verb  # one verb, two objects
        if _is_passive(other_verb):
            continue
        agent = next(iter(_subjects(other_verb)), None)
        if agent is not None and subject is not None and agent == subject:
            return subject
    return None


def _harmed_by(victim: Mention, gender: str | None, lex: CasualtyLexicon) -> bool:
    """Whether `victim` was harmed by someone a pronoun of `gender` stands for ("he injured a
    man": the man, for "he" or "him"); False for a gender the pronoun does not say."""
    if gender is None:
        return False
    agent = _agent(victim.trigger.token)
    return (
        agent is not None
        and agent.pos_ == "PRON"
        and not victim.quantity.start <= agent.i < victim.quantity.end  # "he had a wound"
        and lex.words.genders.get(agent.lower_) == gender
    )


def _self_harmed(mention: Mention, people: list[Mention], lex: CasualtyLexicon) -> Mention | None:
    """ "shot his wife before turning the gun on himself ... The shooter, Kevin Brooks, was
    found with a self-inflicted gunshot wound": the attacker harmed, told after the only
    reflexive of his harm, is the one who harmed himself."""
    if not _perpetrator(mention, lex):
        return None
    # "her estranged husband, who later died after shooting himself": the reflexive may stand
    # for an earlier mention of the attacker, which then is the one
    selves = {
        id(_canonical(p)): _canonical(p)
        for p in people
        if p.group.token.lower_ in REFLEXIVES and p.type == mention.type
    }
    return next(iter(selves.values())) if len(selves) == 1 else None


def _harmed_by_person(mention: Mention, person: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the subject of the active verb that harms `mention` names `person` again ("an
    officer killed a man ... The man had stabbed a neighbor", "... He had stabbed a
    neighbor"): one who did the harm is not the one it was done to."""
    verb = mention.trigger.token
    if verb.pos_ != "VERB" or _is_passive(verb) or not _children(verb, "dobj"):
        return False
    keys = {_mention_key(each, lex) for each in (person, _canonical(person))} - {None}
    gender = _gender(_canonical(person), lex)
    for subject in _children(verb, "nsubj"):
        if subject.pos_ == "PRON":
            said = lex.words.genders.get(subject.lower_)
            if said is not None and said == gender:
                return True
        elif _token_key(subject, lex) in keys:
            return True
    return False


def _agent(verb: Token) -> Token | None:
    """The person who did the harm: "shot and killed by her ex-boyfriend, Travis", "the gunman
    shot ..."."""
    if _is_passive(verb):
        verbs = [verb, *_children(verb, "conj")]
        if verb.dep_ == "conj":
            verbs.append(verb.head)
        for each in verbs:
            for agent in _children(each, "agent"):
                for obj in _children(agent, "pobj"):
                    if obj.pos_ in ("PROPN", "PRON") or obj.lemma_.lower() in ("man", "woman"):
                        return obj
                    if any(c.dep_ == "appos" and ent_label(c) == "PERSON" for c in obj.children):
                        return obj
        return None
    if not _children(verb, "dobj"):
        return None  # "he died": the subject is the victim
    for subject in _children(verb, "nsubj"):
        if subject.pos_ in ("PROPN", "PRON") or ent_label(subject) == "PERSON":
            return subject
    return None


def _surname(tokens: Iterable[Token], lex: CasualtyLexicon) -> str | None:
    """The last word of a name ("Carnez" of "Travis Carnez, Jr."), or None without a name."""
    found = None
    for token in tokens:
        name = (token.pos_ == "PROPN" or ent_label(token) == "PERSON") and token.is_alpha
        initial = token.pos_ == "PROPN" and token.text.endswith(".")  # "Jr.", "E."
        if (name or initial) and token.lower_ not in lex.words.name_particles:
            found = token.lower_
    return found


def _token_key(token: Token, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """What names a person a word speaks of: ("name", surname) or ("noun", lemma)."""
    names = [c for c in token.children if c.dep_ == "appos" and ent_label(c) == "PERSON"]
    if token.pos_ == "PROPN" or ent_label(token) == "PERSON" or names:
        parts = [*token.subtree] if not names else [t for n in names for t in n.subtree]
        surname = _surname(parts, lex)
        return ("name", surname) if surname else None
    if token.pos_ == "NOUN" and is_person_noun(token, lex.words):
        return ("noun", token.lemma_.lower())
    return None


def _mention_key(mention: Mention, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """What names the one person of a mention: ("name", surname) or ("noun", lemma)."""
    q = mention.quantity
    doc = mention.group.token.doc
    if q.kind == "named":
        # The name ends at its head: "Alfred Chavez of Denver" is "Chavez".
        end = q.noun + 1 if q.noun is not None else q.end
        surname = _surname(doc[q.start : end], lex)
        return ("name", surname) if surname else None
    if q.noun is not None and doc[q.noun].pos_ == "NOUN":
        return ("noun", doc[q.noun].lemma_.lower())
    return None


def _noun_antecedent(pronoun: Token, lex: CasualtyLexicon) -> str | None:
    """The lemma of the last person noun before a pronoun in its sentence, if any ("boy")."""
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if (
            token.pos_ == "NOUN"
            and is_person_noun(token, lex.words)
            and token.lemma_.lower() not in lex.words.perpetrators
        ):
            return token.lemma_.lower()
    return None


def _antecedent(pronoun: Token, lex: CasualtyLexicon) -> Token | None:
    """The person a subject pronoun refers to: the last person subject before it in its sentence
    or the one before ("a father killed his ex-girlfriend ... he killed the boy")."""
    doc = pronoun.doc
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ in ("NOUN", "PROPN")
            and _token_key(token, lex) is not None
        ):
            return token
    return None


def _named_otherwise(
    person: Mention, mention: Mention, mentions: list[Mention], lex: CasualtyLexicon
) -> bool:
    """Whether the article already gave `person` (under any of their mentions) a name that is
    not the one `mention` carries: "A police officer was killed ... Officer Ryan Mitchell
    died", so "Dwayne Carter" is someone else."""
    canonical = _canonical(person)
    return any(
        _canonical(e) is canonical
        and e.quantity.kind == "named"
        and e is not mention
        and not _same_name(e, mention, lex)
        for e in mentions
    )


def _same_name(a: Mention, b: Mention, lex: CasualtyLexicon) -> bool:
    """Whether two named mentions share the name's last word ("Braxton Bourda", "Bourda"), and
    do not give different first names ("Robert F. Kennedy" and "John F. Kennedy", brothers)."""
    key = _mention_key(a, lex)
    if key is None or key != _mention_key(b, lex):
        return False
    # "Kennedy" alone stands for the full name it was linked to before
    given = [_given_name(m, lex) or _given_name(_canonical(m), lex) for m in (a, b)]
    return None in given or given[0] == given[1]


def _given_name(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The first given name (`given_names`) a named mention's words hold, lower-cased."""
    doc = mention.group.token.doc
    return next(
        (
            t.lower_
            for t in doc[mention.quantity.start : mention.quantity.end]
            if t.pos_ == "PROPN" and t.lower_ in lex.words.given_names
        ),
        None,
    )


def _another_force_person(mention: Mention, person: Mention, lex: CasualtyLexicon) -> bool:
    """Whether an indefinite description names a member of a force ("a reservist", "a police
    officer") that the one person harmed before was not described as: a new person, not
    another description of that one."""
    status = _noun_status(mention, lex)
    return (
        mention.quantity.kind == "indefinite"
        and status in FORCE_STATUSES
        and _noun_status(_canonical(person), lex) != status
    )


def _own_strike_claimed(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is claimed by the speaker as its own deed: the subject of the harm
    verb is the speaker again ("The army said it had eliminated a commander", "the group said
    its fighters killed an officer", "said they had shot dead a militant"). A force that tells
    whom its strike hit names the target by role, so "a commander" is then a description of
    the one person the strike was told to have killed, not someone new."""
    anchor = mention.trigger.token
    if anchor.pos_ != "VERB":
        return False
    report = _report_verb(mention, lex)
    if report is None or report == anchor:
        return False
    for subject in _children(anchor, "nsubj"):
        if subject.lower_ in lex.claimant_pronouns:
            return True
        if any(c.dep_ == "poss" and c.lower_ in lex.claimant_pronouns for c in subject.children):
            return True
    return False


def _alone(people: list[Mention], mention: Mention, lex: CasualtyLexicon) -> Mention | None:
    """The only person harmed so far who can be the one `mention` speaks of: the only one with
    the same harm, or, for a shooting or a victim told after a death, the only one killed."""
    same = [p for p in people if p.type == mention.type]
    if len(same) == 1:
        return same[0]
    noun = mention.quantity.noun
    doc = mention.group.token.doc
    victim = noun is not None and doc[noun].lemma_.lower() in lex.words.anaphoric_groups
    if (
        not same
        and mention.type in ("injured", "killed_or_injured")
        and (mention.trigger.mechanism or victim)
    ):
        killed = [p for p in people if p.type == "killed"]
        if len(killed) == 1 and len(people) == 1:
            return killed[0]  # "X was killed ... X was shot in the head"
    return None


def _first_given(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the report verb that states the figure tells it as the first figure given
    (`first_given_adverbs`: "had initially reported nine deaths", "originally said that six
    officers had been killed"), so that a later figure has replaced it."""
    verb = _report_verb(mention, lex)
    if verb is None or _own_coordinated_verb(mention, verb, lex):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in lex.first_given_adverbs for c in verb.children)


def _told_again(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether another figure of the figure's type and incident could have replaced it:
    "initially reported 30 deaths" with no other toll of deaths is the only figure the
    article gives, so it still counts."""
    return any(
        m is not mention and m.type == mention.type and m.time_scope == "incident" for m in mentions
    )


def _own_coordinated_verb(mention: Mention, report: Token, lex: CasualtyLexicon) -> bool:
    """Whether the figure is told in a verb clause joined to the report verb ("initially
    reported 30 deaths but later lowered the toll to 26"): that clause states it, not the first
    report."""
    anchor = token = _harm_anchor(mention, lex)
    while token != report and token.head != token:
        # (the harm verb itself may be a conjunct of the report: "said 17 were killed and 21
        # injured" tells both figures in the one report; the parser may also join "later
        # lowered" to the reported clause's verb instead of the report verb)
        if token.dep_ == "conj" and token.pos_ == "VERB" and token != anchor:
            return True
        token = token.head
    return False


def _earlier_reports(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether a whole figure is stated by a report told as earlier (`superseded_words` on a
    `report_nouns` subject: "Earlier reports said 20 people had been killed", "Initial reports
    put the toll at 20") while the article gives another figure of its harm: the toll since
    replaced. A part ("initial reports said 12 of the dead were children") is no toll."""
    if mention.quantity.partitive:
        return False
    verb = _report_verb(mention, lex)
    if verb is None or not any(
        c.dep_ == "amod" and c.lower_ in lex.superseded_words
        for s in _children(verb, "nsubj")
        if s.lemma_.lower() in lex.report_nouns  # "earlier reports", not "a 3-year-old son"
        for c in s.children
    ):
        return False
    return any(
        e is not mention and e.type == mention.type and e.sent != mention.sent for e in mentions
    )


def _report_verb(mention: Mention, lex: CasualtyLexicon) -> Token | None:
    """The report or speech verb that states a figure (at most five heads up from its harm
    word), else None."""
    token = _harm_anchor(mention, lex)
    for _ in range(5):
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and (lemma in lex.report_verbs or lemma in lex.speech_verbs):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _died_of_the_wounded(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a part of the wounded is the subject of a death verb of its own ("four of the
    critically wounded died", "two of the injured succumbed")."""
    if mention.trigger.type not in (REFERENCE, "injured"):
        return False
    head, harm = mention.group.token, mention.trigger.token
    # "a wounded woman died in hospital", "two injured men succumbed": the adjective tells the
    # state the people were in, as "of the wounded" does; the death verb tells what happened.
    # The tagger reads the same participle as an adjective or a verb ("Three injured
    # passengers died", "injured" tagged VBN): either way it describes the people.
    described = (
        harm.dep_ == "amod"
        and harm.head == head
        and (mention.trigger.role == "adj" or harm.tag_ == "VBN")
    )
    if not (mention.quantity.partitive or described):
        return False
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and harm != verb
        and _governs(head, harm)
        and verb.pos_ in ("VERB", "AUX")
        and lex.intransitive.get(verb.lemma_.lower()) == "killed"
    )


def _whole_beside(mention: Mention, kept: list[Mention]) -> Mention | None:
    """The whole a part told beside another part (`Group.beside`) is part of: the whole that
    part's row, kept before it, is part of; None when the part beside it has no row (a fronted
    "Of the eight victims") or is part of nothing."""
    beside = mention.group.beside
    if beside is None:
        return None
    for other in reversed(kept):
        if other.quantity.start <= beside.i < other.quantity.end:
            whole = other.parent or other.related if other.relation == "subset_of" else None
            return whole if whole is not None and whole.type in HARM_TYPES else None
    return None


def _resolve_references(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """ "killing four ... Three of the victims were police officers": a counted reference to
    victims is part of (or, as large, the same as) the last earlier group of the same incident
    large enough to hold it, and takes its harm; one with no such group is dropped (it names
    nobody the article says was harmed). Returns the mentions kept."""
    kept: list[Mention] = []
    for mention in mentions:
        if (
            mention.type != "killed"
            and mention.parent is None
            and _died_of_the_wounded(mention, lex)
        ):
            # "four of the critically wounded died": deaths, part of the toll the sentence
            # gives or revises, else deaths besides those told.
            size = _size(mention.quantity, low_first=True) or 1
            sent = mention.sent
            tolls = [
                e
                for e in mentions
                if e.type == "killed"
                and e.time_scope == "incident"
                and (_size(e.quantity, low_first=True) or 0) >= size
                and (e.sent == sent or (e in kept and sent is not None and mention.updates))
            ]
            mention.type, mention.relation = "killed", None
            if tolls:
                toll = tolls[-1]
                mention.relation, mention.related = "subset_of", toll
                mention.parent, mention.counts = toll, False
            kept.append(mention)
            continue
        if mention.type != REFERENCE:
            kept.append(mention)
            continue
        if mention.parent is not None and mention.parent in kept:
            # "Other victims included X and Y": X and Y are part of the group they were told in.
            parent = mention.parent
            mention.type, mention.relation, mention.related = parent.type, "subset_of", parent
            mention.counts = False
            kept.append(mention)
            continue
        whole = _whole_beside(mention, kept)
        if whole is not None:
            # "Three of the victims were police officers and the fourth was an office worker":
            # the part beside it is part of the same whole, whatever its ordinal counts
            mention.type, mention.relation, mention.related = whole.type, "subset_of", whole
            mention.parent, mention.counts = whole, False
            kept.append(mention)
            continue
        if mention.time_scope != "incident":
            continue  # "of the 500 victims this year": no group of the incident to be part of
        size = _size(mention.quantity, low_first=True) or 1
        if _more_references(mention, lex) or _other_victims(mention.group.token, lex):
            harmed = [
                e
                for e in kept
                if e.type in HARM_TYPES
                and e.time_scope == "incident"
                and _same_incident(e, mention, lex)
            ]
            if not harmed:
                continue
            last = harmed[-1]
            # "A fourth victim ... and two more victims": an ordinal says how many were told
            # before the more.
            told = max(_size(last.quantity, low_first=True) or 1, last.quantity.rank or 0) + size
            wholes = [
                e
                for e in harmed[:-1]
                if e.type == last.type
                and e.relation is None
                and not _is_singular(e)
                and (_size(e.quantity, low_first=True) or 0) >= told
            ]
            mention.type = last.type
            if wholes:
                # "five were shot ... officers located two victims ... two more victims": more
                # of a group still being told one by one are part of it.
                mention.relation, mention.related = "subset_of", wholes[-1]
                mention.parent, mention.counts = wholes[-1], False
            # else "Three people were shot ... two more victims arrived at a hospital":
            # people besides those just told, with their harm; they count.
            kept.append(mention)
            continue
        # "a fourth victim" is one of at least four ("the second victim" refers back to someone
        # told already).
        rank = (mention.quantity.rank or 0) if mention.quantity.kind == "ordinal" else 0
        kinds = _referred_types(mention, lex)
        groups = [
            e
            for e in kept
            if e.type in kinds
            and e.time_scope == "incident"
            and e.relation is None
            and not e.superseded
            and _same_incident(e, mention, lex)
            and (_holds_up_to(e.quantity) or 0) >= max(size, rank)
        ]
        if not groups and rank > 1:
            harmed = [e for e in kept if e.type in HARM_TYPES and e.time_scope == "incident"]
            if harmed:
                # "Several people were shot ... Another victim ... A fourth victim": one more
                # person than the groups told so far hold, with the last harm told.
                mention.type = harmed[-1].type
                kept.append(mention)
            continue
        if not rank and _victims_of_both_harms(mention, kept, groups, size, lex):
            kept.append(mention)
            continue
        if not groups:
            own = _victims_of_named_harm(mention, lex)
            if own is not None:
                # "One of the shooting victims took to Facebook" before any group is told:
                # people harmed by the harm their noun names; they count only when no other
                # harm of the incident is told, which then holds them
                mention.type = own
                mention.counts = not any(
                    e is not mention and e.type in HARM_TYPES and e.time_scope == "incident"
                    for e in mentions
                )
                kept.append(mention)
            continue
        # Victims described one by one (where from, who they were) are mostly the dead; those
        # told to live on ("had surgery", "are recovering") are of the wounded.
        kind = "injured" if _told_surviving(mention, lex) else "killed"
        group = next((g for g in reversed(groups) if g.type == kind), groups[-1])
        # "One person was killed ... One of the victims ... died": all of the group.
        equal = _size(group.quantity, True) == size and not rank
        mention.type = group.type
        mention.relation = "same_as" if equal else "subset_of"
        mention.related = mention.parent = group
        mention.counts = False
        kept.append(mention)
    return kept


def _victims_of_named_harm(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The harm of counted victims whose noun names what harmed them ("One of the shooting
    victims", "two victims of gunshot wounds", "four victims from Saturday's mass shooting"):
    the compound's type (`victim_compounds`), else the joint type of a harm in an "of" or
    "from" phrase (a `gunfire_words` word or a harm noun). None for victims of nothing named
    ("One of the victims decided to allow her name to be made public"), who may be victims of
    anything, and "the two homicide victims", which names again people told before: those are
    people harmed only as part of a group told."""
    noun, q = mention.trigger.token, mention.quantity
    if q.kind != "numeric" or noun.lemma_.lower() not in lex.reference_nouns:
        return None
    if noun.doc[q.start].lower_ in DEFINITE_DETERMINERS:
        return None
    # "the stabbing victims": the parser may read the compound as an adjective
    for compound in _children(noun, "compound", "amod"):
        for word in (compound.lower_, compound.lemma_.lower()):
            if word in lex.victim_compounds:
                return lex.victim_compounds[word]
    # the parser may hang the phrase right after the noun on its verb ("named four victims
    # from Saturday's mass shooting")
    preps = [
        *_children(noun, "prep"),
        *(p for p in _children(noun.head, "prep") if p.i == noun.i + 1),
    ]
    for prep in preps:
        if prep.lower_ not in ("of", "from"):
            continue
        for obj in _children(prep, "pobj"):
            words = [obj, *_children(obj, "compound", "amod")]
            if any(
                w.lemma_.lower() in lex.gunfire_words
                or lex.nouns.get(w.lemma_.lower()) in HARM_TYPES
                for w in words
            ):
                return "killed_or_injured"
    return None


#: qualifiers whose low bound says only that someone was harmed: the figure is a ceiling
CEILING_QUALIFIERS = frozenset({"up_to", "less_than"})


def _holds_up_to(quantity: Quantity) -> int | None:
    """How many people a group may hold, for a reference to be part of it: "As many as four
    people were shot ... three others went to a hospital", "Up to 20 people were killed ...
    Three of the victims were children": a ceiling holds as many as it names (its low bound,
    1, says only that someone was harmed); any other figure its low bound, else its best."""
    if quantity.qualifier in CEILING_QUALIFIERS and quantity.high is not None:
        return quantity.high
    return _size(quantity, low_first=True)


def _victims_of_both_harms(
    mention: Mention, kept: list[Mention], groups: list[Mention], size: int, lex: CasualtyLexicon
) -> bool:
    """ "killed two and wounded three ... Police have named four victims", "One died and 19
    were hurt ... a total of 20 victims", "... some of the victims": a counted reference to
    victims with no harm of its own, in an article whose incident has both its dead and its
    wounded, is of the joint type when no one group holds it, or when its quantity is vague
    and nothing tells it alive; it names people already counted, so it does not count itself
    (annotators of the GVA reports gave such rows `killed_or_injured`). A vague one that a
    group holds stays of the dead while the dead are most of the harmed ("killed 47 and
    injured 38 ... many of the victims were labourers"). Sets the mention and says whether it
    did."""
    if _told_surviving(mention, lex):
        return False
    if groups and mention.quantity.qualifier != "vague":
        return False
    counted = [
        e
        for e in kept
        if e.type in ("killed", "injured")
        and e.time_scope == "incident"
        and e.relation is None
        and not e.superseded
        and _same_incident(e, mention, lex)
    ]
    if {e.type for e in counted} != {"killed", "injured"}:
        return False
    # the most each harm may hold ("up to 16" wounded outnumber two dead)
    sizes = {"killed": 0, "injured": 0}
    for e in counted:
        q = e.quantity
        sizes[e.type] += q.high or q.best or q.low or 1
    if sum(sizes.values()) < size or (groups and sizes["killed"] >= sizes["injured"]):
        return False
    mention.type, mention.counts = "killed_or_injured", False
    joint = [e for e in kept if e.type == "killed_or_injured" and e.counts]
    if joint:
        equal = _size(joint[-1].quantity, True) == size
        mention.relation = "same_as" if equal else "subset_of"
        mention.related = mention.parent = joint[-1]
    return True


def _told_surviving(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a reference to victims is the subject of a clause that tells them alive
    (`survivor_words`: "Two of the victims had surgery", "one of the victims is recovering",
    "were treated and released")."""
    token = mention.group.token
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "conj", "xcomp"))]
    return any(w.lemma_.lower() in lex.survivor_words for w in words)


def _referred_types(mention: Mention, lex: CasualtyLexicon) -> frozenset[str]:
    """The types of the groups a counted reference may be part of: the harmed, or, for "Among
    them" / "N of them" right after a sentence that only arrests or only abducts, those held
    (`_back_referring_pronoun`)."""
    token = mention.trigger.token
    if token.lower_ in lex.reference_pronouns and token.sent.start > 0:
        captive = _captive_type_just_before(token.doc[token.sent.start - 1].sent, lex)
        if captive is not None:
            return frozenset({captive})
    return HARM_TYPES


def _also_harmed(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether an `additive_adverbs` word hangs on the harm verb itself ("the gunmen also
    abducted 30 civilians"), not on a verb that reports or records the harm."""
    verb = mention.trigger.token
    return mention.trigger.role == "verb" and any(
        c.lower_ in lex.additive_adverbs for c in verb.children
    )


def _other_part_of(mention: Mention, before: list[Mention]) -> Mention | None:
    """The vague part of a group just told ("Most of the victims were burned to death") that
    a vague "others" with a harm that only says how ("others were shot") sets itself against
    in the same sentence; None otherwise. A harm that says how badly ("others were injured")
    tells people of its own."""
    if not (mention.trigger.mechanism and mention.quantity.additive):
        return None
    if mention.quantity.qualifier != "vague" or not before:
        return None
    part = before[-1]
    whole = part.related
    if (
        part.sent != mention.sent
        or part.quantity.qualifier != "vague"
        or part.relation not in ("subset_of", "same_as")
        or whole is None
        or whole.type not in HARM_TYPES
        or part.type != whole.type
    ):
        return None
    return part


#: the types a harm that only says how someone was hurt ("burned", "shot") is first read as
HOW_DIED_TYPES = frozenset({"injured", "killed_or_injured"})


def _rest_of_the_dead(
    mention: Mention, before: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The part of a toll of the dead just told ("Nine people died ... Four of them were shot")
    that "the rest" / "the others" of the same sentence complete, told with a harm that says
    how they died ("and the rest were burned in their homes"), not a harm of their own; None
    otherwise. "The rest were injured" after a part of the injured stays read as before."""
    token = mention.group.token
    if mention.quantity.qualifier != "vague" or mention.type not in HOW_DIED_TYPES:
        return None
    if mention.quantity.partitive or mention.trigger.token.lemma_.lower() in lex.how_badly_lemmas:
        return None  # "the rest of the villagers were wounded": people of their own, hurt
    if token.lower_ not in lex.rest_of_the_dead_words or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    if not before:
        return None
    part = before[-1]
    whole = part.related
    if (
        part.sent != mention.sent
        or part.relation != "subset_of"
        or whole is None
        or whole.type != "killed"
        or part.type != "killed"
    ):
        return None
    return part


def _tally_of_part(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The tally a part of "those" harmed belongs to when no figure of its incident is large
    enough to hold it ("2,229 people had been arrested since the election ... at least 1,300 of
    those detained are political prisoners"): a part of a tally is a tally too, counted in it.
    None when the part is of no such demonstrative, or a figure of the incident holds it."""
    q = mention.quantity
    part = _size(q, low_first=True)
    if not q.partitive or q.noun is None or part is None or mention.time_scope != "incident":
        return None
    if mention.group.token.doc[q.noun].lower_ not in lex.standin_demonstratives:
        return None
    sizes = [(e, _size(e.quantity, low_first=False)) for e in earlier if e.type == mention.type]
    if any(e.time_scope == "incident" and (size or 0) >= part for e, size in sizes):
        return None
    tallies = [e for e, size in sizes if e.time_scope == "cumulative" and (size or 0) >= part]
    return tallies[-1] if tallies else None


def _held_again(mention: Mention, before: list[Mention], lex: CasualtyLexicon) -> Mention | None:
    """The earlier counted detention or abduction a definite group repeats ("sentenced David and
    Louise Turpin to life in prison ... The two parents were arrested in January of last
    year"): captives stay the same people whatever the date of their arrest, sentence or
    release, so the same exact figure told again with "the" is a repeat; None otherwise."""
    if mention.type not in CAPTIVE_TYPES or mention.quantity.qualifier != "exact":
        return None
    doc = mention.group.token.doc
    span = doc[mention.quantity.start : mention.quantity.end]
    if span[0].lower_ not in lex.words.definite or span[0].tag_ == "PRP$":
        return None  # "abducted a pastor and his wife": a possessor's kin is someone else
    for earlier in reversed(before):
        if (
            earlier.counts
            # "arrested a man and his son": people of one harm word are told side by side
            and earlier.trigger.token != mention.trigger.token
            and earlier.type == mention.type
            and earlier.quantity.qualifier == "exact"
            and earlier.quantity.value == mention.quantity.value
            # "the 15-year-old gunman ... The father, 44, was arrested": two ages, two people
            and _same_age(_age(earlier), _age(mention))
            and _describes_again(mention, earlier, lex)
        ):
            return earlier
    return None


def _describes_again(mention: Mention, earlier: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a definite captive's noun may stand for people an earlier noun described: a noun
    any captive may take ("the man", "the suspect": `anaphoric_nouns`, `captive_reference_nouns`),
    the same noun, or a noun the text gives the earlier people in apposition. Another role noun
    is someone else ("A man suspected of supplying the gun was arrested ... The alleged shooter
    had been detained earlier"), as is the unrelated noun of another story on one page."""
    if _may_name_same_people(earlier, mention, lex):
        return True
    doc = mention.group.token.doc
    lemma = doc[mention.quantity.noun].lemma_.lower()
    words = lex.words
    if lemma in words.anaphoric or lemma in words.captive_references:
        return True
    return any(a.lemma_.lower() == lemma for a in _children(doc[earlier.quantity.noun], "appos"))


def _more_references(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "two more victims", "an additional victim": a counted reference that adds people (an
    `additive_reference_words` word, no definite determiner: not "the other two victims")."""
    doc = mention.group.token.doc
    span = doc[mention.quantity.start : mention.quantity.end]
    # "More than 20 of them": "more" of a qualifier adds nobody
    words = {t.lower_ for t in span if not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "than")}
    return bool(words & lex.additive_references) and not words & lex.words.definite


def relate(mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """subset_of / same_as / update_of / conflicts_with and counts_toward_total, in text
    order, by the contract: subsets, repeats, superseded figures, rates and cumulative
    figures do not count; of conflicting figures the first stated counts."""
    #: subsets ("among the dead were two paramedics") with no group before them, waiting for
    #: the group a later sentence states
    waiting: list[Mention] = []
    for i, mention in enumerate(mentions):
        if mention.trigger.type == REFERENCE:
            continue  # related to its group already (`_resolve_references`)
        if mention.type == "killed" and _died_of_the_wounded(mention, lex):
            continue  # "four of the wounded died": related already (`_resolve_references`)
        if mention.superseded:
            mention.counts = False
            if not mention.group.update and mention.updated_by is None:
                # "at least 20 were killed ... This revised downwards an earlier toll of 27".
                newer = _last_counted(
                    [e for e in mentions[:i] if e.time_scope == "incident"], mention.type
                )
                if newer is not None and newer.relation is None:
                    newer.relation, newer.related, mention.updated_by = "update_of", mention, newer
            continue
        dead = _dead_found_trapped(mention, mentions[:i], lex)
        if dead is not None:
            # "killed six people ... The six victims were found under the rubble": the dead,
            # found where they lay, not six people trapped
            mention.type, mention.relation, mention.related = "killed", "same_as", dead
            mention.counts = False
            continue
        if mention.time_scope == "incident" and (
            _war_tally_after_incident(mention, mentions[:i], lex)
            or _campaign_toll_brought_to(mention, mentions[:i], lex)
        ):
            # "Russian shelling killed four civilians in Kherson on Monday ... More than 10,000
            # civilians have been killed in Ukraine, according to the UN": the war's tally
            mention.time_scope, mention.event_date = "cumulative", None
        if mention.open_sum and _sums_told_steps(mention, mentions[:i], lex):
            continue
        tally = _tally_of_part(mention, mentions[:i], lex)
        if tally is not None:
            mention.time_scope, mention.event_date = "cumulative", None
            mention.relation, mention.related, mention.counts = "subset_of", tally, False
            continue
        if mention.time_scope != "incident":
            mention.counts = False
            if mention.relation == "subset_of" and mention.parent is not None:
                mention.related = mention.parent
            tally = _last_tally(mention, mentions[:i])
            if mention.relation is None and tally and _made_precise(mention, tally, lex):
                # "more than 2,000 people have been arrested since the vote ... 2,229 people had
                # been arrested since the election": the running count told exactly
                mention.relation, mention.related = "same_as", tally
            continue
        before = [e for e in mentions[:i] if e.time_scope == "incident"]
        if _sums_told_tolls(mention, before, lex):
            continue
        part = _other_part_of(mention, before) or _rest_of_the_dead(mention, before, lex)
        if part is not None:
            # "Most of the victims were burned to death; others were shot": the others are the
            # rest of the victims, told by how they died, not people shot besides them.
            mention.type, mention.relation = part.related.type, "subset_of"
            mention.related, mention.counts = part.related, False
            continue
        wounded = _wounded_who_died(mention, before, lex)
        if wounded:
            # "found a woman and a man with serious injuries. Both were pronounced dead": the
            # injured just told are the ones who died; their injury is revised to a death,
            # which a toll of the same size told before already holds. "Shot" told only how:
            # "shot a man and a woman ... found the two dead" tells two of the dead.
            shot = all(person.trigger.mechanism for person in wounded)
            for person in wounded:
                if shot:
                    person.type, person.relation, person.related = "killed", "subset_of", mention
                    person.counts = False
                else:
                    person.counts, person.superseded, person.updated_by = False, True, mention
            toll = [
                e
                for e in before
                if e.type == "killed"
                and (e.counts or (shot and e.relation == "subset_of"))
                and e.quantity.value == mention.quantity.value
                and e.quantity.qualifier == "exact"
            ]
            if toll:
                # ("Seven were murdered ... The two most recent killings ... the two dead")
                mention.relation, mention.related, mention.counts = "same_as", toll[-1], False
            elif not shot:
                mention.relation, mention.related = "update_of", wounded[-1]
            if toll or not shot:
                continue
            # the dead, now holding the people shot, relate as any figure ("bodies ... the
            # two dead": the vague first mention restated)
        held = _held_again(mention, before, lex)
        if held is not None:
            mention.relation, mention.related, mention.counts = "same_as", held, False
            continue
        # "31 were killed across Gaza ... Eleven of them were killed in Rafah": the pronoun takes
        # its people from the group told before, wherever the part was harmed.
        back = mention.sums or _of_them(mention)
        # "four people were stabbed in a series of attacks ... A fourth victim was stabbed at a
        # bus stop in Arnold": a victim numbered goes on the series told, wherever harmed.
        ranked = mention.quantity.kind == "ordinal" and bool(mention.quantity.rank)
        earlier = [e for e in before if back or ranked or _same_incident(e, mention, lex)]
        listing = _listing(mention, earlier, lex)
        if listing is not None and listing.type == mention.type:
            # "photographers Chris Hondros and Guy Martin were wounded ... Martin, a British
            # citizen, was injured by shrapnel": one of the listed people, told again.
            mention.relation, mention.related, mention.counts = "subset_of", listing, False
            continue
        captive_whole = _captives_still_held(mention, before, lex)
        if captive_whole is not None:
            # "Gunmen abducted 40 people ... Fifteen of them remain in captivity": the captivity
            # names no captor of its own; the people are those abducted, still held.
            mention.type = captive_whole.type
            mention.relation, mention.related, mention.counts = "subset_of", captive_whole, False
            continue
        if (
            mention.relation in (None, "subset_of")
            and mention.parent is None
            and _whole_of_another_harm(mention, before, lex)
        ):
            # "recaptured 29 of the escapees ... two of them were shot dead": a part of people
            # told with another harm; no part of the toll before them.
            mention.relation = None
            continue
        if (
            mention.relation == "subset_of"
            and mention.parent is not None
            and mention.parent.type == "killed_or_injured"
            and mention.type in ("killed", "injured")
        ):
            # "11 people were shot, two of them fatally": a figure of one harm inside the
            # group of both counts for its own type (ANNOTATION.md), beside the group; unless
            # a toll of that type told before holds it ("2 killed, 4 injured ... Five people
            # were struck, including one who died").
            size = _size(mention.quantity, low_first=True) or 1
            toll = _last_counted(
                [e for e in earlier if (_size(e.quantity, low_first=True) or 0) >= size],
                mention.type,
            )
            if toll is not None:
                mention.parent, mention.related, mention.counts = None, toll, False
            else:
                mention.relation, mention.parent = None, None
            continue
        if mention.relation == "subset_of":
            # Not a conjunct of its own list ("the dead included three officers and a child").
            # Nor a group too small to hold it, nor the attacker: "Police shot him dead ... two
            # of Khan's victims died" is no part of "him".
            size = _size(mention.quantity, low_first=True) or 1
            own = mention.parent
            if (
                own is not None
                and own.type != mention.type
                and own.trigger.token != mention.trigger.token
            ):
                # "pulled 37 people out of the rubble alive, 19 of them with injuries": a part
                # told with a harm word of its own is no subset of that group (subset_of links
                # only figures of one type); it may still be part of a group of its own harm.
                # A part under the group's own harm word ("captured 12 policemen, including a
                # captain") stays the group's, whatever type its own captor gave it.
                own = None
            parent = own or _last_counted(
                [
                    e
                    for e in earlier
                    if not _coordinated(mention.group.token, e.group.token)
                    and not _parts_of_one_whole(mention, e)
                    and _may_hold(e.quantity, size)
                    and (
                        not (_perpetrator(e, lex) and not _perpetrator(mention, lex))
                        or _held_suspects(e, mention, lex)
                    )
                ],
                mention.type,
            )
            if parent is None:
                parent = _uncounted_whole_of_sentence(mention, earlier)
            if parent is None:
                parent = _fronted_whole_told(mention, mentions[:i], lex)
                if parent is not None and parent.time_scope != "incident":
                    # a part of a tally ("since 1993") is of the tally's time, as the tally is
                    mention.time_scope, mention.event_date = parent.time_scope, None
            if parent is not None:
                mention.related, mention.counts = parent, False
                _absorb_named(mention, parent, before, lex)
            else:
                mention.relation = None
                waiting.append(mention)
            continue
        if mention.group.update:
            older = _from_figure(mention, mentions)
            if older is not None:
                # "casualties increased to 167 from a previous 93 injured people": the figure
                # after "from" is the older toll, whichever harm word names it; the general
                # word revises the figure of the harm the older toll names.
                older.superseded, older.counts, older.updated_by = True, False, mention
                if mention.type == "killed_or_injured" and older.type in HARM_TYPES:
                    mention.type = older.type
                mention.relation, mention.related = "update_of", older
                _revises_earlier(older, mentions, lex)
                continue
            # A superseded figure another toll already revised is not revised again: "raised the
            # toll from five to six ... increased the previous death toll to six" restates six.
            previous = [
                e
                for e in mentions[:i]
                if e.superseded
                and e.type == mention.type
                and (
                    e.updated_by in (None, mention)
                    or e.updated_by.quantity.value != mention.quantity.value
                )
            ]
            if previous:
                latest = _latest_revision(previous[-1], mention)
                if latest is not previous[-1]:
                    # "the number of dead had risen to six ... put the toll at 12 ... bringing
                    # the toll to 16": each revision supersedes the one before it, not the first.
                    mention.relation, mention.related = "update_of", latest
                    latest.counts, latest.superseded, latest.updated_by = False, True, mention
                    continue
                mention.relation, mention.related = "update_of", previous[-1]
                previous[-1].updated_by = mention
                _revises_earlier(previous[-1], mentions, lex)
                _older_revision(mention, earlier)
                continue
        if _ranked_in_tally(mention, lex):
            continue
        if mention.listed:
            # "the shooting deaths of four men ... Emmanuel Stokes and Edwin Davis were fatally
            # shot": named people after a larger group are of it, as one named person is.
            group = _last_group(earlier, mention)
            if (
                group is not None
                and not mention.also
                and not _coordinated(mention.group.token, group.group.token)
                and not _another_kind(mention, group, lex)
                and _room(group, mentions) >= len(mention.listed)
            ):
                mention.relation, mention.related, mention.counts = "subset_of", group, False
                continue
            pair = _joined_people(mention, earlier)
            if pair is not None:
                # "shot his wife and her mother ... found Angela Brooks, 36, and Dorothy
                # Simmons, 61, dead": the people just told, now by name.
                mention.relation, mention.related, mention.counts = "same_as", pair, False
                continue
        if _is_person(mention):
            # One person: the same person as before (a name, "the victim", "he"), one of an
            # earlier group, or someone new.
            group = _last_group(earlier, mention)
            rank = _rank(mention, lex)
            attackers = _ranked_attackers_part(mention, group, mentions, rank, lex)
            if attackers is not None:
                # "six people shot, including two suspects ... A second suspect turned up at a
                # hospital": the rank numbers the attackers the toll already holds
                mention.relation, mention.related, mention.counts = "subset_of", attackers, False
                continue
            if (
                group is not None
                and rank
                and rank <= (_size(group.quantity, True) or 0)
                and not (_perpetrator(mention, lex) and not _perpetrator(group, lex))
            ):
                # ("a second attacker was shot dead" after the victims' toll is no victim)
                # "5 victims were injured ... The fourth victim, Raheem Cobbins, also suffered
                # injuries", "a fifth victim, Shandextria Pitts": one of the group, whatever
                # the name.
                mention.relation, mention.related, mention.counts = "subset_of", group, False
                continue
            # A name, a pronoun or "the third person" may point back across incidents, and so
            # may "a 15-year-old" of "a November shooting" after a caption's name; but "a man"
            # or "his wife" of a sentence told as another incident ("In an unrelated shooting,
            # a man was killed") is someone new.
            brought_in = mention.quantity.kind == "indefinite" or any(
                c.dep_ == "poss" for c in mention.group.token.children
            )
            known = earlier if brought_in and mention.separate else before
            if brought_in and mention.scene_start and mention.type == "detained":
                # "The suspect was arrested. Police were called out to another shooting ... a
                # 37-year-old man was taken into custody": someone arrested after another
                # incident is brought in is none of those held before it, paragraphs apart as
                # in one (the harmed may restate a lead that sums every incident: "One person
                # died ... in two separate shootings")
                known = [e for e in known if e.sent.end > mention.scene_start]
            if brought_in:
                known = _before_own_item(mention, known, lex)
            person = _link_person(mention, known, lex)
            if (
                person is not None
                and group is not None
                and mention.quantity.kind == "named"
                and not _same_referent(person, mention)
                # "The gunman, Eric Dunn, died" after "killing himself": the attacker
                and not (person.group.token.lower_ in REFLEXIVES and _perpetrator(mention, lex))
                # "a woman was found dead ... Patrice Calvin had been shot": that woman named
                and person is not _dead_named_next(mention, known, lex)
                # "the death of 15-year-old Braxton Bourda ... Bourda was discovered": his name
                and not (person.quantity.kind == "named" and _same_name(person, mention, lex))
            ):
                person = None  # "two teens were killed ... John Smith died": one of them
            if person is not None:
                _relate_person(mention, person, lex)
                _within_earlier_toll(mention, group, mentions, lex)
                continue
            # "arrested two men ... a woman was detained": not one of a group of the other
            # gender, though maybe of one before it ("Two girls and two men were shot ... Two
            # men ... were shot in the leg, while a 15-year-old girl was hit in the back").
            first_row = _first_named_row(mention, before, lex)
            group = _last_group(
                [
                    e
                    for e in earlier
                    if not _genders_clash(mention, e, lex)
                    and not _not_of_group(mention, e, lex)
                    and not _first_told_apart(first_row, e)
                    # "Two officers were shot ... A neighbour was treated for smoke inhalation"
                    # (a name's title, "Dep. Sarah Moss", is read by the name rules)
                    and not (
                        mention.quantity.kind != "named" and _outside_force_group(mention, e, lex)
                    )
                ],
                mention,
            )
            if mention.also:
                group = None  # "a bystander was also injured": besides them
            if group is not None and group.listed and mention.quantity.kind == "named":
                group = None  # "Tom Baker and Lisa Grant ... Ivan Petrenko": not one of the two
            if group is not None and rank and rank > (_size(group.quantity, True) or 0):
                group = None  # "two were killed ... a third person died": not one of them
            if group is not None and _coordinated(mention.group.token, group.group.token):
                group = None  # "injuring both young men and a woman": besides them
            if group is not None and _another_kind(mention, group, lex):
                group = None  # "25 were injured ... another soldier was wounded": besides them
            if group is not None and _other_sides(mention, group, lex):
                group = None  # "killed dozens of militants ... a soldier was killed": besides them
            if (
                group is not None
                and mention.type == "killed"
                and _died_held(mention, lex)
                and not _died_held(group, lex)
            ):
                group = None  # "shot dead two men ... a man had died in captivity"
            if group is not None and _other_side(mention, group, mentions, lex):
                group = None  # "Israeli strikes killed 25 ... An Israeli soldier was killed"
            if group is not None and _perpetrator(mention, lex) and not _perpetrator(group, lex):
                group = None  # "five people died ... the gunman was killed by police"
            if group is not None and _held_person(mention, mentions):
                group = None  # "Mercer was arrested ... Mercer was shot dead": not a victim
            if (
                group is not None
                and mention.quantity.kind == "indefinite"
                and mention.sent != group.sent  # "two suspects - a man and a woman -": them
                and _perpetrator(group, lex)
                and not _perpetrator(mention, lex)
            ):
                group = None  # "two suspects were killed ... a bystander died": not of them
            if group is not None and _own_event_between(group, mention, mentions, lex):
                group = None  # "floods injured 50 ... A bus crashed ... A passenger was injured"
            if (
                group is not None
                and mention.group.token.lower_ in REFLEXIVES
                and _killer(mention, earlier) is not None
            ):
                group = None  # "shot his wife and two neighbours before killing himself"
            if group is not None and _sibling_clauses(mention, group, lex):
                group = None  # "Three were seriously injured and one was lightly hurt"
            if group is not None and (not mention.quantity.additive or _room(group, mentions) >= 1):
                # "... two women were wounded. Another man was shot in the leg": one of them
                # while the group has people not yet described.
                mention.relation, mention.related, mention.counts = "subset_of", group, False
            elif (
                mention.quantity.kind == "pronoun"
                # "and another is in critical condition": one more person, no one told again
                and not mention.quantity.additive
                and mention.priority > 1
                and not mention.trigger.mechanism
                and mention.type in HARM_TYPES
            ):
                # "he drove her to a hospital": a pronoun only taken somewhere names nobody
                # harmed unless it refers to someone the article already counts ("he was
                # booked on charges of murder" is a detention all the same).
                mention.counts = False
            continue
        if mention.quantity.kind == "zero" and mention.type in ("killed", "injured"):
            broader = [
                e
                for e in earlier
                if e.quantity.kind == "zero" and e.type == "killed_or_injured" and e.counts
            ]
            if broader:
                # "the attack produced no casualties ... No troops were injured": the narrower
                # harm restates part of the nobody already stated.
                mention.relation, mention.related, mention.counts = "subset_of", broader[-1], False
                continue
        if mention.quantity.kind == "pronoun":
            _relate_pronoun(mention, earlier, lex)
            continue
        if mention.quantity.kind == "none" and mention.type == "killed_or_injured":
            # "8 civilians were killed ... incidents resulting in civilian casualties": the
            # general word without a figure restates the harm already counted.
            figures = [
                e
                for e in earlier
                if e.type in HARM_TYPES
                and e.counts
                and e.quantity.kind != "none"
                and not _other_people(mention, e, lex)
                and _statuses_meet(mention, e, lex)
            ]
            if figures:
                mention.relation, mention.related, mention.counts = "same_as", figures[-1], False
                continue
        q = mention.quantity
        restated = [
            e
            for e in earlier
            if e.superseded
            and e.type == mention.type
            and e.quantity.value == q.value
            and e.quantity.qualifier == q.qualifier
            and q.qualifier not in ("vague", "none")
            and not q.partitive
            and not q.additive
        ]
        if restated:
            # "raised the toll from five to six ... On Wednesday the tremor left five dead":
            # the older figure told again, not a part of the newer one.
            mention.relation, mention.related, mention.counts = "same_as", restated[-1], False
            continue
        part = _named_again_part(mention, earlier, lex)
        if part is not None:
            mention.relation, mention.related, mention.counts = "same_as", part, False
            continue
        whole = _whole_of_same_clause(mention, earlier)
        if whole is not None:
            # "At least 121 people, most of them women, were killed": "them" is the group its
            # own harm word has just counted.
            mention.relation, mention.related, mention.counts = "subset_of", whole, False
            continue
        trigger = mention.trigger.token
        same_type = [
            e
            for e in earlier
            if e.type == mention.type
            and e.counts
            and e.trigger.token != trigger
            and not any(e is w and _holds(mention, w) for w in waiting)
        ]
        groups = [e for e in same_type if not _is_person(e) and not _picked_one(e)]
        if groups:
            # The last figure for the same people ("thirteen soldiers ... 67 Palestinians ...
            # thirteen soldiers": the third repeats the first).
            same = [
                g
                for g in groups
                if not _other_people(
                    mention,
                    g,
                    lex,
                    by_noun="vague" not in (mention.quantity.qualifier, g.quantity.qualifier),
                )
                # "killing at least nine ... killing all three gunmen ... the toll had risen to
                # 14": the attackers harmed are not the people a later toll counts.
                and _perpetrator(g, lex) == _perpetrator(mention, lex)
            ]
            pool = same or groups
            if _told_as_rise(mention, lex):
                # "An air strike killed 40 in Gaza City ... The death toll from that strike
                # rose to 12": a toll that grew to its figure revises a smaller one; a larger
                # figure before it is another incident's toll.
                size = _size(mention.quantity, low_first=False) or 0
                smaller = [
                    [g for g in pool_ if (_size(g.quantity, low_first=True) or 0) <= size]
                    for pool_ in (same, groups)
                ]
                # Unless the article retells how its own toll grew ("at least 251 died ... it
                # was initially reported that twenty had died ... 98 bodies recovered. This
                # number climbed again by Tuesday, 107 had died"): a smaller figure told
                # before, no longer counted, is the toll the rise went on from.
                history = any(
                    e.type == mention.type
                    and not e.counts
                    and (_size(e.quantity, low_first=True) or 0) < size
                    for e in earlier
                )
                pool = smaller[0] or smaller[1] or ([] if not history else pool)
            if pool and (mention.group.update or mention.updates) and not mention.separate:
                # "At least 12 were killed on Friday ... Earlier this month, a drone killed 12
                # ... the number of dead had risen to 21": a revised toll revises the article's
                # own incident, not one told apart from it (unless it goes on in that one's
                # paragraph: "Elsewhere, a bus overturned, killing five. Later the toll rose").
                pool = [g for g in pool if not g.separate or _same_scene(g, mention, lex)] or pool
            if pool:
                _relate_figures(mention, _same_figure_told(mention, pool), same_type, mentions, lex)
        elif same_type and mention.counts and _all_victims_told(mention, mentions, lex):
            # "left one man dead and another injured ... located two adult males suffering from
            # gunshot wounds": both victims again, not a group holding the injured one.
            mention.relation, mention.related, mention.counts = "same_as", same_type[-1], False
            continue
        if (
            mention.counts
            and not mention.quantity.additive
            and not _possessed_part(mention)
            and not _harmed_later(mention, lex)
        ):
            _absorb_people(
                mention,
                [
                    e
                    for e in same_type
                    if (_is_person(e) or _picked_one(e))
                    # "Gunmen killed a teacher ... Troops later killed five gunmen": the
                    # attackers and their victims are not one group, either way round.
                    and _perpetrator(e, lex) == _perpetrator(mention, lex)
                    and not _held_person(e, mentions)
                    # "A 31-year-old man was arrested ... Two juveniles were detained": a
                    # person the group's noun cannot include is no part of it.
                    and _stages_meet(_life_stage(e, lex), _life_stage(mention, lex))
                    and not _genders_clash(e, mention, lex)
                    and not _forces_own_person(e, mention, lex)
                    and not _outside_force_group(e, mention, lex)
                    and not _named_outside_list(e, mention, lex)
                    and not _rounded_up_apart(e, mention, lex)
                    # "An Israeli soldier was wounded ... 23 Palestinians were wounded"
                    and not _nationalities_differ(e, mention)
                    # "pulled a woman from the rubble ... four were still trapped": brought
                    # out, not among those still under it
                    and not (
                        mention.type == "trapped"
                        and _extracted(e, lex)
                        and not _extracted(mention, lex)
                    )
                ],
            )
    for subset in waiting:
        _join_later_group(subset, mentions, lex)
    _told_breakdowns(mentions, lex)


def _told_as_rise(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a toll is told as having grown to the figure ("the death toll from that strike
    rose to 12", "has climbed to four": the figure is the object of "to" on a
    `rising_update_words` verb; not "with 67 still missing" beside a rising toll)."""
    if not (mention.group.update or mention.updates) or mention.quantity.value is None:
        return False
    to = mention.group.token.head
    verb = to.head
    return (
        to.lower_ == "to"
        and mention.group.token.dep_ == "pobj"
        and (
            verb.lemma_.lower() in lex.rising_update_words or verb.lower_ in lex.rising_update_words
        )
        and _update_cue(verb, lex)
    )


def _summed_events(mention: Mention, lex: CasualtyLexicon) -> int | None:
    """How many events the article told a figure's clause sums ("the toll for both bombings"
    2, "in the three attacks" 3, "these attacks" 0: some number of them), by a plural event
    noun with a determiner pointing back (`summed_event_determiners`); None when it names
    no such events ("Two bombings killed 14": events told for the first time)."""
    root = _clause_root(mention.trigger.token)
    for token in root.subtree:
        if token.lemma_.lower() not in lex.aggregate_event_nouns or token.tag_ != "NNS":
            continue
        children = list(token.children)
        if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in children):
            return 2
        if not any(c.dep_ == "det" and c.lower_ in lex.summed_event_determiners for c in children):
            continue
        number = next((c for c in children if c.dep_ == "nummod"), None)
        if number is None:
            return 0
        value = numeral_value(token.doc, number.i, number.i + 1, lex.words)
        return value if value is not None and value >= 2 else None
    return None


def _sums_told_tolls(mention: Mention, before: list[Mention], lex: CasualtyLexicon) -> bool:
    """Relates a figure that sums the tolls of events the article told one by one ("a car bomb
    killed 247 in Nairobi ... the toll in the Tanzania blast has risen to 12. That brought the
    toll for both bombings to 259"); True when it did. The very sum of the counted tolls before
    it restates them: no incident of its own, it does not count. A larger sum over as many
    events as it names ("In all, 30 were killed in the two attacks" after 14 and 9) is their
    toll since grown: it counts and they are superseded."""
    events = _summed_events(mention, lex)
    size = _size(mention.quantity, low_first=True)
    if events is None or size is None or mention.quantity.partitive:
        return False
    parts = [
        e
        for e in before
        if e.type == mention.type and e.counts and e.sent.start != mention.sent.start
    ]
    sizes = [_size(e.quantity, low_first=True) for e in parts]
    if len(parts) < 2 or None in sizes:
        return False
    total = sum(s for s in sizes if s is not None)
    if size == total:
        mention.time_scope, mention.event_date = "cumulative", None
        mention.relation, mention.related, mention.counts = None, None, False
        return True
    if events == len(parts) and size > total:
        for part in parts:
            part.counts, part.superseded, part.updated_by = False, True, mention
        mention.relation, mention.related = "update_of", parts[-1]
        return True
    return False


def _sums_told_steps(mention: Mention, before: list[Mention], lex: CasualtyLexicon) -> bool:
    """Relates a sum told with "in all" / "in total" and no period of its own to the steps of
    its harm the article told before ("Police detained a 19-year-old man ... Two acquaintances
    were detained later ... In all, three people are being held"); True when it did. The sum
    is the incident's figure: an update of the first step, which no longer counts, with the
    later steps its parts. Not a tally that dwarfs the steps (`tally_incident_ratio`: "a strike
    killed five ... In total, 300 people have died" is the war's), nor one smaller than they."""
    size = _size(mention.quantity, low_first=True)
    if size is None or mention.quantity.partitive:
        return False
    steps = [
        e
        for e in before
        if e.type == mention.type
        and e.counts
        and e.time_scope == "incident"
        and e.sent.start != mention.sent.start
        and _same_incident(e, mention, lex)
    ]
    sizes = [_size(e.quantity, low_first=True) for e in steps]
    if not steps or None in sizes:
        return False
    told = sum(s for s in sizes if s is not None)
    if size < told or size >= told * lex.tally_incident_ratio:
        return False
    # the sum spans the days of its steps: no one day of its own ("date_known" keeps the
    # article's day from being carried to it)
    mention.time_scope, mention.event_date, mention.date_known = "incident", None, True
    first, *later = steps
    first.counts, first.superseded, first.updated_by = False, True, mention
    mention.relation, mention.related, mention.counts = "update_of", first, True
    for step in later:
        step.relation, step.related, step.counts = "subset_of", mention, False
    return True


def _told_breakdowns(mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """ "killed at least 32 civilians ... soldiers executed 13 men in Ourou, and a drone strike
    killed 14 people ... Another five were shot dead in Sofara": exact figures told in the
    sentences after a toll that add up to it, one after another, are the toll broken down by
    place or event, not more people. Parts the toll's own sentence names ("including nine
    children") tell a kind, not a share, and parts of a part ("among them four children") are
    inside their part."""
    for i, toll in enumerate(mentions):
        whole = toll.quantity.value
        if (
            not toll.counts
            or toll.time_scope != "incident"
            or whole is None
            or whole < 3  # "two others ... a commander and his driver": one and one are more
            # often people of their own than a toll of two told again
            or toll.quantity.qualifier not in ("exact", "at_least", "approx")
            or _is_singular(toll)
        ):
            continue
        parts = _breakdown_of(toll, mentions[i + 1 :], lex)
        for part in parts:
            part.relation, part.related, part.counts = "subset_of", toll, False
            part.superseded, part.updated_by = False, None


def _breakdown_of(toll: Mention, later: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """The figures after `toll` that add up to its value, in order (see `_told_breakdowns`);
    [] when no run of them does."""
    parts: list[Mention] = []
    total = 0
    for mention in later:
        if mention.type != toll.type or mention.time_scope != "incident":
            continue
        if mention.sent.start == toll.sent.start:
            continue  # "including nine children": a kind of the toll's people
        if _paragraph_breaks(toll.sent, mention.sent) > 1:
            return []  # a breakdown follows its toll, in its paragraph or the next
        if toll.separate and not mention.separate:
            # "a second strike hit a house, where three members of one family were injured ...
            # The Israeli army said two soldiers were wounded near Metula": the toll of an
            # incident brought in apart is not broken down by figures told outside it
            return []
        if mention.relation == "subset_of" and any(mention.related is p for p in parts):
            continue  # "among them four children": inside a part already told
        if mention.related is toll and mention.relation in (
            "update_of",
            "same_as",
            "conflicts_with",
        ):
            return []  # the toll told again or revised: no breakdown
        if (
            mention.related is not None
            and mention.related is not toll
            and not any(mention.related is p for p in parts)
        ):
            return []  # part of, or a revision of, another figure
        q = mention.quantity
        if q.qualifier != "exact" or q.value is None or q.partitive:
            return []
        if _opens_scene(mention.sent, lex) or _apart_event(mention, lex):
            return []  # "Elsewhere, ...", "In a separate attack, ...": another incident; "a
            # second strike" may go on with the toll's own strikes
        if _told_later(mention):
            return []  # "Police later arrested 34 others": more people, at another time
        if mention.also or (_opens_sequel(mention.sent, lex) and _own_event(mention)):
            # "killed 8 militants ... Two soldiers were also killed", "A day earlier, a suicide
            # bomber killed five engineers": people besides the toll's, or of another incident
            return []
        parts.append(mention)
        total += q.value
        if total >= toll.quantity.value:
            break
    if total != toll.quantity.value or len(parts) < 2:
        return []
    return parts


def _same_scene(earlier: Mention, later: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a later figure goes on with the other incident an earlier one's sentence brought
    in ("Elsewhere, Israeli forces detained dozens of men during a raid, medical staff said.
    The military said it had arrested 40 suspected militants"): both are apart from the
    article's incident, in one paragraph, and the later sentence brings in no incident of its
    own ("In a separate attack, ...", "Elsewhere, ...")."""
    if not earlier.separate or _paragraph_breaks(earlier.sent, later.sent) > 0:
        return False
    sent = later.sent
    return not (_opens_scene(sent, lex) or _separate_incident(sent, lex, introduced=True))


def _paragraph_breaks(first: Span, later: Span) -> int:
    """How many paragraph breaks (runs of line breaks) lie between two sentences."""
    return len(re.findall(r"\n\s*", _doc_text(first.doc)[first.end_char : later.start_char]))


def _doc_text(doc: Doc) -> str:
    """`doc.text`, which spaCy joins from every token on each read: joined once per doc."""
    memo = _memo(doc, "text")
    if memo is None:
        return doc.text
    if "text" not in memo:
        memo["text"] = doc.text
    return memo["text"]


def _apart_event(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm's cause is told as apart from the events before ("a separate strike",
    "an unrelated attack": `apart_event_words`)."""
    cause = mention.cause
    return cause is not None and any(
        c.dep_ == "amod" and c.lower_ in lex.apart_event_words for c in cause.children
    )


def _wounded_who_died(
    mention: Mention, before: list[Mention], lex: CasualtyLexicon
) -> list[Mention]:
    """The injured a bare "both" or "the two" dies of ("found a woman and a man with serious
    injuries. Both were pronounced dead", "two men were found wounded ... Both died", "shot a
    man and a woman ... found the two dead", "Both victims died"): the counted injured mentions
    that close the sentence before (or the same sentence), when they are exactly two people,
    counting a person joined to one of them without a row of its own; else []."""
    q = mention.quantity
    if mention.type != "killed" or q.value != 2 or q.partitive or not before:
        return []
    doc = mention.group.token.doc
    if q.noun is not None and doc[q.noun].lemma_.lower() not in lex.words.anaphoric_groups:
        return []  # "two women died": maybe others than those shot
    if doc[q.start].lower_ not in ("both", "the"):
        return []
    last = _last_shot_people(mention, before)
    if last is None:
        last = before[-1]
        if last.type != "injured" or not last.counts or last.sent is None:
            return []
        start = mention.sent.start if mention.sent is not None else -1
        previous = doc[start - 1].sent.start if start > 0 else None
        if last.sent.start not in (start, previous):
            return []
    run = [e for e in before if e.sent == last.sent and e.type == "injured" and e.counts]
    tokens: set[int] = set()
    size = 0
    for person in run:
        if _is_singular(person):
            chain = [person.group.token]
            while chain[-1].dep_ == "conj" and chain[-1].head != chain[-1]:
                chain.append(chain[-1].head)
            chain += [c for t in list(chain) for c in t.children if c.dep_ == "conj"]
            tokens |= {t.i for t in chain if t.pos_ in ("NOUN", "PROPN")}
        else:
            size += _size(person.quantity, low_first=True) or 0
    return run if size + len(tokens) == 2 else []


def _last_shot_people(mention: Mention, before: list[Mention]) -> Mention | None:
    """The last counted "shot" person when only a witness's words or the scene lie between it
    and a death of two ("shot a man and a woman in a van ... 'Then there were bodies lying
    there,' a witness said. The van veered into a pole. Police found the two dead"): within
    four sentences (a witness's quote) of it, with no figure of its own (a number) told since."""
    if mention.sent is None:
        return None
    for e in reversed(before):
        if e.type == "injured" and e.trigger.mechanism and e.sent is not None:
            if not e.counts:
                continue  # "a woman" joined to the counted "a man" of "shot a man and a woman"
            doc = mention.group.token.doc
            between = doc[e.sent.end : mention.sent.start]
            return e if len(list(between.sents)) <= 4 else None
        if e.quantity.value is not None:
            return None
    return None


#: pronouns that, as the whole of a partitive ("eleven of them"), refer to a group told before
BACK_PRONOUNS = frozenset({"them", "those", "these"})


def _of_them(mention: Mention) -> bool:
    """Whether a figure is a partitive of a pronoun that refers back ("eleven of them", "nine
    of those killed"), so a part of the group told before it, not of people of its own."""
    q = mention.quantity
    if not q.partitive or q.noun is None:
        return False
    whole = mention.group.token.doc[q.noun]
    return whole.pos_ == "PRON" and whole.lower_ in BACK_PRONOUNS


def _whole_of_same_clause(mention: Mention, earlier: list[Mention]) -> Mention | None:
    """The counted group of the same harm word that a partitive of a pronoun ("most of them")
    told after it refers to, or None: the pronoun's group is told by the same harm, so no
    later figure of another harm word can be its whole."""
    if mention.relation is not None or not _of_them(mention):
        return None
    trigger = mention.trigger.token
    groups = [
        e
        for e in earlier
        if e.trigger.token == trigger
        and e.type == mention.type
        and e.counts
        and not e.quantity.partitive
        and e.quantity.end <= mention.quantity.start
    ]
    return groups[-1] if groups else None


def _holds(group: Mention, subset: Mention) -> bool:
    """Whether the figure of `group` is larger than that of `subset`, so it may hold it."""
    size = _size(subset.quantity, low_first=True) or 1
    return not _is_person(group) and (_size(group.quantity, low_first=True) or 0) > size


def _join_later_group(subset: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """ "Among the dead were two paramedics ... In all, 11 people were killed": a subset told
    before its group is `subset_of` the first later counted figure of the same harm and
    incident that can hold it; with none, it stays a figure of its own."""
    if not subset.counts or subset.relation is not None:
        return  # a later figure told it again, or a smaller one is part of it
    later = mentions[mentions.index(subset) + 1 :]
    for group in later:
        if (
            group.type == subset.type
            and group.counts
            and group.time_scope == "incident"
            and _holds(group, subset)
            and _same_incident(subset, group, lex)
            # "Among those killed were a journalist and two aid workers": a conjunct of the
            # same list is besides it, not the group it belongs to
            and not _coordinated(subset.group.token, group.group.token)
            and not _coordinated(group.group.token, subset.group.token)
        ):
            subset.relation, subset.related, subset.counts = "subset_of", group, False
            return


def _listing(mention: Mention, earlier: list[Mention], lex: CasualtyLexicon) -> Mention | None:
    """The last earlier list of named people (see `name_list`) that names the one person of
    `mention` by surname ("Martin, a British citizen" after "Chris Hondros and Guy Martin"),
    else None."""
    if mention.quantity.value != 1 or mention.listed:
        return None
    q = mention.quantity
    doc = mention.group.token.doc
    surname = _surname(doc[q.start : q.end], lex)
    if surname is None:
        return None
    given = _given_names(doc[q.start : q.end], surname)
    return next(
        (
            e
            for e in reversed(earlier)
            if surname in e.listed and not _other_given_name(e, surname, given)
        ),
        None,
    )


def _given_names(tokens: Iterable[Token], surname: str) -> set[str]:
    """The given names written before a surname ("Kevin" of "The shooter, Kevin Brooks")."""
    return {
        c.lower_
        for t in tokens
        if t.lower_ == surname
        for c in t.children
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i
    }


def _other_given_name(listing: Mention, surname: str, given: set[str]) -> bool:
    """Whether the list names the surname with another given name ("Angela Brooks, 36, and
    Dorothy Simmons" ... "Kevin Brooks"): a relative, not the person listed."""
    if not given:
        return False
    doc = listing.group.token.doc
    q = listing.quantity
    listed = _given_names(doc[q.start : q.end], surname)
    return bool(listed) and not listed & given


def _name_key(mention: Mention, lex: CasualtyLexicon) -> tuple[str, str] | None:
    """The ("name", surname) a mention's count phrase gives, named or set beside a description
    ("Jamie Clayton", "One of the injured men, Jamie Clayton"), or None."""
    q = mention.quantity
    if q.kind == "named":
        key = _mention_key(mention, lex)
        return key if key is not None and key[0] == "name" else None
    doc = mention.group.token.doc
    names = [t for t in doc[q.start : q.end] if ent_label(t) == "PERSON"]
    surname = _surname(names, lex) if names else None
    return ("name", surname) if surname else None


def _absorb_named(
    member: Mention, group: Mention, before: list[Mention], lex: CasualtyLexicon
) -> None:
    """ "who shot Michael Strickland and Jamie Clayton ... three other men were wounded ... One
    of the injured men, Jamie Clayton": a person counted on their own before the group and then
    named as one of it is one of the group, so the earlier mention stops counting."""
    key = _name_key(member, lex)
    if key is None or not group.counts:
        return
    for other in before:
        if (
            other.counts
            and other.type == group.type
            and _is_person(other)
            and other.quantity.start < group.quantity.start
            and _name_key(other, lex) == key
        ):
            other.relation, other.related, other.counts = "subset_of", group, False


def _from_figure(toll: Mention, mentions: list[Mention]) -> Mention | None:
    """The figure after "from" on the verb that revises a toll to `toll` ("increased to 167
    from a previous 93 injured people"), when a harm word of its own made it a mention (a toll
    noun's "from" figure is marked superseded when its groups are read); None otherwise."""
    to = toll.group.token.head
    if to.dep_ != "prep" or to.lower_ != "to":
        return None
    verb = to.head
    for other in mentions:
        head = other.group.token.head
        if (
            other is not toll
            and not other.superseded
            and head.dep_ == "prep"
            and head.lower_ == "from"
            and head.head == verb
            and other.quantity.qualifier not in ("vague", "none")
        ):
            return other
    return None


def _revises_earlier(older: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """A superseded toll was itself a revision of the last counted figure of its harm told
    before it, when no larger: "left at least 30 injured ... casualties increased to 167 from a
    previous 93 injured people" chains 30, 93, 167, and only 167 counts."""
    if older.relation is not None or older.type not in HARM_TYPES:
        return
    size = _size(older.quantity, low_first=True)
    before = [
        e
        for e in mentions
        if e.quantity.start < older.quantity.start
        and e is not older.updated_by
        and e.type == older.type
        and e.counts
        and e.time_scope == "incident"
        and not _is_singular(e)
        and e.quantity.qualifier not in ("vague", "none")
        and _same_incident(e, older, lex)
    ]
    if not before or size is None:
        return
    first = before[-1]
    if (_size(first.quantity, low_first=True) or 0) <= size:
        older.relation, older.related = "update_of", first
        first.counts, first.superseded, first.updated_by = False, True, older


def _latest_revision(older: Mention, toll: Mention) -> Mention:
    """The newest counted revision of a superseded figure, told before `toll`: the chain of
    updates followed from the oldest stage (itself when no revision counts yet). A revision
    larger than `toll` is not followed: `toll` is then an older stage of the count
    (`_older_revision`)."""
    size = _size(toll.quantity, low_first=True) or 0
    latest = older
    while (
        latest.updated_by is not None
        and latest.updated_by is not toll
        and latest.updated_by.counts
        and latest.updated_by.quantity.start < toll.quantity.start
        and (_size(latest.updated_by.quantity, low_first=True) or 0) <= size
    ):
        latest = latest.updated_by
    return latest


def _older_revision(toll: Mention, earlier: list[Mention]) -> None:
    """ "A total of 39 are confirmed dead ... rescue work increased the toll from fourteen to 31":
    a revision to a figure below one the article already gave as the toll is an older stage of
    the count, superseded by that figure (tolls of an incident only grow)."""
    size = _size(toll.quantity, low_first=True)
    if size is None:
        return
    larger = [
        e
        for e in earlier
        if e.type == toll.type
        and e.counts
        and not _is_singular(e)
        and e.quantity.qualifier not in ("vague", "none")
        and (_size(e.quantity, low_first=True) or 0) > size
    ]
    if larger:
        newest = larger[-1]
        toll.counts, toll.superseded, toll.updated_by = False, True, newest
        newest.relation, newest.related = "update_of", toll


def _sibling_clauses(mention: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """Whether `mention` is told in a clause coordinated with the clause of `group`, both
    stating the harm of their own subjects ("Four guests were seriously wounded and two were
    slightly hurt", "Six farmers were shot dead and a herder was killed near the river"):
    two groups side by side, neither a part of the other."""
    if mention.sent != group.sent or mention.quantity.start <= group.quantity.start:
        return False
    verb, first = _harm_anchor(mention, lex), _harm_anchor(group, lex)
    # "two firefighters were taken to hospital with minor injuries": the harm on "with", the
    # clause on the verb of its subject
    clauses = [_subject_verb(group, first), _subject_verb(mention, verb)]
    treated = [v is not None and v.lemma_.lower() in lex.treatment_verbs for v in clauses]
    own_noun = _own_people_noun(mention, lex)
    if (
        all(treated)
        and own_noun
        and clauses[0] != clauses[1]
        and any(
            c.dep_ == "cc" and clauses[0].i < c.i < mention.quantity.start
            for c in clauses[0].children
        )
    ):
        # "Seven people were treated at the scene, and two firefighters were taken to
        # hospital": two clauses of care, each with its own people, side by side
        return True
    if verb == first or verb.pos_ not in ("VERB", "AUX") or first.pos_ not in ("VERB", "AUX"):
        return False
    if treated == [False, True] and not own_noun:
        # "Twelve people were injured, and four were taken to hospital": a bare figure of
        # those brought to care after a harm clause is part of its harmed
        return False
    if (
        not _coordinated(verb, first)
        and not (
            # "X were shot dead and Y was killed, residents said": both read as the report's clauses
            verb.head == first.head
            and verb.dep_ == first.dep_
            and any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children)
        )
        and not (
            # "Three were wounded in the attack and an officer was seriously injured": the
            # second subject parsed as a conjunct of "attack", the first clause under the second
            first.head == verb and _stranded_in_phrase(mention.group.token, verb)
        )
        and not (
            # "Five were killed in the raid, while three were shot dead at a roadblock"
            verb.dep_ == "advcl"
            and verb.head == first
            and any(c.dep_ == "mark" and c.lower_ in lex.sibling_marks for c in verb.children)
        )
    ):
        return False
    return mention.group.token in _subjects(verb) and group.group.token in _subjects(first)


def _subject_verb(mention: Mention, anchor: Token) -> Token | None:
    """The verb of a figure's clause: its harm anchor when that is a verb, else the verb its
    group is the subject of."""
    if anchor.pos_ in ("VERB", "AUX"):
        return anchor
    token = mention.group.token
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB":
        return token.head
    return None


def _own_people_noun(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure names its people with a noun of its own ("two firefighters"), not a
    bare numeral ("four") nor the generic "people"."""
    noun = mention.quantity.noun
    if noun is None:
        return False
    word = mention.group.token.doc[noun]
    return not word.like_num and word.lower_ not in lex.words.generic


def _joined_people(mention: Mention, earlier: list[Mention]) -> Mention | None:
    """The first of as many unnamed people as a list of names holds, told joined in one clause
    with the list's harm and not yet named ("his estranged wife and her mother"), else None."""
    people = [
        e
        for e in earlier
        if e.type == mention.type
        and e.counts
        and _is_singular(e)
        and e.quantity.kind != "named"
        and not any(_canonical(o) is e and o.quantity.kind == "named" for o in earlier)
    ]
    for first in people:
        joined = [first] + [
            e for e in people if e is not first and _coordinated(e.group.token, first.group.token)
        ]
        if len(joined) == len(mention.listed):
            return first
    return None


def _parts_of_one_whole(mention: Mention, other: Mention) -> bool:
    """ "Of those detained, 40 were students and 14 were minors": parts of one whole, told by
    one harm phrase, are no part of each other."""
    return (
        mention.group.relation == "subset_of"
        and other.group.relation == "subset_of"
        and mention.trigger.token == other.trigger.token
    )


def _may_hold(whole: Quantity, size: int) -> bool:
    """Whether a group can hold a part of `size` people: a quantity word without a numeral
    ("dozens of people", "hundreds") has no upper bound, so any part fits its low bound."""
    if whole.qualifier == "vague" and whole.value is None and whole.high is None:
        return True
    return (_size(whole, low_first=True) or size) >= size


def _coordinated(token: Token, other: Token) -> bool:
    """Whether `token` is a later conjunct of `other` ("both young men and a woman"), not an
    apposition listing its members ("three victims, a man, a woman and a boy")."""
    for _ in range(6):
        if token.dep_ != "conj" or token.head == token:
            return False
        token = token.head
        if token == other:
            return True
    return False


def _ranked_in_tally(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "the fourth child shot in the last two weeks": a ranked victim of a period's tally is no
    part of the incident's toll; the mention is marked cumulative and not counted. Returns
    whether it was. An ordinal alone ("A third person has died", with no deaths told before)
    stays one person: the annotators count the one the sentence tells of, not the rank, so
    the rank is no toll."""
    q = mention.quantity
    if q.kind != "ordinal" or not q.rank or q.rank < 2 or mention.type not in HARM_TYPES:
        return False
    if not _ranked_in_period(mention, lex):
        return False
    mention.counts, mention.time_scope = False, "cumulative"
    return True


def _ranked_in_period(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "The homicide is the city's 41st of the year", "the fourth child shot in the last two
    weeks": an ordinal followed in its clause by a date of a period (`rank_period_nouns`) ranks
    the victim in a tally of that period; it is no toll of the incident."""
    token = mention.group.token
    doc = token.doc
    clause = _clause_root(token)
    return any(
        t.i > token.i
        and ent_label(t) == "DATE"
        and t.lemma_.lower() in lex.rank_period_nouns
        # "a 17-year-old boy": an age, no period
        and not any(n.lower_ in ("old", "olds") for n in doc[t.i + 1 : t.i + 3])
        for t in clause.subtree
    )


def _ranked_attackers_part(
    mention: Mention,
    group: Mention | None,
    mentions: list[Mention],
    rank: int,
    lex: CasualtyLexicon,
) -> Mention | None:
    """The attackers' part of a victims' toll that a ranked attacker is one of ("a total of six
    people getting shot, including two suspects ... A second suspect turned up at a hospital":
    one of the two), or None: a rank beyond that part, or no such part ("a second attacker was
    shot dead" after a toll of victims only is someone besides them)."""
    if group is None or not rank or not _perpetrator(mention, lex) or _perpetrator(group, lex):
        return None
    parts = [
        m
        for m in mentions
        if m.related is group
        and m.relation == "subset_of"
        and m.type == mention.type
        and _perpetrator(m, lex)
        and rank <= (_size(m.quantity, True) or 0)
    ]
    return parts[-1] if parts else None


def _room(group: Mention, mentions: list[Mention]) -> int:
    """How many of a group's people no part of it has described yet. A group told "as many
    as" (`up_to`) may hold as many as its figure ("As many as four people were shot ... one
    victim was inside the bar and three others went to hospital": all four its parts)."""
    q = group.quantity
    size = (q.high if q.qualifier == "up_to" else None) or _size(q, low_first=True) or 0
    parts = [m for m in mentions if m.related is group and m.relation == "subset_of"]
    return size - sum(_size(m.quantity, low_first=True) or 1 for m in parts)


def _relate_pronoun(mention: Mention, earlier: list[Mention], lex: CasualtyLexicon) -> None:
    """ "they", "them": the people last mentioned with a compatible harm, else a new group."""
    previous = [e for e in earlier if _compatible(e, mention) and e.quantity.kind != "zero"]
    same = [e for e in previous if e.type == mention.type]
    pools = (
        [e for e in same if not _is_singular(e)],
        same,
        [e for e in previous if not _is_singular(e)],
        previous,
    )
    target = next((pool[-1] for pool in pools if pool), None)
    if target is not None:
        target = _canonical(target)
        _how_they_died(mention, target, lex)
        mention.relation, mention.related, mention.counts = "same_as", target, False


def _possessed_part(mention: Mention) -> bool:
    """Whether a figure is a part of someone's people ("killing a commander ... and two of his
    guards", "three of her children"): the possessor's guards or kin are besides the possessor,
    so a person told before is not one of them."""
    q = mention.quantity
    if not q.partitive or q.noun is None:
        return False
    noun = mention.group.token.doc[q.noun]
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _held_person(person: Mention, mentions: list[Mention]) -> bool:
    """ "Marco Diaz was sentenced for the market bombing ... He died at his home": a person the
    article tells as held by the state, dead, is no victim of the harm a group of dead
    counts (the convicted bomber is not among the bombing's dead)."""
    return (
        person.type == "killed"
        and person.referent is not None
        and any(m.type == "detained" and m.referent == person.referent for m in mentions)
    )


def _harmed_later(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm verb itself is told as a later act ("Two acquaintances were detained
    later on Thursday", "three more were subsequently arrested"): people harmed after those
    told, not a figure that sums them (a "later" on the report, "police later said five were
    held", is the moment of the count, not of the harm)."""
    anchor = mention.trigger.token
    return anchor.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lower_ in lex.narrative_sequence_adverbs for c in anchor.children
    )


def _absorb_people(group: Mention, people: list[Mention]) -> None:
    """ "my brother was shot ... 19 were taken to hospitals": people named before a figure for
    the same harm are part of it (when it is large enough to hold them)."""
    size = _size(group.quantity, low_first=True)
    if not people or size is None or group.quantity.kind in ("zero", "none", "plural"):
        return
    if size == 1 and len(people) == 1 and group.quantity.qualifier == "exact":
        # "Gupta was transported to a hospital ... a single male was transported": a figure of
        # one after one person told is that person again, not a group holding them
        group.relation, group.related, group.counts = "same_as", people[0], False
        return
    if len(people) <= size:
        for person in people:
            person.relation, person.related, person.counts = "subset_of", group, False


def _raids_of(mention: Mention, lex: CasualtyLexicon) -> set[str]:
    """The raids or operations its own verb says it was done in ("detained 17 people in
    overnight raids", "arrested during a crackdown"), by lemma."""
    return {
        o.lemma_.lower()
        for o in _operation_phrase_objects(_own_verb(mention.trigger.token))
        if o.lemma_.lower() in lex.operation_nouns
    }


def _rounded_up_apart(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """ "the driver was arrested at the scene ... Police said they had detained 17 people in
    overnight raids": detentions go on in steps, and a group rounded up in raids or an
    operation holds no one its clause does not place in them."""
    if group.type not in CAPTIVE_TYPES:
        return False
    raids = _raids_of(group, lex)
    return bool(raids) and not raids & _raids_of(person, lex)


def _named_outside_list(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """ "Deputies arrested Brian Keller ... later arrested Luis Ortega and Mark Dunn": a list of
    names holds only the people it names, so a person named by another surname is besides it."""
    if not group.listed:
        return False
    key = _name_key(person, lex)
    return key is not None and key[1] not in group.listed


def _last_counted(earlier: list[Mention], type_: str) -> Mention | None:
    counted = [e for e in earlier if e.type == type_ and e.counts]
    return counted[-1] if counted else None


def _last_group(earlier: list[Mention], mention: Mention) -> Mention | None:
    groups = [
        e
        for e in earlier
        if e.type == mention.type
        and e.counts
        and not _is_singular(e)
        and e.quantity.kind not in ("none", "zero")
    ]
    return groups[-1] if groups else None


def _canonical(mention: Mention) -> Mention:
    """The mention that currently counts for the people `mention` speaks of: through repeats
    to the first statement, and through revisions to the latest."""
    seen = set()
    while id(mention) not in seen:
        seen.add(id(mention))
        if mention.relation == "same_as" and mention.related is not None:
            mention = mention.related
        elif mention.superseded and mention.updated_by is not None:
            mention = mention.updated_by
        else:
            break
    return mention


def _restated_harm_group(mention: Mention) -> bool:
    """ "Three occupants died ... The three deceased were contract employees": "the" with the
    figure already given and the harm word as the only noun names the group again, like "the
    dead" (ANNOTATION.md); it adds no quantity. "The three injured men" or a figure that
    differs ("the two dead" after "three died") is not this."""
    group, trigger = mention.group.token, mention.trigger.token
    if mention.relation != "same_as" or mention.related is None:
        return False
    if mention.quantity.value is None or mention.quantity.value != mention.related.quantity.value:
        return False
    if mention.trigger.role != "adj" or not group.like_num or trigger.head != group:
        return False
    first = group.doc[mention.quantity.start]
    return first.lower_ in DEFINITE_DETERMINERS


def _back_reference(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a mention only names again, with "the"/"this", one person an earlier mention
    already counts ("a man was injured ... The man was listed in critical
    condition"): no quantity of its own, so no row (ANNOTATION.md). A possessive ("his
    mother"), a change of harm ("the man later died": `update_of`) and a clause of its own
    that states the harm ("The boy was injured in the left cheek") say something new."""
    q = mention.quantity
    if _restated_harm_group(mention):
        return True
    if mention.related is None:
        return False
    picked = mention.relation == "subset_of" and _bare_victim_noun(mention, lex)
    if mention.relation != "same_as" and not picked:
        return False
    described = _described_back_reference(mention, lex)
    if q.kind != "definite" and described is None:
        return False
    if not (picked or _is_person(mention.related)) or _harm_clause_of_person(mention, lex):
        return False
    first = mention.group.token.doc[q.start] if described is None else described
    return first.lower_ in DEFINITE_DETERMINERS


def _bare_victim_noun(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "The victim, eighteen-years-old, was taken to the hospital" after "a protester" shot
    among "Sixty-six people or more" injured: a bare reference noun (`reference_nouns`) with
    "the" names a person already told, never a new one picked out of the group it was read
    to be part of (ANNOTATION.md: a bare harm noun is never such a person), unlike "the
    driver", who may be one more of its group."""
    q, token = mention.quantity, mention.group.token
    if q.kind != "definite" or q.value != 1 or token.tag_ != "NN":
        return False
    return token.lemma_.lower() in lex.reference_nouns and not any(
        c.dep_ in ("amod", "compound", "nummod") for c in token.children
    )


def _described_back_reference(mention: Mention, lex: CasualtyLexicon) -> Token | None:
    """ "The victim, a high school student, was taken to the hospital": a one-person noun in
    apposition to a definite noun, told only as carried to care (`_only_carried`), says who
    the person named again is, not someone new; the head's determiner ("The") decides, as for
    the definite itself. None otherwise; a harm told of it is its row ("found the victim, a
    7-year-old child, suffering from injuries": the annotators' row)."""
    token = mention.group.token
    if mention.quantity.kind != "indefinite" or token.dep_ != "appos" or token.head.i > token.i:
        return None
    if not _only_carried(mention, lex):
        return None
    return next((c for c in token.head.children if c.dep_ == "det" and c.i < token.head.i), None)


def _recovery_restated(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "A boy was shot ... police say he is stable", "Joel ... is now listed in good
    condition": a person already counted, told only to be recovering (`recovering_conditions`),
    has no harm told again, so no row of his own (ANNOTATION.md). A harm word in the clause
    ("listed in good condition after being shot") still tells the harm (a grave state told
    alone: `_state_restated`), and a first mention ("A man is in stable condition") is its
    person's row."""
    if mention.relation != "same_as" or mention.quantity.kind not in PERSON_KINDS:
        return False
    verb = mention.trigger.token
    if verb.lemma_.lower() not in lex.condition_verbs:
        return False
    states = [
        t
        for t in verb.subtree
        if (t.dep_ == "acomp" and t.head == verb)
        or (t.dep_ in ("amod", "compound") and t.head.lower_ == "condition")
    ]
    if not states or any(t.lower_ not in lex.recovering_conditions for t in states):
        return False
    return not _harm_told_under(verb, lex)


def _state_restated(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "A man was shot ... He was taken in critical condition to Mount Sinai Hospital", "her
    son is still in critical condition", "He is in guarded condition": a pronoun or a definite
    person already counted, told only in a hospital state (an "in" phrase on a
    `state_phrase_nouns` noun), has no harm told again, so no row of his own (ANNOTATION.md: a
    back-reference that adds no harm), however grave the state; the annotators of the GVA
    reports left every such clause out. A harm word in the clause ("is in critical condition
    after being shot"), a figure ("Two are in critical condition"), "another" and a name,
    which may be its person's first naming, still make a row."""
    q = mention.quantity
    if q.kind not in ("pronoun", "definite") or q.additive or mention.related is None:
        return False
    if mention.relation not in ("same_as", "subset_of") or not _is_person(mention):
        return False
    if mention.trigger.role != "subject" or mention.trigger.mechanism:
        return False
    verb = mention.trigger.token
    if not any(
        c.dep_ == "prep" and c.lower_ == "in" and _state_phrase(c, lex) for c in verb.children
    ):
        return False
    return not _harm_told_under(verb, lex)


def _state_of_the_dead(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "the shot that killed Destiny Bargman ... returning to Bargman, who was unconscious",
    "Jaimel was unconscious when the first officers arrived": a person the article already
    counts as dead, told only in a state ("unconscious"), is told as he was before he died, no
    injury of his own (the GVA annotators gave such clauses no row), name or not. A harm verb
    in the clause ("was unconscious after being beaten") still tells how he was harmed."""
    if mention.type != "injured" or mention.relation != "same_as" or mention.counts:
        return False
    if mention.related is None or _canonical(mention.related).type != "killed":
        return False
    if mention.trigger.role != "subject" or mention.trigger.mechanism:
        return False
    verb = mention.trigger.token
    return not _harm_verb(verb, lex) and not _harm_told_under(verb, lex)


def _harm_told_under(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a harm verb or harm noun stands in the clause of `verb` besides the verb itself
    ("listed in good condition after being shot"): a state told beside one still tells the harm."""
    return any(
        _harm_verb(t, lex) or t.lemma_.lower() in lex.nouns for t in verb.subtree if t != verb
    )


def _harm_clause_of_person(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a definite person is a participant of a clause whose own verb or predicate
    states the harm ("The boy was injured", "police arrested the accused", "The woman was
    pronounced dead"): a row, `same_as`, as a name or pronoun there is (ANNOTATION.md).
    The harm told inside the noun phrase ("the officer killed in the bombing", "the injured
    child") and a bare harm noun ("the victim was taken to hospital") only name again."""
    token, trigger = mention.group.token, mention.trigger.token
    if token.like_num or token.lemma_.lower() in lex.words.anaphoric_groups:
        return False
    if mention.trigger.role == "bearer":
        # "found the girl on a playground with at least one gunshot wound", "found the man with
        # a gunshot wound" (the parser hangs the wound on the verb or on the person): the
        # object of a finding verb bears it; not "the man with the wound was taken to
        # hospital", a wound told inside the subject, which only names him again
        finder = token.head
        return (
            token.dep_ == "dobj"
            and finder.lemma_.lower() in lex.wound_finding_verbs
            and trigger.head in (token, finder)
        )
    if trigger.head == token:
        return False  # "the Jordanian officer killed in the bombing"
    if mention.trigger.role == "verb":
        if _only_carried(mention, lex):
            return False  # "the girl was airlifted to a hospital": care, as "taken to hospital"
        return mention.trigger.mechanism or _harm_verb(trigger, lex)  # "a bullet hit the boy"
    if mention.trigger.role == "subject" and trigger.pos_ in ("VERB", "AUX"):
        # "The shooter, Tina Marsh, 29, died": the name in apposition is the row (the parser
        # may make it a second subject of the verb)
        if _children(token, "appos") or any(s.i > token.i for s in _children(trigger, "nsubj")):
            return False
        if trigger.lemma_.lower() in lex.intransitive or mention.trigger.denial:
            # "the boy died from his injuries", "the girl did not survive": the person's own verb
            return True
        # "caused the pilot and several passengers to lose consciousness", "the boy suffered
        # burns": the active subject of a verb whose phrase states the harm; not "was listed
        # in critical condition" or "was held in custody", a state told of him
        return trigger.pos_ == "VERB" and token.dep_ == "nsubj" and token.head == trigger
    return mention.trigger.role == "adj"


def _pronoun_of_its_sentence(
    mention: Mention, mentions: list[Mention], lex: CasualtyLexicon
) -> bool:
    """ "A girl was killed and a boy was wounded when they were shot at", "pulled 17 people
    from the rubble and took them to hospital", "arrested the gunman in a hallway, where he
    had surrendered": a pronoun in the sentence that already tells its people's harm, said
    only of how it was done, of their care, or in a relative clause of that telling, names
    them again. A harm of its own ("died two days after they were injured"), a revision ("was
    shot and he died") and a singular pronoun outside a relative clause, which may be its
    person's first row ("Smith is in critical condition after a bullet hit him"), stay."""
    token = mention.group.token
    if mention.quantity.kind != "pronoun" or token.lower_ in REFLEXIVES:
        return False
    if mention.relation not in (None, "same_as"):
        return False
    verb = mention.trigger.token
    plural = lex.words.pronouns.get(token.lower_, 1) is None  # "they", "them"
    if mention.counts and not plural:
        return False  # "he" may be a person's only row; "them" there counts no one new
    if not plural:
        told, types = verb.dep_ == "relcl", {mention.type}
    elif verb.lemma_.lower() in lex.treatment_verbs:
        told, types = True, None  # "pulled nine from the rubble and took them to hospital"
    else:
        # "killed one and wounded two when they were shot at"; not "abducted 20 people and
        # shot them", a harm of its own
        told, types = mention.trigger.mechanism, HARM_TYPES
    if not told:
        return False
    sent = mention.sent if mention.sent is not None else token.sent
    return any(
        other is not mention
        and other.quantity.kind != "pronoun"
        and sent.start <= other.group.token.i < token.i
        and (types is None or other.type in types)
        for other in mentions
    )


def _restated_on_plain_verb(mention: Mention) -> bool:
    """Whether an injured person's mention only restates someone counted before (`same_as`,
    no row) on a verb that tells no mechanism of harm ("drove her to a hospital", "Wiranto was
    flown to a hospital"; "a bullet hit him in the chin" is a harm): the shared ground of
    `_pronoun_only_carried` and `_name_only_cared_for`. "Where he was taken into custody" is
    a detention, no injury."""
    return (
        mention.type == "injured"
        and mention.relation == "same_as"
        and not mention.counts
        and mention.trigger.role == "verb"
        and not mention.trigger.mechanism
        and mention.trigger.token.pos_ == "VERB"
    )


def _pronoun_only_carried(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "A girl was shot ... a neighbor drove her to a hospital": a pronoun that repeats a
    person already harmed, told only as carried somewhere by a verb that harms no one, tells
    no new harm (ANNOTATION.md: a pronoun is a row as the subject of a new harm clause)."""
    verb = mention.trigger.token
    return (
        mention.quantity.kind == "pronoun"
        and mention.group.token.lower_ not in REFLEXIVES
        and _restated_on_plain_verb(mention)
        and not _harm_verb(verb, lex)
        and not _treated_for_wound(verb, lex)
        and verb.lemma_.lower() not in lex.intransitive
    )


def _copula_attributes(mentions: list[Mention]) -> dict[int, Mention | None]:
    """ "One of the victims is 20-year-old Joshua Williams, who passed away", "two of the
    victims are 19- and 20-year-old brothers, who were found dead": the copula says who the
    counted victims are, so its predicate is the same people in the same clause, no row of its
    own (keyed by id, to the subject row). The harm told of the predicate is the victims'."""
    out: dict[int, Mention | None] = {}
    for attr in mentions:
        token = attr.group.token
        if token.dep_ != "attr" or token.head.lemma_ != "be":
            continue
        subject = next(
            (
                m
                for m in mentions
                if m is not attr
                and m.group.token.dep_ == "nsubj"
                and m.group.token.head == token.head
                and m.trigger.type == REFERENCE
            ),
            None,
        )
        if subject is None or attr.type not in HARM_TYPES:
            continue
        if attr.type != subject.type:
            # "Five people were shot ... One of the victims is a girl who was killed": a death
            # inside a group of another type counts as a death (ANNOTATION.md), as the
            # predicate was read; the subject takes that reading (a predicate read as revising
            # the subject's harm leaves it no relation of its own).
            revises = attr.related is subject
            subject.type, subject.counts = attr.type, attr.counts
            subject.relation = None if revises else attr.relation
            subject.related = None if revises else attr.related
            subject.parent = None if revises else attr.parent
            subject.superseded, subject.updated_by = False, None
        out[id(attr)] = subject
    return out


def _name_only_cared_for(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """ "Wiranto was stabbed ... Wiranto was flown to a hospital in Jakarta", "Ratana was shot
    ... Sergeant Ratana was then airlifted to hospital": a name told again only as carried to
    or cared for somewhere (`treatment_verbs`) states no harm of its own, as a pronoun there
    does not (`_pronoun_only_carried`); a name's first row ("Smith was airlifted to hospital",
    or the first naming of a person told before: "A man was injured ... Jose Ruiz was taken to
    a hospital") stays, and so does a clause of harm ("Wiranto suffered two deep wounds")."""
    return (
        mention.quantity.kind == "named"
        and _restated_on_plain_verb(mention)
        and mention.trigger.token.lemma_.lower() in lex.treatment_verbs
        # the name told before with the harm; "A man was injured ... Officers said Jose Ruiz,
        # 52, was taken to a hospital" names the man first, a row of its own
        and mention.referent is not None
        and any(
            m.referent == mention.referent and m.group.token.i < mention.group.token.i
            for m in mentions
        )
    )


def _harm_told_after_care(mention: Mention, person: Mention, lex: CasualtyLexicon) -> bool:
    """ "De Zoysa was still in critical condition, after a bullet hit him in the neck": a name
    whose only row is its care or condition, and whose own sentence then tells the harm of a
    pronoun restating it, takes its row from that harm clause (ANNOTATION.md: the pronoun of a
    clause stating the harm is the row); the pronoun then stands in its place."""
    if (
        mention.quantity.kind != "pronoun"
        or mention.relation != "same_as"
        or person.quantity.kind != "named"
        or person.type != mention.type
        or person.sent is None
        or person.sent != mention.sent
        or person.group.token.i > mention.group.token.i
    ):
        return False
    harm, care = mention.trigger, person.trigger
    told = harm.role == "verb" and (harm.mechanism or _harm_verb(harm.token, lex))
    cared = care.priority > 1 and not care.mechanism and not _harm_verb(care.token, lex)
    return told and cared


def _place_clause_subject(verb: Token) -> Token | None:
    """The subject of the clause a "where" clause's place hangs on: "Smith" of "Smith was taken
    to Mercy Hospital, where he died" (through joined verbs: "was shot and taken to ...")."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    place = verb.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    clause = place.head.head
    while clause.pos_ in ("VERB", "AUX"):
        subjects = _children(clause, "nsubj", "nsubjpass")
        if subjects:
            return subjects[0]
        if clause.dep_ != "conj":
            return None
        clause = clause.head
    return None


def _died_where_taken(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """ "Mike Smith was taken to Magnolia Regional Medical Center, where he was pronounced
    dead", "A man was shot and taken to a hospital, where he died": the pronoun of a "where"
    clause on the place the sentence's subject was taken names that subject in the sentence
    that first tells of him, so the death is his one row (the GVA annotators' reading), not
    a wounded man revised by a "he"; the subject's row takes the clause's harm. A pronoun in a
    sentence of its own ("He died there") or of a clause joined by "and" stays a row, and so
    does one whose subject was told before (`_first_told`)."""
    folded: set[int] = set()
    for mention in mentions:
        token = mention.group.token
        if (
            mention.type not in HARM_TYPES
            or mention.quantity.kind != "pronoun"
            or token.lower_ in REFLEXIVES
            or lex.words.pronouns.get(token.lower_, 1) is None
            or token.dep_ not in ("nsubj", "nsubjpass")
        ):
            continue
        subject = _place_clause_subject(token.head)
        if subject is None:
            continue  # no "where" clause on the place a subject was taken to
        carried = next(
            (
                m
                for m in mentions
                if m is not mention
                and m.group.token == subject
                and m.type in HARM_TYPES
                and _only_carried(m, lex)
            ),
            None,
        )
        person = next(
            (
                m
                for m in mentions
                if m is not mention
                and m.group.token == subject
                and m.quantity.kind != "pronoun"
                and m.type in HARM_TYPES
            ),
            None,
        )
        if (
            carried is not None
            and mention.type == "killed"
            and not _the_other(carried)
            and (person is None or not _first_told(person.quantity, subject))
        ):
            # "Johnson was taken to Elmhurst Hospital, where he died", "he was taken to a
            # hospital with life-threatening injuries where he later died": one person told
            # again, carried there and dead there; the harm clause's pronoun is his one row
            # (the GVA annotators'), the carrying no second one; "where he is listed in serious
            # condition" tells no harm of its own, so the carrying keeps its row
            folded.add(id(carried))
            continue
        if person is not None and not _first_told(person.quantity, subject):
            # "The boy was taken to University Hospital, where he was pronounced dead", "The
            # victim was taken ...": a person told before is only carried there, so the
            # pronoun of the harm clause keeps the row (the g1-g5 annotators' rows)
            continue
        if person is None:
            # "Officers said Derrick Moore was taken to Merit Health Central, where he was
            # pronounced dead": a person no row has yet is the row the pronoun's harm makes
            _row_on_subject(mention, subject, lex)
            continue
        if mention.type == "killed":
            person.type = "killed"
        folded.add(id(mention))
    return [m for m in mentions if id(m) not in folded]


def _continues_apposition(mention: Mention, mentions: list[Mention]) -> bool:
    """ "Hamza bin Ladin, the high-ranking al-Qa'ida member and son of Usama bin Ladin, was
    killed", "The mayor, a lawyer and former judge, was wounded", "The victim, eighteen-years-
    old and a high school student, was taken": an apposition joined by "and" says who the one
    person is, no second person harmed, when the verb agrees with one subject ("was", "is",
    "has"). "A mother, father, and toddler were found dead" and "The father, Peter Otieno, 42,
    and a neighbour were injured" list people, and a group set out in apposition ("Two of the
    victims, a woman and a boy, died") keeps its parts."""
    token = mention.group.token
    if not _is_person(mention):
        return False
    head = token.head
    if token.dep_ == "appos" and any(c.dep_ == "cc" for c in token.children):
        described = head  # "The mayor, a lawyer and former judge": read as a list
    elif token.dep_ == "conj" and head.dep_ == "appos":
        described = head.head  # "member and son": the joined noun hangs on the apposition
    elif token.dep_ == "conj" and any(
        c.dep_ == "appos"
        and head.i < c.i < token.i
        and any(cc.dep_ == "cc" and c.i < cc.i < token.i for cc in c.children)
        for c in head.children
    ):
        described = head  # the parser hung it on the person, the "and" on the apposition
    else:
        return False
    if described.i > token.i or not _one_subject_agreement(described):
        return False
    return any(
        other is not mention and other.group.token == described and _is_person(other)
        for other in mentions
    )


def _one_subject_agreement(noun: Token) -> bool:
    """Whether a subject's verb is singular on its surface ("was killed", "is in critical
    condition", "has died"): the subject is one person, whatever stands beside it."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > noun.i]
    words = finite[:1] or [verb]
    return words[0].tag_ == "VBZ" or words[0].lower_ in ("was", "is", "has")


def _the_other(mention: Mention) -> bool:
    """Whether a mention is "the other" of a pair ("One died at the scene. The other was taken
    to hospital, where he later died"): the one not yet told of, so its own wounded row stays
    beside the death that revises it."""
    q = mention.quantity
    doc = mention.group.token.doc
    return q.kind == "definite" and q.noun is not None and doc[q.noun].lower_ == "other"


def _only_carried(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a mention's clause only carries its people to care ("was taken to Elmhurst
    Hospital", "was airlifted to a hospital", "was rushed to a hospital with life-threatening
    injuries"): a `treatment_verbs` verb with no mechanism of harm, or the wounds borne on one."""
    trigger = mention.trigger
    verb = trigger.token.head if trigger.role == "bearer" else trigger.token
    if trigger.role not in ("verb", "bearer") or trigger.mechanism:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.treatment_verbs


def _first_told(quantity: Quantity, subject: Token) -> bool:
    """Whether a subject brings its person in: an indefinite ("A 19-year-old man, Carlos
    James") or a name the article has not written before ("Mike Smith"); a definite ("the
    boy") or a name told again ("Taylor") refers back."""
    if quantity.kind == "indefinite":
        return True
    if quantity.kind != "named":
        return False
    doc = subject.doc
    surname = doc[quantity.end - 1].lower_  # "James" of "A 19-year-old man, Carlos James"
    return not any(t.lower_ == surname for t in doc[: quantity.start])


def _row_on_subject(mention: Mention, subject: Token, lex: CasualtyLexicon) -> None:
    if subject.pos_ not in ("NOUN", "PROPN"):
        return
    if subject.pos_ == "NOUN" and not is_person_noun(subject, lex.words):
        return
    quantity = read_quantity(subject, lex.words)
    if quantity is None or not _first_told(quantity, subject):
        return
    mention.quantity = quantity
    mention.group = dataclasses.replace(mention.group, token=subject)


def _rows_from_harm_clauses(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """`mentions` with each care-only name row handed to the pronoun of its sentence's harm
    clause (`_harm_told_after_care`)."""
    moved = {}
    for mention in mentions:
        person = mention.related
        if person is not None and _harm_told_after_care(mention, person, lex):
            mention.relation, mention.related = person.relation, person.related
            mention.counts, mention.superseded = person.counts, person.superseded
            moved[id(person)] = mention
            continue
        # "The gunman, Kyle Dobson, was wounded ... Dobson remained in critical condition,
        # after a bullet struck him": the name restates the person the pronoun restates too
        names = [
            m
            for m in mentions
            if person is not None
            and m.related is person
            and m.relation == "same_as"
            and id(m) not in moved
            and _harm_told_after_care(mention, m, lex)
        ]
        for name in names:
            moved[id(name)] = mention
    if not moved:
        return mentions
    for mention in mentions:
        for name in ("related", "parent", "updated_by"):
            other = getattr(mention, name)
            if other is not None and id(other) in moved and moved[id(other)] is not mention:
                setattr(mention, name, moved[id(other)])
    return [m for m in mentions if id(m) not in moved]


def _rank_already_told(mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """ "police arrested a second man ... have made a second arrest in connection with it": a
    ranked capture (`_ranked_capture`) whose rank the people held before already reach is
    the arrest of the last of them told again (`same_as`), not one more."""
    for index, mention in enumerate(mentions):
        token = mention.group.token
        if not mention.counts or not _ranked_capture(token, lex):
            continue
        rank = _capture_rank(token, lex)
        held = [m for m in mentions[:index] if m.type == mention.type and m.counts]
        if held and sum(_size(m.quantity, low_first=True) or 1 for m in held) >= rank:
            mention.relation, mention.related, mention.counts = "same_as", held[-1], False


def _treated_for_wound(verb: Token, lex: CasualtyLexicon) -> bool:
    """ "where he was treated for non-life-threatening injuries": care given for a wound names
    the wound, so the pronoun is the subject of a clause stating its own harm (the GVA
    annotators' rows), unlike "drove her to a hospital", which only carries her."""
    # "treated at a local hospital for minor injuries": the parser may hang "for" on the place
    return any(
        p.lower_ == "for"
        and p.dep_ == "prep"
        and any(o.lemma_.lower() in lex.treated_wound_nouns for o in _children(p, "pobj"))
        for p in verb.subtree
        if p.i > verb.i and (p.head == verb or p.head.head.head == verb)
    )


def _bare_victims_restated(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a bare plural "victims" with only its harm word ("Deceased victims identified",
    "Update on injured victims", "Injured victims were taken to three hospitals") points back
    to a group already counted: no determiner, no figure, so no quantity of its own, and like
    the definite plural back-references no row (ANNOTATION.md). A first telling stays a vague
    row; other nouns ("Wounded soldiers were evacuated") may bring in a part of their own."""
    group = mention.group.token
    if mention.quantity.kind != "plural" or mention.quantity.qualifier != "vague":
        return False
    if mention.relation not in ("same_as", "subset_of") or mention.related is None:
        return False
    if group.lemma_.lower() not in lex.reference_nouns or group.tag_ != "NNS":
        return False
    trigger = mention.trigger.token
    if trigger.head != group:
        return False  # "found victims ... suffering from gunshot wounds": a harm clause of its own
    # a line break the parser hangs on a heading's last word ("Update on injured victims\n\n")
    # is no word of the phrase
    return all(
        c == trigger
        for c in group.children
        if c.dep_ not in ("punct", "relcl", "prep") and not c.is_space
    )


def _drop_back_references(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """`mentions` without the back-references to one person (`_back_reference`) and the
    predicates of copulas naming counted victims (`_copula_attributes`); a mention related to a
    dropped one is related to what that one restated."""
    dropped = _copula_attributes(mentions)
    dropped |= {
        id(m): m.related
        for m in mentions
        if id(m) not in dropped
        and (
            _back_reference(m, lex)
            or _recovery_restated(m, lex)
            or _state_restated(m, lex)
            or _state_of_the_dead(m, lex)
            or _pronoun_only_carried(m, lex)
            or _name_only_cared_for(m, mentions, lex)
            or _bare_victims_restated(m, lex)
            or _definite_plural_unharmed(m, lex)
        )
    }
    # "Family members drove the victim to a hospital, where he is being treated for a gunshot
    # wound": a person only carried there is no row, so the pronoun of the harm clause names
    # no one its sentence already tells and keeps the row (the GVA annotators' rows)
    telling = [m for m in mentions if id(m) not in dropped]
    dropped |= {id(m): m.related for m in telling if _pronoun_of_its_sentence(m, telling, lex)}
    if not dropped:
        return mentions

    def target(other: Mention | None) -> Mention | None:
        while other is not None and id(other) in dropped:
            other = dropped[id(other)]
        return other

    kept = [m for m in mentions if id(m) not in dropped]
    for mention in kept:
        mention.related = target(mention.related)
        mention.parent = target(mention.parent)
        mention.updated_by = target(mention.updated_by)
    return kept


def _definite_plural_unharmed(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether "the men" (`_definite_plural`), kept so far (`_definite_plural_alone`), still
    restates no group: it is a row only `same_as` one."""
    if mention.quantity.kind != "definite_plural":
        return False
    return mention.relation != "same_as" or mention.related is None


def _definite_plural_alone(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether "the men" (`_definite_plural`) is no row, before any figure is related to it: it
    is one only as the subject or object of a verb that states the harm itself ("the men were
    shot", "police arrested the suspects"), after a group of that harm it may restate. Carried
    or cared for ("The boys were taken to area hospitals", "the men were treated at the
    scene") or in a state ("the men remain in stable condition"; but "The defendants remain in
    custody" is held), the group adds no harm; with no group before it, whom it means is not
    told, and a later figure must not be read as a part of it."""
    if mention.quantity.kind != "definite_plural":
        return False
    verb = mention.trigger.token
    if mention.group.token.head != verb or verb.pos_ not in ("VERB", "AUX"):
        return True
    lemma = verb.lemma_.lower()
    if lemma in lex.condition_verbs and mention.type != "detained":
        return True  # "remain in custody" is the custody itself
    if lemma in lex.carrying_verbs or lemma in lex.treatment_verbs:
        return True
    return not any(
        e.type == mention.type
        and e.quantity.start < mention.quantity.start
        and e.quantity.kind not in SINGULAR_KINDS | {"definite_plural", "zero"}
        and e.quantity.value != 1
        for e in mentions
    )


def _died_held(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a harm is told as happening while its victim was held ("had died in captivity",
    "died in custody"): "in" with a `captivity_nouns` noun on the harm word."""
    return any(
        obj.lemma_.lower() in lex.captivity_nouns
        for prep in _children(mention.trigger.token, "prep")
        if prep.lower_ == "in"
        for obj in _children(prep, "pobj")
    )


def _relate_person(mention: Mention, person: Mention, lex: CasualtyLexicon) -> None:
    person = _canonical(person)
    if mention.type == "killed" and person.type in ("injured", "killed_or_injured", "missing"):
        # "A man was shot ... he died", "was reported missing ... was found dead": the later
        # figure revises the earlier one.
        person.counts, person.superseded, person.updated_by = False, True, mention
        mention.relation, mention.related = "update_of", person
    elif mention.type == "missing" and person.type == "killed":
        # "Park was found dead ... He was reported missing Thursday": told after, happened
        # before; the death supersedes it.
        mention.counts, mention.superseded, mention.updated_by = False, True, person
        if person.relation is None:
            person.relation, person.related = "update_of", mention
    else:
        _how_they_died(mention, person, lex)
        mention.relation, mention.related, mention.counts = "same_as", person, False


def _how_they_died(mention: Mention, dead: Mention, lex: CasualtyLexicon) -> None:
    """ "the shooting death of Josiah Taylor ... Taylor was shot in the chest", "The victim
    later died ... the suspect shot them", "in the death of Braxton Bourda ... Bourda was
    found with a gunshot wound to the face": "shot", or a wound the person is found with or
    suffered, says how, not how badly; told of people already known dead, it tells of their
    death (killed, the same as `dead`)."""
    # a first "shot" row a death revised ("Man shot ... in the shooting death of") is dead too
    known_dead = dead.type == "killed" or (
        dead.updated_by is not None and dead.updated_by.type == "killed"
    )
    if mention.type != "injured" or not known_dead:
        return
    trigger = mention.trigger
    wound = trigger.role == "bearer" or trigger.token.lemma_.lower() in lex.wound_bearing_verbs
    # only a person named again or referred back to is surely the dead one ("Later, a 20-year-old
    # man was found suffering from a gunshot wound" may be someone new)
    if trigger.mechanism or (
        wound and (mention.quantity.kind in PERSON_KINDS or _aged_as(mention, dead))
    ):
        mention.type = "killed"


def _aged_as(mention: Mention, dead: Mention) -> bool:
    """ "the shooting that killed 14-year-old James Banks ... found a 14-year-old boy with a
    gunshot wound": a description giving the dead person's own age names that person, as a
    name or pronoun does."""
    age, known = _age(mention), _age(dead)
    return age is not None and known is not None and _same_age(age, known)


def _within_earlier_toll(
    mention: Mention, group: Mention | None, mentions: list[Mention], lex: CasualtyLexicon
) -> None:
    """ "Nine shootings, five homicides ... a 33-year-old man was shot ... he was killed": a
    person whose death revises their own injury is still one of the deaths the article already
    totalled, when that total came before the person was first mentioned and has room for
    them. The death becomes part of the toll, not one more; the injury stays superseded, unless
    it told only how that person was harmed ("shot"): then it is how a death the article had
    counted happened (the annotators' ruling: known dead, then shot, is killed), a row of the
    toll as the death is."""
    if mention.relation != "update_of" or mention.type != "killed":
        return
    injured = mention.related
    if injured is None or mention.also:
        return
    if group is None:
        group = _single_toll(mention, injured, mentions, lex)
        if group is None:
            return
    if group.group.token.i >= injured.group.token.i:
        return
    if _coordinated(mention.group.token, group.group.token) or _room(group, mentions) < 1:
        return
    if _perpetrator(mention, lex) and not _perpetrator(group, lex):
        # "five people died ... the gunman was shot and later died": not one of them; but a
        # toll summed over several events ("Four people were killed in shootings over the
        # weekend ... One man was killed during a robbery ... the robber was shot in the head
        # ... The robber was pronounced dead") counts whoever died in any of them, the attacker
        # of one as well: he is the death of his event told last before him
        if not _sums_events(group):
            return
        group = _last_death_told(group, mention, injured, mentions, lex)
        if group is None:
            return
    if _is_singular(group) and _the_other(injured):
        return  # "One died at the scene. The other was taken to hospital, where he later died"
    relation = "same_as" if _is_singular(group) else "subset_of"
    mention.relation, mention.related, mention.counts = relation, group, False
    _how_they_died(injured, group, lex)
    if injured.type == "killed":
        injured.superseded, injured.updated_by = False, None
        injured.relation, injured.related = relation, group


def _may_be(person: Mention, other: Mention, lex: CasualtyLexicon) -> bool:
    """Whether nothing said of two mentions' one person each (gender, life stage, age) tells
    them apart."""
    genders = (_gender(person, lex), _gender(other, lex))
    return (
        (None in genders or genders[0] == genders[1])
        and _stages_meet(_life_stage(person, lex), _life_stage(other, lex))
        and _same_age(_age(person), _age(other))
    )


def _sums_events(toll: Mention) -> bool:
    """Whether a toll is told as the sum of several events: its cause is a plural event noun
    ("were killed in shootings across the city", "died in attacks over the weekend"), as a
    round-up's lead gives it (`_in_days_summed` reads the same noun)."""
    return toll.cause is not None and toll.cause.tag_ == "NNS"


def _last_death_told(
    toll: Mention, death: Mention, injured: Mention, mentions: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The death of one person a summed toll's story told last before `injured` ("Four people
    were killed in shootings ... One man was killed during a robbery ... the robber was shot"):
    a part of the toll no other row stands for yet, that the dying person may be; None when the
    last death told before is another kind (a group, a name, someone already told again)."""
    told = [
        m
        for m in mentions
        if m.type == "killed" and m.quantity.start < injured.quantity.start and m is not toll
    ]
    if not told:
        return None
    last = told[-1]
    if (
        last.relation != "subset_of"
        or last.related is not toll
        or not _is_singular(last)
        or last.quantity.kind == "named"
        or any(m.related is last for m in mentions)
        or not all(_may_be(person, last, lex) for person in (injured, death))
    ):
        return None
    return last


def _single_toll(
    death: Mention, injured: Mention, mentions: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The counted death of one unnamed person, told before the injured person, that the dying
    person may be (gender, life stage, age) and that no other person's mention stands for yet:
    "a triple shooting left one man dead ... Collins was also shot ... The 22-year-old did not
    survive", "killed ... their 3-year-old son ... A young child also had a bullet wound ... he
    died". None when no such death or more than one fits, or the injured are "another man" or
    "a fourth victim" after three people told."""
    q = injured.quantity
    if q.additive and q.kind != "ordinal":
        return None
    if q.kind == "ordinal" and q.rank:
        told = sum(
            _size(m.quantity, low_first=True) or 1
            for m in mentions
            if m.counts
            and m.type in HARM_TYPES
            and m.relation is None
            and m.quantity.start < q.start
        )
        if q.rank > told:
            return None  # "two people were shot ... a third victim died": someone else
    fitting = []
    for toll in mentions:
        if toll.quantity.start >= injured.quantity.start:
            break
        if (
            toll.type != "killed"
            or not toll.counts
            or not _is_singular(toll)
            or toll.quantity.kind == "named"
            or toll.referent is not None
            or toll.time_scope != "incident"
            or any(  # someone already told as that death
                m.related is toll and not _restates_noun(m, toll, lex) for m in mentions
            )
        ):
            continue
        if all(_may_be(person, toll, lex) for person in (injured, death)):
            fitting.append(toll)
    return fitting[0] if len(fitting) == 1 else None


def _explains_revision(mention: Mention, toll: Mention) -> bool:
    """Whether a smaller exact figure tells who a revised toll added, inside the clause that
    revises it ("put the toll at 16, saying two civilians had also died"): part of the new toll,
    whatever noun the older figure gave its people ("11 officers")."""
    if toll.relation != "update_of" or mention.sent != toll.sent or mention.quantity.partitive:
        return False
    size, whole = _size(mention.quantity, low_first=False), _size(toll.quantity, low_first=True)
    if size is None or whole is None or size >= whole:
        return False
    verb = toll.trigger.token
    if toll.trigger.role == "toll":
        verb = verb.head  # "put the toll at 16": the verb that sets it holds the explanation
    if verb.pos_ != "VERB" or mention.quantity.additive:
        return False
    # only a clause set under the revising verb ("saying ...", "adding that ..."); a clause
    # joined to it by "and" ("and a further four were detained") tells more people
    token = mention.trigger.token
    while token != verb:
        if token.dep_ == "conj" or token.head == token:
            return False
        token = token.head
    return True


def _restates_noun(mention: Mention, toll: Mention, lex: CasualtyLexicon) -> bool:
    """ "fatal shooting of a cousin ... in the death of his cousin": the same noun told again
    names nobody new, so the death is still open to the person the story then describes."""
    key = _mention_key(toll, lex)
    return mention.relation == "same_as" and key is not None and _mention_key(mention, lex) == key


def _same_figure_told(mention: Mention, pool: list[Mention]) -> Mention:
    """The figure a later one relates to: the last of `pool`, unless that one differs from it
    and an earlier one of the pool is the same figure told again ("an Israeli strike killed
    27 people ... the military said it killed about 10 militants ... Basal said 27 people had
    died": the first source's toll repeated, not a count set against the military's). A
    figure told as added or as a rise relates to the last as before."""
    last = pool[-1]
    q = mention.quantity
    if (
        q.qualifier in ("vague", "none")
        or q.partitive
        or q.additive
        or mention.also
        or mention.group.update
        or mention.updates
    ):
        return last
    key = (q.value, q.value_upper)
    if (last.quantity.value, last.quantity.value_upper) == key:
        return last
    same = [
        g
        for g in pool[:-1]
        if (g.quantity.value, g.quantity.value_upper) == key and g.quantity.qualifier == q.qualifier
    ]
    return same[-1] if same else last


def _relate_figures(
    mention: Mention,
    first: Mention,
    counted: list[Mention],
    mentions: list[Mention],
    lex: CasualtyLexicon,
) -> None:
    """A later figure for the same harm as the last counted group (`first`); `counted` holds
    every counted figure of that harm before it."""
    q, f = mention.quantity, first.quantity
    if q.kind == "zero":
        return  # "no injuries" is never part of an earlier figure
    if q.kind == "none" or f.kind == "none":
        if q.kind == "none":
            mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    if (
        not q.partitive
        and "vague" not in (q.qualifier, f.qualifier)
        # a larger figure: a smaller one may be a part ("Three shootings left six people
        # wounded [caption] ... four people were shot in the 6800 block")
        and (_size(q, low_first=False) or 0) > (_size(f, low_first=True) or 0)
        # "21 others injured" beside the dead is no figure added to the caption's
        and (not q.additive or _other_than_another_harm(mention, mentions))
        and not mention.also
        and _in_caption(first, lex)
        and not _in_caption(mention, lex)
        # not once the story has told the caption's figure as its own
        and not any(m.related is first and not _in_caption(m, lex) for m in mentions)
    ):
        # "Officials say 15 to 20 people have been wounded. RACHEL LUNA - STAFF PHOTOGRAPHER
        # ... At least 14 people were killed and 21 others injured": a photo's caption tells
        # the figure of when the photo was filed; the story's own larger figure revises it,
        # whoever told either.
        mention.relation, mention.related = "update_of", first
        first.counts, first.superseded, first.updated_by = False, True, mention
        return
    if q.partitive and q.qualifier == "vague" and not _whole_refers_back(mention, first, lex):
        # "twelve people were killed ... we killed some of their troops": a part of a group
        # the article has not counted is a figure of its own.
        return
    if mention.also and q.qualifier == "vague" and not q.partitive and f.qualifier != "vague":
        # "14 were injured ... A number of journalists were also injured": a vague group told
        # with "also" is besides the figure before (a smaller figure with "also", "two pilgrims
        # also died", may still be part of it).
        return
    if (
        mention.also
        and not q.partitive
        and _noun_status(mention, lex) in FORCE_STATUSES
        and _noun_status(first, lex) not in FORCE_STATUSES
    ):
        # "24 inmates were killed and 38 injured ... Two police officers were also wounded":
        # the forces' own people told with "also" are besides the group, not a part of it.
        return
    if mention.type == "trapped" and _extracted(first, lex) and not _extracted(mention, lex):
        # "recovered at least ten survivors from the debris ... between 36 and 40 people under
        # the rubble": those brought out are not among those still under it.
        return
    if (
        mention.type == "trapped"
        and not q.partitive
        and _extracted(mention, lex)
        and _still_held_state(first, lex)
    ):
        # "15 people remained trapped in the debris ... around 40 people had been pulled from
        # the rubble alive": those brought out are not among those left under it, whoever
        # told either figure.
        return
    vague = "vague" in (q.qualifier, f.qualifier)
    # A vague part of a whole of its own ("we killed some of their troops") names its people
    # by its noun as an exact figure does: "more than ten insurgents" are other people.
    if _completes_breakdown(mention, first, mentions):
        # "At least 23 were killed ... gang members shot dead 15 ... Police killed eight
        # suspected gang members": the figure fills the toll to the number told, a part
        mention.relation, mention.related, mention.counts = "subset_of", first, False
        return
    if not q.partitive and _rival_toll_told(mention, first, lex):
        # "killed at least 30 civilians ... Human Rights Watch gave a higher toll, saying more
        # than 50 men had been executed": the source compares its count with the toll, so it
        # counts the same people whatever noun it gives them.
        mention.relation, mention.related, mention.counts = "conflicts_with", first, False
        return
    if _explains_revision(mention, first):
        mention.relation, mention.related, mention.counts = "subset_of", first, False
        return
    if not q.partitive and not vague and _disputes_told_figure(mention, lex):
        # "Police disputed the toll, saying three people had died", "... saying 15 militants
        # had been killed" after "15 civilians": the source's own count set against the figure
        # told, of the same people whatever it calls them, not a part nor a revision of it.
        mention.relation, mention.related, mention.counts = "conflicts_with", first, False
        return
    if _other_people(mention, first, lex, by_noun=not vague or f.partitive):
        # "two teenage girls and two men", "13 Israeli soldiers ... Palestinians": other people
        # (a vague figure with another noun, "bystanders being killed", often restates).
        return
    if _other_side(mention, first, mentions, lex):
        # "Police fired at protesters, killing four ... 12 officers were hurt by stones": the
        # forces' own hurt, besides the people they harmed.
        return
    if _attackers_apart(mention, first, lex) or _doers_named_harmed(mention, first):
        return
    parts = _parts_of_one_toll(mention, first, counted)
    if parts:
        # "killing at least 15 police officers and several civilians ... the death toll had
        # risen to 20": the toll revises all the figures the first report joined, not the
        # vague one made precise.
        for part in parts:
            part.counts, part.superseded, part.updated_by = False, True, mention
        mention.relation, mention.related = "update_of", parts[0]
        return
    if f.qualifier == "vague" and q.qualifier == "vague":
        # "others were trapped ... still people under the rubble": a bare plural names some of
        # the group; a quantity word restates it ("dozens of occupants").
        plural = q.kind == "plural" or q.partitive or _rest_held(mention, lex)
        relation = "subset_of" if plural or _names_a_part(mention, first, lex) else "same_as"
        mention.relation, mention.related, mention.counts = relation, first, False
        return
    if (
        f.qualifier == "vague"
        # "took several prisoners ... the gunmen also abducted around 30 civilians"; not "also
        # documented 71 injuries", another finding about the same people
        and (q.additive or _also_harmed(mention, lex))
        and not q.partitive
        # "the other five" are of the group
        and not any(c.dep_ == "det" and c.lower_ == "the" for c in mention.group.token.children)
    ):
        # "killed dozens ... a further five people died", "another 12 were killed": told as
        # more than the vague group, not that group made precise
        return
    if f.qualifier == "vague" and f.additive and not q.partitive:
        # "more arrests had been made ... six people were in custody": a vague group told as
        # more than others is no whole a later figure can make precise
        return
    if f.qualifier == "vague":
        relation = "subset_of" if _is_singular(mention) or q.partitive else "same_as"
        mention.relation, mention.related, mention.counts = relation, first, False
        return
    if q.qualifier == "vague" and _people_beside_the_forces(mention, first, lex):
        return
    if q.qualifier == "vague":
        # "dozens more civilians": more of the toll given, so part of it.
        subset = (
            q.partitive
            or q.kind == "plural"
            or q.additive
            or _rest_held(mention, lex)
            or _names_a_part(mention, first, lex)
        )
        mention.relation, mention.related, mention.counts = (
            "subset_of" if subset else "same_as",
            first,
            False,
        )
        return
    if q.value == f.value and q.value_upper == f.value_upper:
        mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    if _all_victims_told(mention, mentions, lex):
        # "A boy was killed and two others were injured ... found three people suffering from
        # gunshot wounds": the dead and the wounded together, told again, not a new toll.
        mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    later, earlier = _size(q, low_first=False), _size(f, low_first=True)
    if later is None or earlier is None:
        return
    sibling = _sibling_of_others(mention, mentions)
    if sibling is not None and _other_people(sibling, first, lex):
        # "eight soldiers were killed ... 13 suspects were arrested and two others were killed":
        # "others" are more of the sibling figure's people (suspects), not of the soldiers.
        return
    if q.additive and not _other_than_another_harm(mention, mentions):
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in mention.group.token.children)
        room = _room(first, mentions)
        if room < later and _victims_noun(mention, lex):
            # "One was killed and three injured ... Two victims were taken to hospital ... Two
            # other victims remained": victims of either harm.
            room = sum(
                _room(g, mentions)
                for g in mentions
                if g.counts
                and g.type in HARM_TYPES
                and not _is_singular(g)
                and g.quantity.end <= mention.quantity.start
                and _same_incident(g, mention, lex)
            ) + sum(
                1
                for g in mentions
                if g.counts
                and g.type in HARM_TYPES
                and _is_singular(g)
                and g.quantity.end <= mention.quantity.start
                and g.type != mention.type
            )
        if (
            not q.partitive
            and not definite
            and (room < later or _adds_people(mention, mentions, lex))
            and not (
                _own_place_noun(mention, lex) is not None
                and _breakdown_under_way(mention, first, mentions)
            )
        ):
            # "two were killed ... three more died": a new group (not "the other two"); but
            # "290 died in Al Haouz ... Another 100 died in Chichaoua" goes on listing the
            # toll's places
            return
        mention.relation, mention.related, mention.counts = "subset_of", first, False
        return
    if not q.partitive and _sibling_clauses(mention, first, lex):
        # "Four guests were seriously wounded and two were slightly hurt": coordinated
        # clauses tell two groups side by side, not a whole and its part.
        return
    if not q.partitive and later < earlier and _set_against(mention, first, lex):
        # "Officials at the hospital gave a lower toll of 14 dead": another source's smaller
        # figure set against the first is a conflict, not a part of it.
        mention.relation, mention.related, mention.counts = "conflicts_with", first, False
        return
    # "68 missing ... By Sunday, the toll had risen to 57, with 67 still missing": the missing
    # shrink as people are found, so a smaller count told later revises the first.
    recount = mention.type == "missing" and _told_later(mention)
    if (
        not q.partitive
        and later < earlier
        and (mention.group.update or recount)
        and not _disputed(mention, lex)
    ):
        # "The death toll was revised down to 116", "officials lowered the toll to 116": the
        # toll's new figure replaces the old one, smaller or not; no part of it.
        mention.relation, mention.related = "update_of", first
        first.counts, first.superseded, first.updated_by = False, True, mention
        return
    if not q.partitive and later < earlier and _rival_count(mention, first, lex):
        mention.relation, mention.related, mention.counts = "conflicts_with", first, False
        return
    if not q.partitive and later < earlier:
        known = _known_part(mention, mentions, lex)
        if known is not None:
            # "Four were shot dead ... two men ... both were fatally shot", "all four are
            # stable", "this quadruple homicide": a figure written as people the reader knows
            # restates the part of that size already told, not one more part of the toll.
            mention.relation, mention.related, mention.counts = "same_as", known, False
            return
    if q.partitive or later < earlier:
        # "Forty-five were killed at the market, and 27 in New Baghdad": parts of the toll
        breakdown = _breakdown_under_way(mention, first, mentions)
        if (
            not q.partitive
            and not breakdown
            and not _singled_out(mention, lex)
            and _place_apart(mention, first, lex)
        ):
            # "at least sixty killed [in Basra] ... two soldiers were killed in the capital
            # city": a smaller figure of another place is a figure of its own.
            return
        mention.relation, mention.related, mention.counts = "subset_of", first, False
        return
    parts = _parts_of_wider(mention, counted, lex)
    if parts:
        # "shelling killed 3 in the Kherson region ... Across Ukraine, Russian attacks killed
        # 8": a larger figure of a place holding the earlier figures' places holds them.
        for part in parts:
            part.relation, part.related, part.counts = "subset_of", mention, False
        return
    if _all_of(mention):
        same = [e for e in counted if _size(e.quantity, low_first=False) == later]
        if same:
            # "four of whom were injured ... all four are in stable condition": "all" restates
            # a figure already told; it does not revise a smaller one told in between.
            mention.relation, mention.related, mention.counts = "same_as", same[-1], False
            return
    total = sum(_size(m.quantity, low_first=False) or 0 for m in counted)
    if len(counted) > 1 and later == total:
        # "two girls and two men were shot ... all four were taken to hospital"
        mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    if _made_precise(mention, first, lex):
        # "wounding more than 30 ... a spokesman said 34 injured people had been taken to
        # hospitals": the round figure told exactly, by whoever tells it
        mention.relation, mention.related, mention.counts = "same_as", first, False
        return
    # "more than a dozen people wounded ... at least 19 were treated": an open-ended figure made
    # more precise by a larger one is revised, not contradicted.
    open_ended = (
        f.high is None
        and f.qualifier in ("at_least", "more_than")
        and mention.type in HARM_TYPES  # tolls grow; "ten survivors" and "36 under the rubble"
        and not _set_against(mention, first, lex, first_named=True)
    )
    # Another named source's larger figure, not told as the toll at a later time, is its own
    # count of the same people ("residents said at least 27 ... the NUG said 32 people had
    # died"): the contract's conflict, of which the first stated figure counts; a round
    # estimate ("more than a dozen", "at least 100") is refined by any later larger figure.
    open_ended = (
        open_ended
        and (
            not _other_source(mention.voice, first.voice, lex)
            or _later_toll(mention, lex)
            or _round_figure(first, lex)
        )
        # "Al Shabaab claimed the attack, saying its fighters had killed 25 soldiers": the
        # attackers' own count of their victims is set against the toll, not a revision of it
        and not _doers_own_count(mention)
    )
    if mention.also and not (mention.group.update or mention.updates):
        # "three soldiers were killed last week ... In addition, 73 soldiers were killed when
        # two helicopters crashed": a figure told as added is more people, not the toll revised
        # nor another count of the same people.
        return
    revised = (
        mention.group.update
        or mention.updates
        or _same_voice(mention.voice, first.voice)
        or open_ended
        # "killed 30 on Monday. A day later, officials said 41 had died": the toll since grown
        or (_told_later(mention) and not _set_against(mention, first, lex))
        or _revised_beside(mention, mentions)
        or _revising_earlier_figures(mention, lex)
    )
    # "deny the reports that 147 civilians had been killed": another source's figure, disputed.
    if revised and not _disputed(mention, lex):
        mention.relation, mention.related = "update_of", first
        first.counts, first.superseded, first.updated_by = False, True, mention
        _increments_into_revision(mention, first, mentions)
        return
    mention.relation, mention.related, mention.counts = "conflicts_with", first, False


def _increments_into_revision(revision: Mention, first: Mention, mentions: list[Mention]) -> None:
    """ "Rescuers recovered ten bodies ... Two more bodies were found, bringing the toll to 12":
    an increment told as more than the first figure (`additive`: "two more", "another three",
    "a further two") between it and the toll that revises it is no part of the first figure,
    which it adds to, but of the revised toll that sums them."""
    for step in mentions:
        if (
            step.relation == "subset_of"
            and step.related is first
            and step.quantity.additive
            and not step.quantity.partitive
            and first.quantity.end <= step.quantity.start
            and step.quantity.end <= revision.quantity.start
        ):
            step.related = revision


#: Statuses of the armed side of a clash: its people harmed are no part of those it harmed.
FORCE_STATUSES = {"law_enforcement", "combatant"}


def _people_beside_the_forces(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a vague figure names, by a noun of its own, people who are not the forces the
    exact figure before it counts ("Three police officers were injured ... dozens of protesters
    had been hurt"): the other side of the clash, not those officers restated. A generic or
    back-referring noun ("dozens of people", "several of the victims") may still restate them."""
    q = mention.quantity
    if q.partitive or q.noun is None or _noun_status(first, lex) not in FORCE_STATUSES:
        return False
    if _noun_status(mention, lex) in FORCE_STATUSES:
        return False
    lemma = mention.group.token.doc[q.noun].lemma_.lower()
    words = lex.words
    return lemma in words.person_nouns and not (
        lemma in words.generic or lemma in words.anaphoric or lemma in words.anaphoric_groups
    )


def _doers(mention: Mention) -> list[Token]:
    """Who did a mention's harm: the agent of a passive harm verb, else its subjects ("Police
    fired ..., killing four": police)."""
    verb = mention.trigger.token
    if verb.pos_ != "VERB":
        verb = verb.head  # "shot three protesters dead"
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "left ten people dead": the adjective parsed on its noun
    if verb.pos_ != "VERB" or mention.trigger.role == "subject":
        return []
    if _is_passive(verb):
        return [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
    doers = _subjects(verb)
    if verb.dep_ in ("advcl", "conj", "xcomp"):
        # "Soldiers opened fire ..., wounding 40 people": the clause's subject did it
        doers = doers + _children(verb.head, "nsubj")
    return doers


def _forces_own_person(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """Whether one person of a force ("a police officer was beaten to death", "a member of the
    Basij militia") is told before a group that forces harmed ("security forces killed more
    than 500 protesters"): the other side of the clash, not one of those the forces harmed."""
    return (
        _noun_status(person, lex) in FORCE_STATUSES
        and _noun_status(group, lex) not in FORCE_STATUSES
        and any(_force_status(d, lex) for d in _doers(group))
    )


def _outside_force_group(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """Whether one person told before a group a force noun names ("A bystander was seriously
    hurt ... two soldiers were lightly wounded") is described as another kind of person: a
    force's group holds its own members, its ranks ("a sergeant") and people told by a plain
    noun ("a man"), not a bystander or a shopkeeper."""
    status = _noun_status(group, lex)
    noun = person.quantity.noun
    if status not in FORCE_STATUSES or noun is None or _noun_status(person, lex) == status:
        return False
    words = lex.words
    lemma = person.group.token.doc[noun].lemma_.lower()
    return (
        lemma not in words.generic
        and lemma not in words.anaphoric
        and lemma not in words.anaphoric_groups
        and lemma not in words.force_ranks
    )


def _force_status(token: Token, lex: CasualtyLexicon) -> str | None:
    """The force status (`FORCE_STATUSES`) a doer's noun says: "police", "soldiers", "security
    forces"; None for anyone else."""
    status = lex.words.victim_status.get(token.lemma_.lower()) or lex.words.victim_status.get(
        token.lower_
    )
    if status is None:
        for c in token.children:
            phrase = f"{c.lemma_.lower()} {token.lemma_.lower()}"
            if c.dep_ in ("compound", "amod") and phrase in lex.words.status_compounds:
                status = lex.words.status_compounds[phrase]
    return status if status in FORCE_STATUSES else None


def _other_side(
    mention: Mention, first: Mention, mentions: list[Mention], lex: CasualtyLexicon
) -> bool:
    """Whether a figure of the forces' own people hurt ("12 officers were hurt", "nine soldiers
    were injured") follows an incident whose people those forces harmed ("Police fired ...,
    killing four people"): the other side of the clash, no part of the first group. A
    partitive ("six of the wounded") and a first group of forces themselves stay parts."""
    if mention.quantity.partitive or _noun_status(mention, lex) not in FORCE_STATUSES:
        return False
    if _noun_status(first, lex) in FORCE_STATUSES:
        return False
    if _harmed_by_the_same_forces(mention, first, lex):
        # "Israeli troops killed two Palestinians ... the military said its forces had killed
        # two militants": people the forces harmed, not their own people hurt
        return False
    for earlier in mentions:
        if earlier.quantity.start >= mention.quantity.start:
            break
        if earlier.quantity.start > first.quantity.start and earlier is not first:
            continue
        if _noun_status(earlier, lex) in FORCE_STATUSES:
            continue
        if any(_force_status(d, lex) for d in _doers(earlier)):
            return True
        side = _nationality(mention)
        # "The Israeli military said a soldier had been killed": a force's own spokesman
        # tells of its own people.
        sides = (
            {side} if side is not None else set(mention.voice.modifiers if mention.voice else ())
        )
        if sides and any(_noun_nationality(d) in sides for d in _doers(earlier)):
            # "Israeli strikes killed 40 ... Two Israeli soldiers were killed": the striking
            # side's own dead.
            return True
    return False


def _harmed_by_the_same_forces(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the forces that harmed the first figure's people harm the later figure's too:
    a doer of the later harm is a force ("soldiers had killed four terrorists"), or the
    source's own ("its forces", "their troops") where the source's nationality is that of the
    first harm's doers ("The Israeli military said its forces had killed two militants" after
    "Israeli troops killed two Palestinians")."""
    doers = _doers(mention)
    if any(_force_status(d, lex) for d in doers):
        return True
    own = [
        d
        for d in doers
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in d.children)
    ]
    if not own or mention.voice is None:
        return False
    sides = {_noun_nationality(d) for d in _doers(first)} - {None}
    return any(side in mention.voice.modifiers for side in sides)


def _sides_apart(earlier: Mention, later: Mention) -> bool:
    """Whether two figures' causes name opposite sides ("Russian attacks killed five ...
    Ukrainian shelling killed three in Horlivka"): each side's strikes are an incident of their
    own, whatever places they share, so neither figure holds the other."""
    sides = _side(earlier), _side(later)
    return None not in sides and sides[0] != sides[1]


def _side(mention: Mention) -> str | None:
    """The nationality of whoever did a mention's harm, from its cause or its doers ("Israeli
    strikes", "Ukrainian shelling", "Russian troops"); None when neither names one."""
    token, role, cause = mention.trigger.token, mention.trigger.role, mention.cause
    memo = _memo(token.doc, "side")
    # all it reads: `_sides_apart` asks it for every pair of figures
    key = (token.i, role, None if cause is None else cause.i)
    if memo is not None and key in memo:
        return memo[key]
    found = None
    # "Palestinian news agency WAFA put the toll at four": whoever sets a toll tells it; he
    # did not do the harm
    doers = [] if mention.trigger.role == "toll" else _doers(mention)
    for doer in (mention.cause, *doers):
        side = None if doer is None else _noun_nationality(doer)
        if side is not None:
            found = side
            break
    if memo is not None:
        memo[key] = found
    return found


def _noun_nationality(noun: Token) -> str | None:
    """The nationality a noun or its modifiers give ("Israeli strikes", "Palestinians"; the
    parser hangs "Ukrainian" of "Ukrainian shelling" as the gerund's subject)."""
    for token in (noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "nsubj"))):
        if ent_label(token) == "NORP":
            return token.lower_.rstrip("s")
    return None


def _own_event_between(
    group: Mention, person: Mention, mentions: list[Mention], lex: CasualtyLexicon
) -> bool:
    """Whether a figure told between a group and a later person brings in an event of its own
    (`_other_event` against the group: "A bus crashed in Swat, killing the driver"), so that
    the person, told after it, is of that event rather than one of the group."""
    for other in mentions:
        if other.quantity.start <= group.quantity.start or other is person:
            continue
        if other.quantity.start >= person.quantity.start:
            break
        if other.sent != group.sent and _other_event(group, other, lex):
            return True
    return False


def _singled_out(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm's own place is singled out of a wider one ("In Barcelona alone, police
    detained seven", "40 were killed in Gaza City alone": `lex.part_marks` on the place): the
    figure is a part of the toll before, not one of another place."""
    anchor, sent = mention.trigger.token, mention.sent
    memo = _memo(anchor.doc, "singled_out")
    # all it reads: `_same_incident` asks it of the later figure for every earlier one
    key = (anchor.i, mention.group.token.i, sent.start, sent.end)
    if memo is not None and key in memo:
        return memo[key]
    place = _own_place_noun(mention, lex)
    if place is not None and any(c.lower_ in lex.part_marks for c in place.children):
        singled = True
    else:
        singled = _ranked_part(mention, lex)
    if memo is not None:
        memo[key] = singled
    return singled


def _ranked_part(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm's sentence tells of "the" event ranked among those summed before ("The
    deadliest attack struck a market, where a car bomb killed 12", "In the worst blast, eight
    died": a superlative on a definite event noun): one of those events, so a part of the
    toll, whatever place it names."""
    sent = mention.sent
    memo = _memo(sent.doc, "ranked_part")
    key = (sent.start, sent.end)
    if memo is not None and key in memo:
        return memo[key]  # asked for every pair of figures (`_same_incident`)
    ranked = any(
        t.tag_ == "JJS"
        and t.head.lemma_.lower() in lex.event_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.head.children)
        for t in sent
    )
    if memo is not None:
        memo[key] = ranked
    return ranked


def _completes_breakdown(mention: Mention, first: Mention, mentions: list[Mention]) -> bool:
    """Whether exact parts already told of the toll `first` and this exact figure add up to
    the toll's own figure: the writer breaks the toll down, whoever the last part's people are."""
    if mention.quantity.qualifier != "exact" or mention.quantity.partitive:
        return False
    whole = first.quantity.value
    parts = [
        m
        for m in mentions
        if m.relation == "subset_of"
        and _part_of_told_group(m, first)
        # a part told with its own clause's group is a kind ("including 10 children"), unless
        # that group restates the toll ("X was one of the five people wounded": a share)
        and (m.parent is None or (m.parent is not first and m.parent.relation == "same_as"))
        and m.sent != first.sent  # "including 10 children" tells a kind, not a share
        and m.quantity.end <= mention.quantity.start
    ]
    if whole is None or not parts or any(p.quantity.qualifier != "exact" for p in parts):
        return False
    return sum(p.quantity.value or 0 for p in parts) + (mention.quantity.value or 0) == whole


def _part_of_told_group(part: Mention, group: Mention) -> bool:
    """Whether a part belongs to `group`, directly or through a restatement of it ("Five people
    were shot ... Kiara Pugh was one of the five people wounded": a part of "the five")."""
    whole = part.related
    if whole is group:
        return True
    return whole is not None and whole.relation == "same_as" and whole.related is group


def _breakdown_under_way(mention: Mention, first: Mention, mentions: list[Mention]) -> bool:
    """Whether a later figure goes on with a breakdown of the toll `first` that a part told in
    its own or the sentence just before began ("10 of the dead were shot in Nairobi. Two
    people died in Nakuru and one in Eldoret"), and the toll still has room for it: a part,
    whatever place it names. A part told further back, or a toll already filled, leaves the
    figure one of its own."""
    doc = mention.group.token.doc
    started = any(
        m.relation == "subset_of"
        and m.related is first
        # "killing 12 people, including five children": a kind, not a share begun
        and m.parent is not first
        and m.quantity.end <= mention.quantity.start
        and (
            m.sent == mention.sent
            or (
                m.sent.end <= mention.sent.start
                and not any(not t.is_space for t in doc[m.sent.end : mention.sent.start])
            )
        )
        for m in mentions
    )
    size = _size(mention.quantity, low_first=False)
    if not started or size is None:
        return False
    # "killed 223 villagers, including 56 children ... 44 in Nondin and 179 in Soro": the kind
    # of people the toll's own clause includes cuts across the places, not a share of them.
    shares = [m for m in mentions if m.related is first and m.parent is not first]
    return _room(first, shares) >= size


def _last_tally(mention: Mention, before: list[Mention]) -> Mention | None:
    """The last figure of the same harm and time scope before a cumulative or periodic one,
    that is no part of another."""
    tallies = [
        e
        for e in before
        if e.type == mention.type and e.time_scope == mention.time_scope and e.relation is None
    ]
    return tallies[-1] if tallies else None


def _made_precise(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether an exact figure restates a "more than N" told before it, being just above N
    (by at most `restated_excess_ratio` of N): "more than 300 people had been arrested ... the
    minister said 312 people had been arrested" gives the round figure's number, not another
    count of its own nor the toll grown. A toll told as grown ("rose to 34", "later") revises
    it, and "at least N" leaves the figure open to rise: its larger figures stay revisions or
    another source's count."""
    q, f = mention.quantity, first.quantity
    if q.qualifier != "exact" or f.qualifier != "more_than" or q.partitive:
        return False
    if not q.value or not f.value:
        return False
    if not f.value < q.value <= f.value * (1 + lex.restated_excess_ratio):
        return False
    return not (mention.group.update or mention.updates or _later_toll(mention, lex))


#: most words a caption line's closing photo credit has ("RACHEL LUNA - STAFF PHOTOGRAPHER")
CREDIT_WORDS = 8


def _in_caption(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure is told in a photo caption: a line of more than one sentence whose last
    one is a short photo credit ("... Officials say 15 to 20 people have been wounded. RACHEL
    LUNA - STAFF PHOTOGRAPHER", "... (AP Photo/Evan Vucci)", "... REUTERS/Joe Skipper"): a
    `photo_credit_words` word, or an agency in capitals before a slash."""
    doc = mention.group.token.doc
    text = doc.text
    at = doc[mention.quantity.start].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end].strip()
    sentences = re.split(r"(?<=[.!?])\s+", line)
    if len(sentences) < 2:
        return False  # a headline or a one-sentence paragraph has no credit after its text
    credit = sentences[-1]
    words = credit.split()
    if not words or len(words) > CREDIT_WORDS:
        return False
    if any(re.fullmatch(r"\(?[A-Z]{2,}/\S+", w) for w in words):
        return True  # "REUTERS/Joe Skipper"
    parts = [w.strip("()[]:,.-\u2014\u2013").lower() for w in re.split(r"[\s/]+", credit)]
    return any(w in lex.photo_credit_words for w in parts)


def _round_figure(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure is told with a round number word ("more than a dozen", "at least a
    hundred": `round_figure_words`): the writer's word for an estimate, which a later precise
    figure refines. The value alone does not say it: "at least 12 ... local media reported 15"
    are two sources' counts, the contract's conflict."""
    doc = mention.group.token.doc
    q = mention.quantity
    return any(t.lemma_.lower() in lex.round_figure_words for t in doc[q.start : q.end])


def _adds_people(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether a figure told with "more", "other" or "additional" names people harmed besides
    the group before it: its own harm verb or adjective has it as subject or object ("two other
    men died in the strike", "three more residents were hurt", "an additional three were
    wounded"), and its sentence revises no toll ("two more died, bringing the toll to seven"
    tells the revised toll's part). Bodies found ("two more bodies were recovered") and
    "victims" told again are not a harm clause of their own (the trigger is a noun)."""
    trigger = mention.trigger.token
    if trigger.pos_ not in ("VERB", "AUX", "ADJ") or trigger.dep_ in ("acl", "amod"):
        return False  # "six other Victorians arrested are ...": a description, not a clause
    if _victims_noun(mention, lex):
        return False  # "two other victims remained at the scene": of the victims told
    if trigger.lemma_.lower() in lex.care_going_verbs:
        return False  # "three others went to a hospital for treatment": care, no harm of its own
    # "recaptured 29 of the escapees ... two of them were shot dead. Another five were
    # detained": a part of the group told, harmed otherwise, adds nobody, so "another" goes on
    # from the group.
    before = [
        m
        for m in mentions
        if m.quantity.end <= mention.quantity.start
        and not (m.quantity.partitive and m.type != mention.type)
    ]
    if not before or before[-1].type != mention.type:
        # "X and Y were killed. Two other people were critically wounded": "other" than the
        # figure just before, of another harm; the injured may still be among those told.
        return False
    return not any(
        m.group.update and m.sent == mention.sent and not _joined_clauses(m, mention)
        for m in mentions
        if m is not mention
    )


def _joined_clauses(a: Mention, b: Mention) -> bool:
    """Whether two mentions' clauses are joined by "and" as equals ("the number had risen to
    31, and a further four people were detained"): each tells its own figure."""
    first, second = _own_verb(a.trigger.token), _own_verb(b.trigger.token)
    if first == second:
        return False
    return (second.dep_ == "conj" and second.head == first) or (
        first.dep_ == "conj" and first.head == second
    )


def _revised_beside(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a figure of another harm told just before it in the same sentence and by the
    same source revises its own toll: "the governor put the toll at 12 dead and 43 injured"
    revises the injured with the dead."""
    return any(
        m.sent.start == mention.sent.start
        and m.type != mention.type
        and m.relation == "update_of"
        and m.quantity.end <= mention.quantity.start
        and _same_voice(m.voice, mention.voice)
        for m in mentions
    )


def _doers_own_count(mention: Mention) -> bool:
    """Whether a source tells a harm done by itself: the active harm verb's subject is a
    pronoun for the speaker ("we killed", "it had killed") or a noun it possesses ("its
    fighters had killed 25 soldiers", "our forces killed"), under a speech verb with a noun
    subject (the claimant)."""
    verb = mention.trigger.token
    if mention.voice is None or verb.pos_ != "VERB" or _is_passive(verb):
        return False
    for subject in _children(verb, "nsubj"):
        if subject.lower_ in ("we", "it", "they"):
            return True
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children):
            return True
    return False


def _other_source(voice: SourceKey | None, earlier: SourceKey | None, lex: CasualtyLexicon) -> bool:
    """Whether two figures are stated by two different sources, each named by a noun ("at
    least 31, according to the hospital" ... "the Civil Defence said 36"): the later figure is
    another source's, which the contract calls a conflict, unless revision words say the toll
    changed. The author's voice (None) and pronoun sources ("it said", "he said"), which
    may be the same source again, are not known to differ; nor are "the ministry" and "the
    health ministry" (`_same_voice`)."""
    if voice is None or earlier is None or _same_voice(voice, earlier):
        return False
    return _noun_source(voice, lex) and _noun_source(earlier, lex)


def _noun_source(voice: SourceKey | None, lex: CasualtyLexicon) -> bool:
    """Whether a figure's source is named by a noun: not the author (None) and not a pronoun
    ("it said", "he said"), which may be any source told before."""
    return voice is not None and voice.head not in lex.pronoun_sources


def _set_against(
    mention: Mention, first: Mention, lex: CasualtyLexicon, *, first_named: bool = False
) -> bool:
    """Whether the later figure is a source's own count set against the first ("hospital
    officials gave a lower toll of 14 dead", "MSF gave a different figure", "put the toll
    higher"): its source is named by a noun and is not the first figure's, and its sentence
    compares the figure (`contrast_words`), while no toll noun, "by <time>" or "later" tells it
    as the toll since grown. A smaller figure may be set against one in the author's voice (a
    source told far from it); a larger one only against a source named by a noun too
    (`first_named`): without such a comparison a larger figure from another source usually is
    the toll revised ("at least a dozen, according to authorities ... the minister said 18
    people died")."""
    voice = mention.voice
    # "The community group gave a different account. It said at least 13 were killed": the
    # pronoun speaks for the source the sentence before sets against the first figure.
    carried = voice is not None and _contrast_told_before(mention, lex)
    if not (_noun_source(voice, lex) or carried) or _same_voice(voice, first.voice):
        return False
    if first_named and not _noun_source(first.voice, lex):
        return False
    return not _later_toll(mention, lex) and (
        carried or any(t.lower_ in lex.contrast_words for t in mention.trigger.token.sent)
    )


def _rival_toll_told(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether another source sets its figure against the first as a toll of its own: its
    sentence, before the figure, names a toll noun (`toll_nouns`: "a higher toll", "a much
    lower figure", "put the death toll higher") and a comparing word (`contrast_words`), and
    `_set_against` holds. Without the toll noun a comparing word may tell of another place or
    group ("two other men were killed in a different town")."""
    q, f = mention.quantity, first.quantity
    same = (q.value, q.value_upper) == (f.value, f.value_upper)
    if same or "vague" in (q.qualifier, f.qualifier):
        # "gave a different figure ... and treated 87 wounded" after 87 or "dozens wounded":
        # the same count, or a vague one made precise (the contract's same_as)
        return False
    if mention.type != first.type or not _set_against(mention, first, lex):
        return False
    doc = mention.group.token.doc
    before = doc[mention.trigger.token.sent.start : mention.quantity.start]
    return any(t.lemma_.lower() in lex.toll_nouns for t in before) and any(
        t.lower_ in lex.contrast_words for t in before
    )


def _rival_count(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a smaller figure is another named source's count of the first figure's whole
    group ("shot dead at least 23 protesters, rights groups said ... Amnesty International put
    the death toll at 19", "killed at least 40 soldiers, security sources said. A ministry
    official said 32 soldiers had died"): a toll, or the first figure's own noun, told by
    another source for no place of its own counts the same people, not a part of them. A toll
    told as later ("by Thursday", "later") is the toll revised."""
    if not _noun_source(mention.voice, lex) or _same_voice(mention.voice, first.voice):
        return False
    if mention.type != first.type or _own_place_noun(mention, lex) is not None:
        return False
    if _placed_apart(mention.trigger.token, lex) or _later_toll(mention, lex):
        return False
    doc = mention.group.token.doc
    return mention.trigger.role == "toll" or (
        _same_noun(mention.quantity, first.quantity, doc)
        and doc[mention.quantity.noun].lemma_.lower() not in lex.words.generic
    )


def _placed_apart(anchor: Token, lex: CasualtyLexicon) -> bool:
    """Whether a harm verb places its harm anywhere but in the event ("died in hospital", "were
    killed at the checkpoint"): those are some of the people, not a count of all of them;
    "were killed in the attack" names the event itself."""
    return any(
        obj.lemma_.lower() not in lex.event_nouns
        for prep in _children(anchor, "prep")
        if prep.lower_ in lex.locative_preps
        for obj in _children(prep, "pobj")
    )


def _contrast_told_before(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure a pronoun states ("It said ...") follows, in its paragraph, a sentence
    whose subject, named by a noun, sets its account against another (`contrast_words`: "gave
    a different account"). Only the sentence's first figure is that account's toll; those
    after it ("and accused officers of executing two wounded men") tell of its people."""
    if mention.voice is None or mention.voice.head not in lex.pronoun_sources:
        return False
    sent = mention.trigger.token.sent
    if sent.start == 0 or any(t.like_num for t in sent.doc[sent.start : mention.quantity.start]):
        return False
    before = sent.doc[sent.start - 1].sent
    if any("\n" in t.text for t in before if t.is_space):
        return False
    return any(t.lower_ in lex.contrast_words for t in before) and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in before.root.children
    )


def _later_toll(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the figure is told as the toll at a later time, so that another source's larger
    figure revises the toll rather than contradicts it: a toll noun ("the toll stood at 36"),
    a "by" phrase with a date or time ("By Saturday evening, the ministry said 153 had died")
    or "later" in its sentence. A toll a source puts or estimates ("A second source put the
    toll at nearly 50") is that source's count, later only by such a time word."""
    toll = mention.trigger.token
    if mention.trigger.role == "toll" and not (
        toll.dep_ == "dobj" and toll.head.lemma_.lower() in lex.speech_verbs
    ):
        return True
    return _told_later(mention)


def _revising_earlier_figures(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "The coast guard put the toll at 21, raising earlier estimates", "up from an earlier
    figure": a figure whose sentence says it revises earlier ones (an `update_words` verb or
    "from" on a noun with a `superseded_words` modifier) is the toll since grown, whoever
    tells it."""
    for token in mention.trigger.token.sent:
        if not (token.lemma_.lower() in lex.update_words or token.lower_ == "from"):
            continue
        for obj in _children(token, "dobj", "pobj"):
            if any(c.dep_ == "amod" and c.lower_ in lex.superseded_words for c in obj.children):
                return True
    return False


def _told_later(mention: Mention) -> bool:
    """Whether the figure's sentence sets it at a later time: "later" ("A day later, officials
    said 41 had died") or a "by" phrase with a date or time ("By Saturday evening")."""
    for token in mention.trigger.token.sent:
        if token.lower_ == "later" and token.pos_ == "ADV":
            return True
        if token.lower_ == "by" and any(
            c.dep_ == "pobj" and ent_label(c) in ("DATE", "TIME") for c in token.children
        ):
            return True
    return False


def _disputes_told_figure(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is what a source says while disputing a figure told before ("Police
    disputed the toll, saying three people had died", "The army rejected the report and said
    two soldiers were wounded"): the clause is the content of a speech verb joined to a
    `dispute_verbs` verb, as its participle or its conjunct. Not the figure disputed itself
    (`_disputed`: "denied reports that 147 had been killed")."""
    token = mention.trigger.token
    for _ in range(3):
        if token.dep_ not in ("ccomp", "conj") or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in lex.speech_verbs:
            break
    else:
        return False
    if token.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    return token.head.pos_ == "VERB" and token.head.lemma_.lower() in lex.dispute_verbs


def _disputed(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the harm is the content of a disputing verb (`dispute_verbs`: "officials deny
    the reports that 147 civilians had been killed", "rejected claims that 40 died"): read up
    from the harm word through the clause and noun it is the content of."""
    token = mention.trigger.token
    for _ in range(4):
        if token.dep_ not in ("ccomp", "acl", "relcl", "dobj", "conj") or token.head == token:
            return False
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.dispute_verbs:
            return True
    return False


def _own_place(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The lower-case place phrase the harm's clause itself names ("in east Baghdad", "in the
    capital city"): a locative on the harm word, its clause head or its group whose object is a
    place entity or a place noun (`lex.place_nouns`); None when the clause names none."""
    place = _own_place_noun(mention, lex)
    return None if place is None else " ".join(t.lower_ for t in place.subtree)


def _own_place_noun(mention: Mention, lex: CasualtyLexicon) -> Token | None:
    """The object of the locative `_own_place` reads."""
    anchor = mention.trigger.token
    root = _clause_root(anchor)
    heads = [mention.group.token, anchor, root]
    if root.dep_ == "ccomp" and root.head.lemma_.lower() in lex.speech_verbs:
        heads.append(root.head)  # "In Sadr City, officials said that 75 had been killed"
    for head in heads:
        for prep in _children(head, "prep"):
            if prep.lower_ not in lex.locative_preps or (head is not root and prep.i > root.i):
                continue
            for obj in _children(prep, "pobj"):
                if ent_label(obj) in PLACE_LABELS or obj.lemma_.lower() in lex.place_nouns:
                    return obj
    return None


def _place_apart(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a later figure names a place of its own other than the earlier figure's ("two
    Americans were killed in east Baghdad" after "75 killed in Baghdad's Sadr City
    neighborhood"); not when the earlier's place holds the later's (a country and a town in
    it), nor when the earlier names none and the later's towns are the article's incident
    places the earlier inherits."""
    noun = _own_place_noun(mention, lex)
    if noun is None or _held_where(mention, lex) or _place_named_back(noun, first, lex):
        return False
    if any(
        c.dep_ in ("amod", "det", "compound") and c.lower_ in lex.other_place_words
        for c in noun.children
    ):
        return True  # "killed 20 people in a nearby town", "in a neighbouring village"
    if _one_of_listed_places(noun, first, lex):
        return False  # "the toll in Turkey and Syria ... 31,643 died in Turkey": a part of it
    own = " ".join(t.lower_ for t in noun.subtree)
    if mention.places and all(
        any(a != b and place_contains(a, b) for a in first.places) for b in mention.places
    ):
        return False  # "at least 72 in Iraq ... 27 were killed in New Baghdad": a part of it
    other = _own_place(first, lex)
    if other is not None:
        return own != other
    return not (mention.places and first.places and mention.places <= first.places)


def _one_of_listed_places(noun: Token, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a later figure's place is one of the places the earlier figure's place phrase
    lists ("killed more than 35,000 in Turkey and Syria ... 31,643 in Turkey")."""
    earlier = _own_place_noun(first, lex)
    if earlier is None or not _children(earlier, "conj"):
        return False
    return noun.lower_ in {t.lower_ for t in _expand_conj([earlier])}


def _place_named_back(noun: Token, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a later figure's place is a bare "the" place noun that names the earlier
    figure's place again ("arrested 90 at the University of Texas ... 30 students were detained
    at the university"): the earlier place carries the same noun; "the capital city" after
    "Basra" names another."""
    if ent_label(noun) or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(c.dep_ in ("compound", "amod", "prep", "poss") for c in noun.children):
        return False
    earlier = _own_place_noun(first, lex)
    return earlier is not None and noun.lemma_.lower() in {
        t.lemma_.lower() for t in earlier.subtree
    }


def _parts_of_wider(
    mention: Mention, counted: list[Mention], lex: CasualtyLexicon
) -> list[Mention]:
    """The counted figures before a later figure that its own place phrase holds ("across
    Ukraine" after "in the Kherson region"): each earlier figure's own clause names a place that
    lies strictly within one of the later figure's places, and together they are no larger than
    it. Empty when the later figure names no place of its own, is of an event set apart, or any
    such figure names no place or one it does not hold. A round-up of the whole land
    (`whole_land_nouns`: "62 were killed across the territory" after "a strike in Jabalia
    killed 15") holds figures placed in the country of the article's places."""
    if mention.quantity.partitive or mention.separate:
        return []
    if not mention.placed:
        return _parts_of_whole_land(mention, counted, lex)
    whole = _size(mention.quantity, low_first=True)
    if whole is None:
        return []
    parts = [e for e in counted if e.counts and e.relation is None and not _is_person(e)]
    if not parts:
        return []
    for part in parts:
        if not part.placed or not all(
            any(
                a != b and place_contains(a, b) and not place_contains(b, a) for a in mention.places
            )
            for b in part.places
        ):
            return []
    if sum(_size(p.quantity, low_first=False) or 0 for p in parts) > whole:
        return []
    return parts


def _parts_of_whole_land(
    mention: Mention, counted: list[Mention], lex: CasualtyLexicon
) -> list[Mention]:
    """The counted figures before a round-up of the whole land ("across the territory", "across
    the country") that are placed in the country of the places the round-up inherits, and
    together no larger than it; empty unless every such figure is."""
    if not any(
        t.dep_ == "prep"
        and t.lower_ in lex.round_up_preps
        and any(o.lemma_.lower() in lex.whole_land_nouns for o in _children(t, "pobj"))
        for t in mention.sent
    ):
        return []
    countries = {p.country for p in mention.places if p.country}
    whole = _size(mention.quantity, low_first=True)
    parts = [e for e in counted if e.counts and e.relation is None and not _is_person(e)]
    if not countries or whole is None or not parts:
        return []
    if not all(p.placed and p.places and {q.country for q in p.places} <= countries for p in parts):
        return []
    if sum(_size(p.quantity, low_first=False) or 0 for p in parts) > whole:
        return []
    return parts


def _extracted(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a trapped figure is told as brought out ("rescued ten from the rubble",
    "recovered survivors from the debris"): the first verb above its harm word is one of
    `lex.extraction_verbs`."""
    token = mention.trigger.token
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_.lower() in lex.extraction_verbs
        if token.head == token:
            return False
        token = token.head
    return False


def _still_held_state(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a trapped figure is told as still in ("15 people remained trapped", "30 are
    still under the rubble"): the harm word or its verb is, or has as an adverb, one of the
    `continuing_words`."""
    token = mention.trigger.token
    holders = [token] if token.head == token else [token, token.head]
    return any(
        t.lemma_.lower() in lex.continuing_words
        or any(c.lower_ in lex.continuing_words and c.dep_ == "advmod" for c in t.children)
        for t in holders
    )


def _statuses_meet(a: Mention, b: Mention, lex: CasualtyLexicon) -> bool:
    """False when the words of both count phrases give a victim status and they differ
    ("civilian casualties" against "five soldiers")."""
    doc = a.group.token.doc
    first, second = (_status_of_span(doc, m.quantity.start, m.quantity.end, lex) for m in (a, b))
    return "unknown" in (first, second) or first == second


def _other_nouns(a: Mention, b: Mention) -> bool:
    """Whether two mentions name their people with different nouns ("teens", "guards")."""
    doc = a.group.token.doc
    if a.quantity.noun is None or b.quantity.noun is None:
        return False
    return doc[a.quantity.noun].lemma_.lower() != doc[b.quantity.noun].lemma_.lower()


def _victims_noun(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure names its people only as victims ("two other victims")."""
    noun = mention.quantity.noun
    doc = mention.group.token.doc
    return noun is not None and doc[noun].lemma_.lower() in ("victim", "casualty")


def _other_than_another_harm(mention: Mention, mentions: list[Mention]) -> bool:
    """ "14 people were killed and 21 others injured": "others" sets the group apart from a
    figure of another harm just before it in the sentence, not from an earlier figure of its own
    harm."""
    sent = mention.sent
    return any(
        m.type != mention.type
        and m.quantity.end <= mention.quantity.start
        and sent.start <= m.quantity.start
        for m in mentions
    )


def _sibling_of_others(mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The figure of another harm earlier in the sentence that an additive figure ("two
    others") sets itself apart from ("13 suspects were arrested and two others were killed"):
    the last such figure, or None when the figure is not additive or has none."""
    if not mention.quantity.additive:
        return None
    siblings = [
        m
        for m in mentions
        if m.type != mention.type
        and m.quantity.end <= mention.quantity.start
        and mention.sent is not None
        and mention.sent.start <= m.quantity.start
    ]
    return siblings[-1] if siblings else None


def _other_people(
    mention: Mention, first: Mention, lex: CasualtyLexicon, by_noun: bool = True
) -> bool:
    """Whether two figures name different kinds of people: attackers and victims, two
    nationalities, and (`by_noun`) two nouns ("girls" and "men"). A revised toll told without
    a noun names the people of the figure it revises ("23 civilians ... the figure had
    climbed to 31")."""
    told = first
    first = _revised_people(first)
    # "arrested 17 people ... Eleven of the suspects were held in Spain": those a state holds
    # are suspects whatever the first figure calls them.
    suspects = mention.type in lex.suspect_types and first.type in lex.suspect_types
    if mention.quantity.partitive:
        # "one of those patients" is one of them; "two of the abductors" are of the attackers
        return not suspects and _perpetrator(mention, lex) and not _perpetrator(first, lex)
    definite = any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
        for c in mention.group.token.children
    )
    if (
        not suspects
        and _perpetrator(mention, lex)
        and not _perpetrator(first, lex)
        and not definite
        # "a police raid left ten dead ... nine suspects were killed": the raid's own dead
        and not _done_by_forces(first, lex)
    ):
        return True  # "14 people were killed ... two suspects were killed by police"
    if (
        not suspects
        and _perpetrator(first, lex)
        and not _perpetrator(mention, lex)
        and not definite
        and not _sums_told(mention, lex)
    ):
        # "officers killed six gang members ... 19 bodies had been recovered": the attackers'
        # victims told after them are other people (a partitive has returned above); "a
        # total of 15" may sum them too
        return True
    doc = mention.group.token.doc
    origins = [_nationality(m) for m in (mention, first)]
    if origins[0] and origins[1]:
        return origins[0] != origins[1]  # "Israeli soldiers" and "Palestinians"
    statuses = [_noun_status(m, lex) for m in (mention, first)]
    if statuses[0] and statuses[1] and statuses[0] != statuses[1]:
        return True  # "several civilians" and "more than 40 terrorists", vague or not
    if _other_sides(mention, first, lex):
        return True  # "dozens of soldiers" and "more than 100 terrorists": the two sides
    if (
        _the_same_figure(mention, told)
        and not mention.also
        and not (_perpetrator(mention, lex) and not _perpetrator(first, lex))
        and (
            _perpetrator(mention, lex) == _perpetrator(first, lex)
            or _noun_status(mention, lex) is None
        )
    ):
        # "Eight suspected traffickers were killed ... The eight men died in hospital": "the"
        # with the very figure told before points back to those people, whatever noun the
        # writer varies to (a status or nationality that differs has decided above); "the
        # three attackers were also killed" after three soldiers, or "the three soldiers" after
        # three gunmen, are other people.
        return False
    if (
        not mention.also
        and _status_whole(first, lex) is not None
        and _status_whole(first, lex) == statuses[0]
    ):
        # "killed 40 civilians ... killing 10 students": a group named by its status holds
        # every kind of people of that status ("also killed five worshippers": besides them).
        return False
    if not by_noun or (_kin_whole(first, lex) and _kin_noun(mention, lex)):
        # "a family of four ... her three children": the family's members by their kin noun.
        return False
    if _kin_again(mention, told, lex):
        # "Two brothers were killed ... 'They killed my two sons,' their mother said": kin
        # nouns name the same people from another's side.
        return False
    nouns = []
    for m in (mention, first):
        noun = m.quantity.noun
        lemma = doc[noun].lemma_.lower() if noun is not None else None
        if lemma is None or lemma in lex.words.generic or lemma in lex.words.anaphoric_groups:
            return False
        if doc[noun].pos_ == "PRON":
            return False  # "four of whom were injured": a pronoun names no kind of people
        if ent_label(doc[noun]) == "NORP":
            return False  # "Palestinians" may be the "civilians" of another figure
        if lex.nouns.get(lemma) in CAPTIVE_TYPES:
            return False  # "kidnapped 80 villagers ... 30 hostages": a captive's role, no kind
        nouns.append(lex.words.noun_synonyms.get(lemma, lemma))  # "three men ... three males"
    # "All 162 passengers and crew died ... seven crew": a noun joined to the group's own noun
    # without a figure of its own names part of that group.
    return nouns[0] != nouns[1] and nouns[0] not in _joined_nouns(first, lex)


def _status_whole(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The status a figure's noun names as a whole (`lex.status_wholes`: "civilians" are every
    civilian), or None."""
    noun = mention.quantity.noun
    if noun is None:
        return None
    return lex.status_wholes.get(mention.group.token.doc[noun].lemma_.lower())


def _named_again_part(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """ "At least three were shot ... a woman and two men were taken to a hospital ... The two
    men had gunshot wounds": "the" with the figure and the noun of a part told before names
    that part again, not another part of the whole."""
    doc = mention.group.token.doc

    def noun(m: Mention) -> str | None:
        if m.quantity.noun is None:
            return None
        lemma = doc[m.quantity.noun].lemma_.lower()
        return lex.words.noun_synonyms.get(lemma, lemma)

    return next(
        (
            e
            for e in reversed(earlier)
            if e.type == mention.type
            and e.relation == "subset_of"
            and _the_same_figure(mention, e)
            and noun(mention) is not None
            and noun(mention) == noun(e)
        ),
        None,
    )


def _the_same_figure(mention: Mention, first: Mention) -> bool:
    """Whether a figure is "the" with a number of two or more equal to the exact figure of
    `first` ("the eight men" after "eight suspected drug traffickers"), so told of the same
    people; a figure that is a part ("two of the men") or "other" people is not."""
    q, f = mention.quantity, first.quantity
    if q.partitive or q.additive or q.value is None or q.value < 2:
        return False
    if (
        q.value != f.value
        or q.value_upper != f.value_upper
        or "vague" in (q.qualifier, f.qualifier)
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in mention.group.token.children)


def _kin_whole(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure counts a body of kin: its noun is one ("a family of four") or names
    the members of one ("five members of a family")."""
    noun = mention.quantity.noun
    if noun is None:
        return False
    token = mention.group.token.doc[noun]
    kin = lex.words.kin_collectives
    return token.lemma_.lower() in kin or any(
        o.lemma_.lower() in kin
        for prep in _children(token, "prep")
        if prep.lower_ == "of"
        for o in _children(prep, "pobj")
    )


def _kin_again(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a possessed kin figure ("my two sons", "our three children") tells again the
    exact figure of kin told before it ("two brothers"): a kin noun says whose relative someone
    is, so a relative's words name the same people by another kin word. Not a figure told as
    added ("also", "two more") nor a part."""
    q, f = mention.quantity, first.quantity
    if q.partitive or q.additive or mention.also or q.value is None or q.value < 2:
        return False
    if (q.value, q.value_upper, q.qualifier) != (f.value, f.value_upper, f.qualifier):
        return False
    possessed = any(c.dep_ == "poss" for c in mention.group.token.children)
    return possessed and _kin_noun(mention, lex) and _kin_noun(first, lex)


def _kin_noun(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure's noun names members of a family ("her three children", "two sons")."""
    noun = mention.quantity.noun
    return noun is not None and (
        mention.group.token.doc[noun].lemma_.lower() in lex.words.kin_nouns
    )


def _revised_people(mention: Mention) -> Mention:
    """The figure whose words name the people of a revised toll without a noun of its own."""
    seen: set[int] = set()
    while (
        mention.quantity.noun is None
        and mention.relation == "update_of"
        and mention.related is not None
        and id(mention) not in seen
    ):
        seen.add(id(mention))
        mention = mention.related
    return mention


def _noun_status(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The victim status the figure's own noun says by the victims lexicon (civilians,
    combatants, law enforcement), None for a noun that says none ("people", "victims")."""
    noun = mention.quantity.noun
    if noun is None:
        return None
    token = mention.group.token.doc[noun]
    status = lex.words.victim_status.get(token.lemma_.lower()) or lex.words.victim_status.get(
        token.lower_
    )
    if status is None and lex.words.victim_status.get(token.lemma_.lower()) is None:
        status = _body_status(token, lex)
    return status if status != "unknown" else None


def _body_status(noun: Token, lex: CasualtyLexicon) -> str | None:
    """The status of the body a noun says its people belong to: "14 members of the Kurdish
    militant groups" are combatants, as "fighters of the militia" are; the "of" object and its
    own modifiers are read (an armed body, `armed_bodies`, is combatant)."""
    for prep in _children(noun, "prep"):
        if prep.lower_ != "of":
            continue
        for body in _children(prep, "pobj"):
            for word in (body, *(c for c in body.children if c.dep_ in ("amod", "compound"))):
                lemma = word.lemma_.lower()
                status = lex.words.victim_status.get(lemma)
                if status is None and lemma in lex.armed_bodies:
                    status = "combatant"
                if status is not None and status != "unknown":
                    return status
    return None


def _other_sides(mention: Mention, other: Mention, lex: CasualtyLexicon) -> bool:
    """Whether two figures' nouns name the two sides of a war (`combatant_sides`)."""
    sides = [_combatant_side(m, lex) for m in (mention, other)]
    return bool(sides[0] and sides[1] and sides[0] != sides[1])


def _combatant_side(mention: Mention, lex: CasualtyLexicon) -> str | None:
    """The side of a war the figure's own noun names (`combatant_sides`: a state's "soldiers",
    an armed group's "jihadists"), None for a noun of neither side."""
    noun = mention.quantity.noun
    if noun is None:
        return None
    return _token_side(mention.group.token.doc[noun], lex)


def _token_side(token: Token, lex: CasualtyLexicon) -> str | None:
    """The side of a war a word names (`combatant_sides`), None for neither."""
    return lex.combatant_sides.get(token.lemma_.lower()) or lex.combatant_sides.get(token.lower_)


def _told_as_known(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether an exact figure of two or more is written as people already told: "both", "all
    four" (`whole_group_words`, `floating_counts`), or a definite determiner or a pronoun's
    possessive on its noun ("the three officers", "this quadruple homicide", "my two nephews");
    not a part ("two of the dead"), more people ("the other two") or a rank ("the fourth")."""
    q = mention.quantity
    if q.qualifier != "exact" or q.value is None or q.value < 2:
        return False
    if q.partitive or q.additive or q.rank or q.kind == "ordinal":
        return False
    doc = mention.group.token.doc
    whole = lex.words.whole_group_words | set(lex.words.floating_counts)
    if any(t.lower_ in whole for t in doc[q.start : q.end]) or _all_of(mention):
        return True
    head = doc[q.noun] if q.noun is not None else mention.group.token
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in lex.words.definite and c.i < head.i
        for c in head.children
    )


def _known_part(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> Mention | None:
    """The figure a figure told as already known (`_told_as_known`) restates: the latest
    figure before it of the same harm and exact size, unless that one names other people."""
    if not _told_as_known(mention, lex):
        return None
    size = mention.quantity.value
    before = mentions[: next(i for i, m in enumerate(mentions) if m is mention)]
    same = [
        e
        for e in before
        if e.type == mention.type
        and e.time_scope == "incident"
        and not e.superseded
        and e.quantity.qualifier == "exact"
        and e.quantity.value == size
        and e.quantity.value_upper is None
    ]
    if not same or _genders_clash(mention, same[-1], lex):
        return None  # "Two women were hurt ... The two men were treated": other people
    # "Two boys were hurt ... her two sons were injured": a kin noun names the people by whose
    # they are, not a kind that another noun rules out
    if _other_people(mention, same[-1], lex, by_noun=not _kin_noun(mention, lex)):
        return None
    return same[-1]


def _all_of(mention: Mention) -> bool:
    """Whether a figure is told with "all" ("all four", "all 12 victims"): reads the words of
    the count and the number's own modifiers."""
    doc = mention.group.token.doc
    q = mention.quantity
    words = list(doc[q.start : q.end])
    if q.start > 0:
        words.append(doc[q.start - 1])
    for token in list(words):
        words.extend(token.children)
    return any(t.lower_ == "all" and t.dep_ in ("det", "predet", "advmod", "amod") for t in words)


def _not_of_group(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """Whether one person's noun rules out the group's noun ("her two children were injured ...
    An officer suffered a hand injury", "two boys were hurt ... a woman"): an adult among
    children, or one of the forces among civilians, is someone besides them."""
    if not _stages_meet(_life_stage(person, lex), _life_stage(group, lex)):
        return True
    if _life_stage(person, lex) == "child" and _noun_status(group, lex) in FORCE_STATUSES:
        return True  # "Three officers were injured ... A 17-year-old boy was taken to hospital"
    return _noun_status(person, lex) in FORCE_STATUSES and _noun_status(group, lex) == "civilian"


def _first_named_row(
    person: Mention, before: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The first row among `before` of a named person (the same referent or the same name);
    None for a person not named, or named in no row before."""
    if person.quantity.kind != "named":
        return None
    return next(
        (
            e
            for e in before
            if e.quantity.kind == "named"
            and ((person.referent and e.referent == person.referent) or _same_name(e, person, lex))
        ),
        None,
    )


def _first_told_apart(first: Mention | None, group: Mention) -> bool:
    """Whether a named person's first row (`_first_named_row`) came after `group` without being
    made part of it ("two foreign visitors died ... Police detained eight people, including Li
    Wenliang ... Li died"): the person was told as someone besides that group then, and is so
    still. The first row is looked up once per person, not once per group it is tried on."""
    return (
        first is not None
        and first.quantity.start > group.quantity.start
        and _canonical(first).related is not group
        and first.related is not group
    )


def _another_kind(person: Mention, group: Mention, lex: CasualtyLexicon) -> bool:
    """Whether "another" + a role noun adds a person the earlier group does not name: "25 were
    injured ... another soldier was wounded" is one more; "six people were shot ... another
    victim was shot in the leg" (a noun any victim may take) and "three soldiers were hurt ...
    another soldier" (the group's own noun) may be one of them."""
    if not person.quantity.additive or person.quantity.noun is None:
        return False
    doc = person.group.token.doc
    lemma = doc[person.quantity.noun].lemma_.lower()
    words = lex.words
    if lemma in words.generic or lemma in words.anaphoric or lemma in words.anaphoric_groups:
        return False
    noun = doc[person.quantity.noun]
    if noun.dep_ == "pobj" and noun.head.lower_ in PART_PREPS:
        # "hitting him and other people ... struck multiple other targets including another
        # witness who was shot": told as one of those struck, "another" sets him beside the
        # victim told first, not beside the group
        return False
    own = group.quantity.noun
    if own is None:
        return True
    own_lemma = doc[own].lemma_.lower()
    return words.noun_synonyms.get(lemma, lemma) != words.noun_synonyms.get(own_lemma, own_lemma)


def _remainder(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a figure is what is left of a group ("the rest remain in custody", "the
    remainder are still missing"): a part of it, never a restatement."""
    doc = mention.group.token.doc
    return any(
        t.lemma_.lower() in lex.remainder_nouns
        for t in doc[mention.quantity.start : mention.quantity.end]
    )


def _names_a_part(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a vague figure opens with a word that names only part of a group ("18 were
    injured ... some victims were taken to hospital", "several victims were treated at the
    scene"): some of the people counted before, not all of them told again. Not after a degree
    word ("so many people were wounded that ..."), a size; nor when the figure before opens with
    the same word ("several families ... several families"), that group told again."""
    figure, earlier = mention.quantity, first.quantity
    doc = mention.group.token.doc
    if figure.start > 0 and doc[figure.start - 1].lower_ in lex.words.part_word_degrees:
        return False
    words = doc[figure.start : figure.end].text.lower().split()
    # a part word of any length in the lexicon ("some", "a handful"), the longest that fits
    part = max(
        (p for p in lex.words.part_words if words[: len(p.split())] == p.split()),
        key=len,
        default=None,
    )
    return part is not None and not doc[earlier.start : earlier.end].text.lower().startswith(part)


def _rest_held(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a captive or missing figure is what is left of the group told before ("arrested
    50 ... the rest remain in custody"): a part of it. Of the dead, "the rest" restates the
    figure of those not saved ("Five crew were rescued while the rest are presumed dead")."""
    return mention.type in (*CAPTIVE_TYPES, "missing") and _remainder(mention, lex)


def _same_noun(one: Quantity, other: Quantity, doc: Doc) -> bool:
    """Whether two count phrases count the same noun ("62 passengers" ... "Twenty-three
    passengers remain in captivity"): the same people named again."""
    return (
        one.noun is not None
        and other.noun is not None
        and doc[one.noun].lemma_.lower() == doc[other.noun].lemma_.lower()
    )


def _captives_still_held(
    mention: Mention, before: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """The earlier captive group a captivity without a captor of its own is part of ("abducted
    40 people ... Fifteen of them remain in captivity", "... the rest are still being held"):
    the last counted group of the other captive type, when this one is a partitive of it or
    "the rest" and names no captor (`_captor_type`). None otherwise: "Police arrested two of
    the kidnappers" names its captor and is a detention of its own."""
    if mention.type not in CAPTIVE_TYPES or not before:
        return None
    anchor = mention.trigger.token
    if anchor.lemma_.lower() not in lex.state_words or _captor_type(anchor, lex) is not None:
        return None  # "Soldiers arrested 12 of them": an act of its own, not a state
    doc = mention.group.token.doc
    named = next(
        (
            lex.nouns[t.lemma_.lower()]
            for t in doc[mention.quantity.start : mention.quantity.end]
            if lex.nouns.get(t.lemma_.lower()) in CAPTIVE_TYPES
        ),
        None,
    )
    if named is not None and named != mention.type:
        # "The rest of the hostages were still being held": the noun says who holds them.
        mention.type = named
        whole = _last_counted(before, named)
        return whole if whole is not None and _remainder(mention, lex) else None
    last = max(before, key=lambda e: e.quantity.end)
    if last.type not in CAPTIVE_TYPES or last.type == mention.type or not last.counts:
        return None
    if _remainder(mention, lex) or _whole_of_another_harm(mention, before, lex):
        return last
    # "abducted 87 people ... 76 are still being held": a bare figure no larger, in the next
    # sentence, is what is left of them.
    q, doc = mention.quantity, mention.group.token.doc
    size, whole = _size(q, low_first=False), _size(last.quantity, low_first=True)
    if (
        (q.noun is None or _same_noun(q, last.quantity, doc))
        and size is not None
        and whole is not None
        and size <= whole
        and not any(not t.is_space for t in doc[last.sent.end : mention.sent.start])
        and last.sent.start < mention.sent.start
    ):
        return last
    return None


def _fronted_whole_told(
    mention: Mention, earlier: list[Mention], lex: CasualtyLexicon
) -> Mention | None:
    """ "Eight of the 14 killings since 1993 ... Of the eight victims, three were stabbed, two
    were beaten to death": a part of a fronted whole whose number is a figure of that harm told
    before is part of that figure, counted or not (a tally, a superseded toll), so it counts
    for nothing itself; None when the whole gives no number or none was told."""
    opener = mention.sent[0]
    if opener.lower_ != "of" or opener.i >= mention.quantity.start:
        return None
    whole = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if whole is None:
        return None
    number = next((c for c in whole.children if c.dep_ == "nummod"), None)
    if number is None:
        return None
    value = numeral_value(whole.doc, number.i, number.i + 1, lex.words)
    told = [
        e
        for e in earlier
        if e.type == mention.type
        and e.quantity.value == value
        and e.quantity.qualifier == "exact"
        and e.quantity.end <= mention.quantity.start
    ]
    return told[-1] if told else None


def _uncounted_whole_of_sentence(mention: Mention, earlier: list[Mention]) -> Mention | None:
    """ "SOHR put the death toll at 11, saying the dead included eight Iranians and two
    Syrians": a part whose whole is another source's figure (`conflicts_with`) or a superseded
    one, told in the same sentence, is part of that figure, which counts for nothing itself."""
    size = _size(mention.quantity, low_first=True) or 1
    wholes = [
        e
        for e in earlier
        if e.sent.start == mention.sent.start
        and e.type == mention.type
        and not e.counts
        and e.relation in ("conflicts_with", "update_of", None)
        and e.quantity.end <= mention.quantity.start
        and not _is_singular(e)
        and not _coordinated(mention.group.token, e.group.token)
        and (_size(e.quantity, low_first=True) or 0) >= size
    ]
    return wholes[-1] if wholes else None


def _whole_of_another_harm(mention: Mention, before: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether the whole of a partitive ("two of them", "four of the gunmen") is the group
    last told, in this sentence or the one before, with another harm: "them" is that group, as
    is a noun its own figure names ("captured 11 of the gunmen; four of the gunmen died")."""
    q = mention.quantity
    if not q.partitive or q.noun is None or not before:
        return False
    doc = mention.group.token.doc
    whole = doc[q.noun]
    last = max(before, key=lambda e: e.quantity.end)
    if (
        last.type == mention.type
        or last.quantity.end > q.start
        or _is_singular(last)
        or last.quantity.kind in ("zero", "none")
        or any(not t.is_space for t in doc[last.sent.end : mention.sent.start])
    ):
        return False
    if any(
        c.dep_ == "acl" and lex.verbs.get(c.lemma_.lower()) == mention.type for c in whole.children
    ):
        return False  # "at least 12 of those killed": the whole names the mention's own harm
    if lex.adjectives.get(whole.lower_) == mention.type:
        # "five of the wounded died ... 27 of the wounded were taken to a hospital": the
        # wounded are the injured group, not the five who died of them.
        return False
    if lex.adjectives.get(whole.lower_) in CAPTIVE_TYPES:
        return True  # "detained at least 30 ... Four of the detained were later found dead"
    if whole.pos_ == "PRON":
        return whole.lower_ in ("them", "those", "these")
    own = last.quantity.noun
    return own is not None and doc[own].lemma_.lower() == whole.lemma_.lower()


def _whole_refers_back(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the whole of a partitive ("some of X") can be an earlier counted group: a
    pronoun ("some of them"), a harm or reference word ("four of the dead", "most of the
    victims"), the earlier group's own noun, or a definite noun for a group told without one
    ("twelve were killed ... some of the soldiers"). A possessed other noun ("some of their
    troops") names people of its own."""
    noun = mention.quantity.noun
    if noun is None:
        return True
    doc = mention.group.token.doc
    whole = doc[noun]
    lemma = whole.lemma_.lower()
    if whole.pos_ == "PRON" or lemma in lex.words.anaphoric_groups:
        return True
    if lemma in lex.adjectives or lemma in lex.nouns or lemma in lex.reference_nouns:
        return True
    if whole.lower_ in lex.adjectives:
        return True  # "the injured", "the wounded" (lemmatised as verbs)
    own = first.quantity.noun
    own_lemma = doc[own].lemma_.lower() if own is not None else None
    synonyms = lex.words.noun_synonyms
    if own_lemma is not None and synonyms.get(lemma, lemma) == synonyms.get(own_lemma, own_lemma):
        return True
    if own_lemma is None or own_lemma in lex.words.generic:
        return not any(c.dep_ == "poss" for c in whole.children)
    return False


def _joined_nouns(mention: Mention, lex: CasualtyLexicon) -> set[str]:
    """The lemmas of the nouns coordinated with a figure's noun that have no number of their
    own ("162 passengers and crew": "crew"; not "two girls and two men")."""
    if mention.quantity.noun is None:
        return set()
    noun = mention.group.token.doc[mention.quantity.noun]
    out = set()
    for conj in noun.conjuncts:
        if conj.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "nummod" or c.like_num for c in conj.children
        ):
            lemma = conj.lemma_.lower()
            out.add(lex.words.noun_synonyms.get(lemma, lemma))
    return out


def _nationality(mention: Mention) -> str | None:
    """The nationality a figure's noun phrase gives ("Israeli soldiers", "Palestinians")."""
    noun = mention.quantity.noun
    return None if noun is None else _noun_nationality(mention.group.token.doc[noun])


def _nationalities_differ(a: Mention, b: Mention) -> bool:
    """Whether both noun phrases give a nationality and they differ ("an Israeli soldier",
    "23 Palestinians"): no one of them is of the other."""
    first, second = _nationality(a), _nationality(b)
    return bool(first and second and first != second)


def _sums_told(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the count phrase is a total ("A total of 15"): it may hold anyone told."""
    doc = mention.group.token.doc
    span = doc[mention.quantity.start : mention.quantity.end]
    return any(t.lemma_.lower() in lex.words.totals for t in span)


def _parts_of_one_toll(mention: Mention, first: Mention, counted: list[Mention]) -> list[Mention]:
    """The counted figures one harm word joined ("killing 15 officers and several civilians"),
    when a revised toll ("the toll had risen to 20") follows a vague last one of them; empty
    otherwise."""
    if not mention.group.update or first.quantity.qualifier != "vague":
        return []
    parts = [e for e in counted if e.trigger.token == first.trigger.token and e.counts]
    return parts if len(parts) > 1 and first in parts else []


def _attackers_apart(mention: Mention, first: Mention, lex: CasualtyLexicon) -> bool:
    """ "Gunmen stormed a hotel, killing nine people ... all five attackers were killed": a
    clause of its own that harms the attackers tells them apart from the people they harmed
    (a toll that holds them says so: "nine people, including five attackers"); a noun phrase
    that only names them by the harm ("the three injured suspects") points back. Those held
    are suspects by the arrest ("detained scores of young men ... 60 suspects"): no apart.
    Nor are suspects after a toll the forces' own action made ("a police raid left at least
    ten dead ... Nine suspects were killed in shootouts with officers"): they are its dead."""
    return (
        mention.type != "detained"
        and not mention.quantity.partitive
        and not _harm_in_phrase(mention)
        and _perpetrator(mention, lex)
        and not _perpetrator(first, lex)
        and not _done_by_forces(first, lex)
    )


def _doers_named_harmed(mention: Mention, first: Mention) -> bool:
    """Whether a later figure's people are named after those who did the earlier harm ("the
    Rapid Support Forces killed at least 40 people ... air strikes had killed dozens of RSF
    fighters", "al-Shabaab killed ten soldiers ... the army killed 30 al-Shabaab fighters"): a
    name or its initials on the later noun that the earlier harm's doers carry. The attackers
    harmed are other people than those they harmed, however vague the figure."""
    noun = mention.quantity.noun
    if noun is None or mention.quantity.partitive:
        return False
    doc = mention.group.token.doc
    names = [
        c
        for c in doc[noun].children
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.pos_ == "PROPN"
    ]
    if not names or _the_same_figure(mention, first):
        return False  # "the seven CIA employees" after "seven CIA employees": those people
    doers = [t for d in _doers(first) for t in _name_words(d)]
    if not doers:
        return False
    words = {t.lower_ for t in doers if t.pos_ == "PROPN"}
    initials, run = set(), ""
    for t in doers:
        if t.pos_ == "PROPN" and t.is_title:
            run += t.text[0]
            continue
        if len(run) > 1:
            initials.add(run)
        run = ""
    if len(run) > 1:
        initials.add(run)
    return any(n.lower_ in words or n.text in initials for n in names)


def _name_words(noun: Token) -> list[Token]:
    """A noun and the words that name it ("Sudan's Rapid Support Forces", "Boko Haram
    gunmen"), in text order: its compounds, modifiers and possessors, not its phrases ("the
    attack on the CIA base" names no CIA)."""
    words = [noun]
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "flat", "case"):
            words += _name_words(child)
    return sorted(words, key=lambda t: t.i)


def _done_by_forces(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a state's forces did a figure's harm, named ("police killed four") or by an
    action of theirs ("a police operation left ten dead", "an army raid killed 12"); not an
    armed group's ("Militants killed eight"), whose own dead are told apart."""

    def state_force(token: Token) -> bool:
        return _force_status(token, lex) is not None and _token_side(token, lex) in (None, "state")

    return any(
        state_force(d) or any(c.dep_ in ("compound", "amod") and state_force(c) for c in d.children)
        for d in _doers(mention)
    )


def _held_suspects(group: Mention, part: Mention, lex: CasualtyLexicon) -> bool:
    """ "Police detained 12 suspects ... A Syrian woman was among those detained": those
    arrested are suspects by the arrest, so a part told by any other noun may still be of
    them; only a victim's harm keeps the attackers apart from the people it counts."""
    return group.type == part.type == "detained" and _perpetrator(group, lex)


def _perpetrator(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a mention's people are the attackers ("two suspects", "the gunman")."""
    noun = mention.quantity.noun
    if noun is None:
        return mention.quantity.kind in ("pronoun", "named") and _harmed_by_police(mention, lex)
    word = mention.group.token.doc[noun]
    lemma = word.lemma_.lower()
    # "six gang members", "two cartel members": the compound says whose members they are
    kinds = [lemma, *(f"{c.lower_} {lemma}" for c in word.children if c.dep_ == "compound")]
    return any(k in lex.words.perpetrators for k in kinds)


def _armed_fleeing(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a flight is armed men's, an escape or victims' ("dozens of gunmen fled Kano",
    "scores of militants fled into the bush", "4,000 inmates fled the prison", "three victims
    fled the area"): not people displaced.
    Reads the counted noun, which a partitive ("dozens of") keeps from the subject the
    patterns check."""
    if mention.trigger.token.lemma_.lower() not in lex.departure_verbs:
        return False
    noun = mention.quantity.noun
    if noun is None:
        return False
    lemma = mention.group.token.doc[noun].lemma_.lower()
    return (
        lemma in lex.words.perpetrators
        or lemma in lex.escapee_nouns  # "4,000 inmates fled the penitentiary": an escape
        # "three other victims fled the area": people already harmed leaving the scene of
        # their harm, not people driven from their homes
        or lemma in lex.reference_nouns
        or lex.words.victim_status.get(lemma) in FORCE_STATUSES
    )


def _travellers_evacuated(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether an evacuation takes travellers off their vehicle ("162 passengers and six crew
    members were evacuated", "evacuated 300 commuters from the train"): they leave a plane,
    train or ship, not their homes, so they are no people displaced (like people rescued from
    a burning boat). Residents, families or villagers evacuated stay displaced."""
    if mention.trigger.token.lemma_.lower() not in lex.evacuation_verbs:
        return False
    noun = mention.quantity.noun
    if noun is None:
        return False
    word = mention.group.token.doc[noun]
    kinds = [
        word.lemma_.lower(),
        *(c.lemma_.lower() for c in word.children if c.dep_ == "compound"),
    ]
    return any(k in lex.traveller_nouns for k in kinds)


def _scene_evacuated(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether an evacuation only takes people out of a building at the scene ("officers
    began evacuating people, including children", "she was evacuated", "Once evacuated, victims
    and other building occupants were taken to a golf course"): no figure, no people of a home
    (`resident_nouns`) and no home, town or camp (`home_place_nouns`, a place name) left or
    reached, so no one is displaced. "Around 4,500 people have been evacuated to relief camps",
    "residents were evacuated" and "people were evacuated from their homes" stay displaced."""
    verb = mention.trigger.token
    if verb.lemma_.lower() not in lex.evacuation_verbs:
        return False
    q = mention.quantity
    # "other building occupants" is as bare as a plural; "hundreds" is a figure
    bare = q.kind in ("plural", "pronoun", "definite", "indefinite")
    if not (bare or (q.kind == "vague" and (q.low or 0) <= 2)):
        return False
    doc = verb.doc
    if any(doc[i].lemma_.lower() in lex.resident_nouns for i in range(q.start, q.end)):
        return False
    return not any(
        t.lemma_.lower() in lex.home_place_nouns or ent_label(t) in ("GPE", "LOC")
        for t in verb.subtree
    )


def _harmed_by_police(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "Police arrived and shot him dead", "he was shot by officers": one person whom the
    police (a `captors` word of detention) harmed is the attacker, not one of his victims."""
    verb = mention.trigger.token
    if verb.pos_ != "VERB":
        verb = verb.head  # "shot him dead": the adjective's verb
    if verb.pos_ != "VERB":
        return False
    if _is_passive(verb):
        doers = [o for a in _children(verb, "agent") for o in _children(a, "pobj")]
    else:
        doers = _subjects(verb)
    return any(
        lex.captors.get(d.lemma_.lower(), lex.captors.get(d.lower_)) == "detained" for d in doers
    )


def _resolve_mechanism(mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """ "shot five people" where people died in the same incident: the same people when a death
    toll gives their number, else the killed and the injured together."""
    for mention in mentions:
        if mention.trigger.mechanism and mention.type == "injured" and _fatal_aside(mention, lex):
            mention.type = "killed"
    killed = [m for m in mentions if m.type == "killed" and m.time_scope == "incident"]
    for mention in mentions:
        if _headline_shot_died(mention, mentions):
            mention.type = "killed"
    for mention in mentions:
        if not mention.trigger.mechanism or mention.type != "injured":
            continue
        if _is_singular(mention) or mention.quantity.kind not in ("numeric", "vague", "plural"):
            continue
        if mention.persons and _listed_death_told(mention, mentions, lex):
            # "shot Marcus Hill and Devon Carter ... Hill was pronounced dead": a row per name,
            # the death told of its own name (`_listed_name_died`); "killed or injured" would
            # count the dead twice.
            continue
        same_incident = [
            k for k in killed if _same_incident(k, mention, lex) and _same_incident(mention, k, lex)
        ]
        if not same_incident:
            continue
        value = mention.quantity.value
        if value is not None and any(
            k.quantity.value == value
            and (k.trigger.type == REFERENCE or not _other_nouns(k, mention))
            for k in same_incident
        ):
            mention.type = "killed"  # "two were killed ... both were shot in the head"
        elif _part_of_the_dead_just_told(mention, mentions):
            # "At least six people were killed ... three of them had been shot in the head":
            # how some of the dead died, not the dead and the wounded together
            mention.type = "killed"
        elif _told_injured(mention, mentions, lex):
            continue  # "one died and six were hurt ... found six people shot"
        elif any(_joined_clauses(mention, k) and not k.quantity.partitive for k in same_incident):
            # "At least fifteen people were shot and two people were killed": the sentence
            # tells its wounded and its dead apart, clause by clause (the GVA annotators'
            # rows); not "Five were shot, two of them fatally", a part of those shot
            continue
        elif _all_victims_told(mention, mentions, lex):
            if _shot_verb(mention):
                # "the five victims were shot": the dead and the wounded again, not counted
                # twice (as `_victims_of_both_harms` reads "Police have named four victims")
                mention.type, mention.counts = "killed_or_injured", False
            continue
        elif _others_than_the_dead(mention, same_incident, lex):
            continue  # "Two were shot dead ... Five other people were hit": the survivors
        elif _counts_all_dead(mention, same_incident):
            mention.type = "killed"
        elif _dead_all_told(mention, same_incident, mentions, lex):
            continue  # "A man was killed and six hurt ... a 28-year-old died ... two men shot"
        elif _carried_for_care(mention, lex):
            continue  # "Three residents who were shot in the legs were taken to hospital"
        else:
            mention.type = "killed_or_injured"
        _retype_own_parts(mention, mentions)


def _part_of_the_dead_just_told(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a shooting figure is a part of a pronoun ("three of them were shot") whose
    group is the last figure told before it, a toll of the dead at least as large: "them" are
    those dead. After a figure of the wounded or of other people it stays read as shootings."""
    if not _of_them(mention):
        return False
    before = [m for m in mentions if m.quantity.end <= mention.quantity.start]
    if not before:
        return False
    last = max(before, key=lambda m: m.quantity.start)
    size = _size(last.quantity, low_first=True) or 0
    return (
        last.type == "killed"
        and not last.quantity.partitive
        and last.time_scope == "incident"
        and size >= (mention.quantity.value or 1)
    )


def _carried_for_care(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether the people a relative clause tells shot are, in the clause they are the subject
    of, taken or treated for care ("Three residents who were shot in the legs were taken to
    the Federal Medical Centre"): the wounded, alive, not the dead and the wounded together.
    A death told in the same sentence ("were taken to hospital, where two died") leaves them
    mixed."""
    trigger = mention.trigger.token
    group = mention.group.token
    verb = group.head
    if trigger.dep_ != "relcl" or trigger.head != group or verb == trigger:
        return False
    if group.dep_ != "nsubjpass" or verb.lemma_.lower() not in lex.treatment_verbs:
        return False
    sent = group.sent
    return not any(
        t.lemma_.lower() in lex.intransitive or t.lower_ in ("dead", "killed")
        for t in sent
        if t.i > verb.i
    )


def _shot_verb(mention: Mention) -> bool:
    """Whether a figure of all the victims again is told with the verb of how ("the five
    victims were shot", "three people shot in the shooting"): "shot" says how, not how badly,
    so the dead among them are shot too; a wound they are found with ("found three people
    suffering from gunshot wounds") tells the wounded."""
    return mention.trigger.role == "verb" and mention.trigger.token.pos_ == "VERB"


def _retype_own_parts(group: Mention, mentions: list[Mention]) -> None:
    """ "A man was one of four people struck by gunfire ... Two of the four died": a part told
    by the group's own harm word has no harm of its own, so it takes the harm the group was
    read to have and stays its part."""
    for part in mentions:
        # "one of them fatally" has a harm of its own, which it keeps
        if (
            part.parent is group
            and part.trigger.token == group.trigger.token
            and part.type == "injured"
        ):
            part.type = group.type


def _headline_shot_died(mention: Mention, mentions: list[Mention]) -> bool:
    """ "Homeowner shoots intruder ... shot and killed a man who broke in": a headline tells
    only how one person was harmed; when every person the story says was harmed died, the
    headline's person is one of the dead, not a wounded survivor besides them ("Officer shot;
    suspect dead ... the officer was hit in the leg" keeps its wounded officer)."""
    if not (mention.trigger.mechanism and mention.type == "injured" and _is_person(mention)):
        return False
    breaks = _line_breaks(mention.group.token.doc)
    if not breaks or mention.quantity.end > breaks[0]:
        return False  # no headline: the text's first line, set off by a break
    body = [
        m
        for m in mentions
        if m.quantity.start > breaks[0]
        and m.type in HARM_TYPES
        and m.time_scope == "incident"
        and (m.quantity.value or 0) > 0
    ]
    return bool(body) and all(m.type == "killed" for m in body)


def _others_than_the_dead(mention: Mention, killed: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether a shooting figure set apart by "other" from the people told before ("Five other
    people were hit by bullets") follows every death of its incident: the dead are told, so the
    others are the wounded, not the dead and the wounded together."""
    token = mention.group.token
    doc = token.doc
    words = doc[mention.quantity.start : mention.quantity.end]
    if not any(t.lower_ in lex.other_words for t in [*words, *token.children]):
        return False
    return bool(killed) and all(k.group.token.i < mention.quantity.start for k in killed)


def _fatal_aside(mention: Mention, lex: CasualtyLexicon) -> bool:
    """ "11 people were shot, two of them fatally": an aside that counts some of the people
    shot with "fatally" counts deaths, the adverb set on its number, not on the verb."""
    return any(a.dep_ == "advmod" for a in _fatal_adverbs(mention.group.token, lex))


def _told_injured(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether a shooting figure repeats an injury figure of its incident told before it ("a
    man was killed and six were injured ... six people had been shot"): the number of the
    wounded, not of the dead and the wounded together."""
    value = mention.quantity.value
    if value is None:
        return False
    before = [
        other
        for other in mentions
        if other.type in ("injured", "killed_or_injured")
        and other.group.token.i < mention.group.token.i
        and _same_incident(other, mention, lex)
    ]
    if any(other.type == "killed_or_injured" for other in before):
        return False  # "killed two, hurt three ... the five victims ... three people shot": of all
    return any(
        other.type == "injured" and not other.trigger.mechanism and other.quantity.value == value
        for other in before
    )


def _all_victims_told(mention: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether a figure of the wounded or shot, told with no "other"/"more", is the sum of the
    deaths and the injuries its incident counted before it, each told exactly ("a boy was
    killed and two people were injured ... officers found three people with gunshot wounds"):
    all the victims again, the dead among them."""
    q = mention.quantity
    if q.additive or q.partitive or q.value is None or q.qualifier != "exact":
        return False
    if mention.type not in ("injured", "killed_or_injured") or _is_singular(mention):
        return False
    before = [
        e
        for e in mentions
        if e.counts
        and e.type in ("killed", "injured")
        and e.time_scope == "incident"
        and e.group.token.i < mention.group.token.i
        and _same_incident(e, mention, lex)
    ]
    kinds = {e.type for e in before}
    if kinds != {"killed", "injured"} or any(e.quantity.qualifier != "exact" for e in before):
        return False
    if q.noun is not None:
        # "three people", "three victims", "two adult males" after "one man ... another" may
        # be those told; "only two officers shot" after a boy and his father are their own.
        lemma = mention.group.token.doc[q.noun].lemma_.lower()
        if lemma not in lex.words.anaphoric_groups and not all(
            _may_name_same_people(mention, e, lex) for e in before
        ):
            return False
    return sum(e.quantity.value or 0 for e in before) == q.value


def _dead_all_told(
    mention: Mention, killed: list[Mention], mentions: list[Mention], lex: CasualtyLexicon
) -> bool:
    """Whether, before a shooting figure, its incident gave a toll of the wounded and told each
    of its dead one by one ("A man was killed and six other people were hurt ... a 28-year-old
    man was shot in the head and died ... two men were shot in the legs"): the dead are all
    accounted for, so the people shot after them are of the wounded."""
    before = [m for m in mentions if m.group.token.i < mention.group.token.i]
    wounded = [
        m
        for m in before
        if m.type == "injured" and not _is_singular(m) and _same_incident(m, mention, lex)
    ]
    dead = [k for k in killed if k in before]
    if not wounded or not dead:
        return False
    size = _size(mention.quantity, low_first=True)
    if size is not None and size > max(_size(w.quantity, low_first=True) or 0 for w in wounded):
        return False  # "the five victims were shot": more than the wounded, so the dead too
    toll = dead[0]  # the first death figure states the toll; the people after it tell it
    people = [k for k in dead[1:] if _is_singular(k)]
    return len(people) >= (_size(toll.quantity, low_first=True) or 1)


def _counts_all_dead(mention: Mention, killed: list[Mention]) -> bool:
    """ "A man and two women were found dead ... The three had been stabbed": a figure that is
    the sum of the groups one death clause coordinates, told with no "other"/"more", says how
    those dead were harmed. Figures from separate clauses may tell one person twice, so they
    are not summed."""
    if mention.quantity.additive or mention.quantity.value is None:
        return False
    by_clause: dict[int, list[int | None]] = {}
    for k in killed:
        by_clause.setdefault(k.trigger.token.i, []).append(k.quantity.value)
    return any(
        len(values) > 1 and None not in values and sum(values) == mention.quantity.value
        for values in by_clause.values()
    )


# -- the whole article -------------------------------------------------------------------------


def paragraph_sentence(token: Token) -> Span:
    """The token's sentence cut at line breaks: the parser sometimes runs a headline or a
    caption into the next paragraph ("Man dead after shooting\n\nA man died ..."), and what
    a line says belongs to its own sentence (its dates, places and people)."""
    sent = token.sent
    start, end = sent.start, sent.end
    # the line breaks nearest the token, not a scan of the sentence's tokens
    breaks = _line_breaks(token.doc)
    before = bisect.bisect_left(breaks, token.i)
    if before and breaks[before - 1] >= sent.start:
        start = breaks[before - 1] + 1
    after = bisect.bisect_right(breaks, token.i)
    if after < len(breaks) and breaks[after] < sent.end:
        end = breaks[after]
    return token.doc[start:end]


def _line_breaks(doc: Doc) -> list[int]:
    """The indices of the tokens holding a line break, in order (the whitespace tokens found
    at C speed, then only those read)."""
    memo = _memo(doc, "line_breaks")
    if memo is not None and "breaks" in memo:
        return list(memo["breaks"])  # read for every figure
    spaces = numpy.flatnonzero(doc.to_array(IS_SPACE))
    breaks = [int(i) for i in spaces if "\n" in doc[int(i)].text]
    if memo is not None:
        memo["breaks"] = list(breaks)
    return breaks


def _paragraph_start(breaks: list[int], start: int) -> int:
    """The index of the first token of the paragraph holding token `start`: after the last
    line break (`breaks`, from `_line_breaks`) before it."""
    before = bisect.bisect_left(breaks, start)
    return breaks[before - 1] + 1 if before else 0


CLIP_LENGTH = re.compile(r"\d{1,2}:\d\d")
#: running times on one line that make it a list of clips
CLIP_LIST_TIMES = 3
#: words a clip's title stays under (a live page's entry after its time is a paragraph)
CLIP_TITLE_WORDS = 20


def _title_after(doc: Doc, breaks: list[int], i: int) -> bool:
    """Whether the rest of the line after the time at `i` reads as a clip's title: a headline
    is short and ends without a full stop, where a live page's "09:12 A Russian guided bomb
    struck ..., killing two people, the governor said." is prose."""
    after = bisect.bisect_right(breaks, i)
    end = breaks[after] if after < len(breaks) else len(doc)
    words = [t for t in doc[i + 1 : end] if not (t.is_space or t.is_punct)]
    last = next((t for t in reversed(doc[i + 1 : end]) if not t.is_space), None)
    return 0 < len(words) < CLIP_TITLE_WORDS and (last is None or last.text != ".")


def _clip_entries(doc: Doc, mentions: list[Mention]) -> bool:
    """ "0:43 Homeless man found dead in Parkland; suspect arrested", "More Videos 11:32 Police
    tackle man ... Pause 0:35 Three shot at Del Paso Heights park": on a page listing two or
    more clips, each clip's running time opens the title of a video of its own incident. The
    figures up to the next running time or the end of the line are that clip's entry (the
    running time's index), the story's figures another one (-1). Whether the page lists clips
    (not on a live page, whose entries `_live_entries` gave)."""
    breaks = _line_breaks(doc)
    times = [t.i for t in doc if CLIP_LENGTH.fullmatch(t.text)]
    lines: dict[int, list[int]] = {}
    for i in times:
        lines.setdefault(_paragraph_start(breaks, i), []).append(i)
    # A running time opens its line before a title, or is one of a line listing several
    # ("11:32 ... 2:29 ... 0:35 ..."); not the clock time of a sentence ("at around 2:00
    # Thursday morning") nor the time stamp of a live page's entry.
    clips = [
        i
        for start, found in lines.items()
        for i in found
        if len(found) >= CLIP_LIST_TIMES
        or (all(t.is_space for t in doc[start:i]) and _title_after(doc, breaks, i))
    ]
    if len(clips) < 2 or any(m.entry is not None for m in mentions):
        return False
    for mention in mentions:
        at = mention.quantity.start
        line = _paragraph_start(breaks, at)
        before = [i for i in clips if line <= i < at]
        mention.entry = before[-1] if before else -1
    return True


def _before_own_item(mention: Mention, known: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """`known` without the people told before the list item `mention` is in ("• About 5:30
    p.m., a 22-year-old man was shot ..." after "One man was killed ..."): each item of a
    blotter or roundup tells its own incident, so a person it brings in with "a" is no one told
    before it. `known` unchanged off such an item."""
    doc = mention.group.token.doc
    line = _paragraph_start(_line_breaks(doc), mention.group.token.i)
    while line < len(doc) and doc[line].is_space:
        line += 1
    if line >= len(doc) or doc[line].text not in lex.item_bullets:
        return known
    return [e for e in known if e.group.token.i > line]


#: words a line needs to be read as a teaser's summary when the page prints it twice (a short
#: line such as "Advertisement" or a byline is repeated as furniture, not as a story)
TEASER_WORDS = 6
#: summaries printed twice that make a page's list of teasers (a story whose own lead paragraph
#: the crawl printed twice is one such pair, and its day stays the article's)
TEASER_LIST = 2


def _teaser_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the lines a crawled page prints twice in a row, the second copy
    the same or longer ("A 4-year-old boy remains in critical condition ..." then the same
    summary with its first lines of story), when it prints `TEASER_LIST` or more: a list of
    teasers of other stories, each its own incident. Read once per document."""
    memo = _memo(doc, "teaser_lines")
    if memo is not None and "spans" in memo:
        return memo["spans"]
    lines = [
        (m.start(), m.end(), m.group().strip())
        for m in re.finditer(r"[^\n]+", doc.text)
        if m.group().strip()
    ]
    spans: set[tuple[int, int]] = set()
    pairs = 0
    for (start, end, text), (start2, end2, text2) in itertools.pairwise(lines):
        head = text.rstrip(".…").rstrip()
        if len(head.split()) >= TEASER_WORDS and text2.startswith(head):
            spans.update({(start, end), (start2, end2)})
            pairs += 1
    found = sorted(spans) if pairs >= TEASER_LIST else []
    if memo is not None:
        memo["spans"] = found
    return found


def _on_lines(sent: Span, spans: list[tuple[int, int]]) -> bool:
    """Whether `sent` starts within one of the character `spans`."""
    return any(start <= sent.start_char < end for start, end in spans)


def _link_line(sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether `sent` opens a line that links another story ("Related Coverage ...",
    "• Related: 2 suspects killed ..."): the line starts with a `link_line_openers` phrase; a
    one-word opener needs a colon after it ("Related charges were filed" is a sentence)."""
    doc = sent.doc
    start = sent.start
    # The parser may start the sentence after the opener ("Related: | Three killed ...").
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and sent.start - start < 8:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text_with_ws:
        return False  # far from the start of its line
    words = [
        t for t in doc[start : start + 8] if not (t.is_space or (t.is_punct and t.text != ":"))
    ]
    lower = [t.lower_ for t in words]
    for opener in lex.link_line_openers:
        n = len(opener)
        if tuple(lower[:n]) != opener:
            continue
        if n > 1 or (len(lower) > n and lower[n] == ":"):
            return True
    return False


def _answered_event(harm: Token, lex: CasualtyLexicon) -> bool:
    """ "in response to the airstrike that killed a general", "in retaliation for the bombing
    which killed 20": harm told of an earlier event that the article's incident answers."""
    if harm.dep_ not in ("relcl", "acl") or harm.head.lemma_.lower() not in lex.event_nouns:
        return False
    return any(
        t.lemma_.lower() in lex.retaliation_nouns for t in itertools.islice(harm.head.ancestors, 3)
    )


def _introduces_incident(
    sent: Span,
    words: list[list[int]],
    hashes: frozenset[int],
    lex: CasualtyLexicon,
    seen: dict[int, bool],
) -> bool:
    """Whether a sentence brings in another incident ("another explosion hit a minibus"), read
    once per sentence (`seen`) from the tokens whose word can matter (`hashes`)."""
    if sent.start not in seen:
        cues = (
            sent.doc[i]
            for i in range(sent.start, sent.end)
            if words[i][0] in hashes or words[i][1] in hashes
        )
        seen[sent.start] = (
            _separate_incident(cues, lex, introduced=True)
            or _opens_scene(sent, lex)
            or _violence_renewed(sent, lex)
        )
    return seen[sent.start]


def _scene_start(
    sent: Span,
    words: list[list[int]],
    hashes: frozenset[int],
    lex: CasualtyLexicon,
    seen: dict[int, bool],
) -> int:
    """Where the last sentence up to `sent` that brings in another incident starts, in any
    paragraph (0 when none does): a round-up page tells each incident in paragraphs of its own
    ("Police were called out to another shooting ..." then, two paragraphs on, "a 37-year-old
    man was taken into custody for this crime")."""
    doc = sent.doc
    memo = _memo(doc, "scene_starts")
    starts = memo.get("starts") if memo is not None else None
    if starts is None:
        starts = [s.start for s in doc.sents if _introduces_incident(s, words, hashes, lex, seen)]
        if memo is not None:
            memo["starts"] = starts
    before = bisect.bisect_right(starts, sent.start)
    return starts[before - 1] if before else 0


def _dated_past_incident(
    sent: Span,
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
) -> bool:
    """Whether a sentence places an incident on a day long before publication ("the same
    aircraft was involved in an incident in Beaver Falls on August 23, 1987"): the figures its
    paragraph tells next ("The report said one passenger was seriously injured") are of that
    incident, not parts of the report's own toll. The event noun must be where something
    happened ("in an incident"; not "the deadliest since a bombing on June 19, 2007") and hang
    on the verb the day hangs on."""
    if published is None:
        return False
    verbs = {
        _own_verb(t)
        for t in sent
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in lex.event_nouns
        and t.dep_ == "pobj"
        and t.head.lower_ in lex.locative_preps  # "in an incident", not "since a bombing"
    }
    if not verbs:
        return False
    return any(
        _is_day(date, published)
        and _days_before(date["resolved_start"], published) > lex.separate_incident_days
        and _own_verb(span.root) in verbs
        for span, date in dates
        if sent.start <= span.start and span.end <= sent.end
    )


def _violence_renewed(sent: Span, lex: CasualtyLexicon) -> bool:
    """Whether a sentence tells violence breaking out anew ("Violence flared again on Monday",
    "Fresh clashes erupted on Saturday", "Fighting resumed on Wednesday"): its root is a
    `renewal_verbs` verb marked by a `renewal_marks` word on it or its subject, or a
    `resumption_verbs` verb; what its paragraph tells next is another incident."""
    root = sent.root
    lemma = root.lemma_.lower()
    if root.pos_ != "VERB":
        return False
    if lemma in lex.resumption_verbs:
        return True
    if lemma not in lex.renewal_verbs:
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return any(c.lower_ in lex.renewal_marks for c in root.children) or any(
        c.lower_ in lex.renewal_marks for s in subjects for c in s.children
    )


def find_casualties(doc: Doc, lex: CasualtyLexicon, matchers: Matchers) -> list[CasualtyItem]:
    """Every casualty mention in `doc`, with context, relations and counts_toward_total.

    Reads the parse, `Doc._.news_dates`, `Doc._.news_entities` and `Doc._.news_published`;
    returns items with character offsets into `doc.text`. Entity labels are read through
    `ent_label`: the corrected labels, looked up once for the doc and dropped afterwards."""
    doc.user_data[LABELS_KEY] = entity_labels(doc)
    doc.user_data[MEMO_KEY] = collections.defaultdict(dict)
    doc.user_data[LEXICON_KEY] = lex
    try:
        return _find_casualties(doc, lex, matchers)
    finally:
        doc.user_data.pop(LABELS_KEY, None)
        doc.user_data.pop(MEMO_KEY, None)
        doc.user_data.pop(LEXICON_KEY, None)


def _with_compared_tallies(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """`mentions` with the bare numbers another period's tally gives beside a tally ("killed 871
    people in 2023, down from 1,330 the year before", "168 homicides this year compared to 106
    at this point in 2014", "March 2016 saw 46 homicides, while March 2017 recorded 26"): each
    counts the same harm over its own period, a tally like the one it is set beside."""
    taken = {m.group.token.i for m in mentions}
    added: list[Mention] = []
    for mention in mentions:
        if mention.time_scope != "cumulative" or mention.quantity.kind != "numeric":
            continue
        for number in _compared_numbers(_clause_root(mention.trigger.token), lex):
            quantity = read_quantity(number, lex.words)
            if number.i in taken or quantity is None or quantity.kind != "numeric":
                continue
            taken.add(number.i)
            added.append(
                dataclasses.replace(
                    mention, group=Group(number), quantity=quantity, event_date=None, period=None
                )
            )
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.quantity.start, -m.quantity.end))


def _compared_numbers(root: Token, lex: CasualtyLexicon) -> list[Token]:
    """The bare numbers a clause sets beside its own figure: the objects of a comparison's
    prepositions (`comparison_heads`: "down from 1,330", "compared to 106") and of a tally verb
    in a clause set against it ("while March 2017 recorded 26")."""

    def bare(token: Token) -> bool:
        return token.pos_ == "NUM" and token.like_num and token.dep_ in ("pobj", "dobj")

    found = []
    for child in root.children:
        preps = lex.comparison_heads.get(child.lower_)
        if preps is not None:
            found += [
                o
                for prep in _children(child, "prep")
                if prep.lower_ in preps
                for o in _children(prep, "pobj")
                if bare(o)
            ]
        if (
            child.dep_ in ("advcl", "conj")
            and child.lemma_.lower() in lex.tally_verbs
            and not _children(child, "nsubjpass")
        ):
            found += [o for o in _children(child, "dobj") if bare(o)]
    return found


def _find_casualties(doc: Doc, lex: CasualtyLexicon, matchers: Matchers) -> list[CasualtyItem]:
    """`find_casualties` with the label lookup in place."""
    words = word_hashes(doc)
    mentions = _collect(doc, lex, matchers, words)
    if not mentions:
        return []
    # "Posted: Sunday, November 30, 2014" dates the page, "a Christmas party" an occasion,
    # "KYIV, May 14 (Reuters) -" the filing: none dates a harm
    dates = [
        (s, d)
        for s, d in _date_spans(doc, doc._.news_dates or [])
        if not _page_stamp(s, lex) and not _holiday_modifier(s, lex) and not _dateline_date(s)
    ]
    # "As of late Tuesday, 20 bodies had been recovered": the day a count was read dates no harm
    dated = [
        (s, d)
        for s, d in dates
        if not _dayless_clock(s, d, dates, lex) and not _reading_day(s, lex)
    ]
    entities = _entity_tokens(doc, doc._.news_entities or [])
    cues = _scope_cues(doc, matchers, lex)
    published = doc._.news_published
    sentences: dict[int, _Sentence] = {}
    # sentence start -> whether an earlier sentence of its paragraph is about another incident
    separate_before: dict[int, bool] = {}
    introducing: dict[int, bool] = {}
    # sentences that tell a figure themselves: an old day there dates that figure only
    told = {paragraph_sentence(m.trigger.token).start for m in mentions}
    dated_past: dict[int, bool] = {}

    def past_incident(earlier: Span) -> bool:
        # read once per sentence: every later sentence of the paragraph asks again
        if earlier.start not in dated_past:
            dated_past[earlier.start] = earlier.start not in told and _dated_past_incident(
                earlier, dates, published, lex
            )
        return dated_past[earlier.start]

    breaks: list[int] | None = None
    hashes = matchers.context_hashes
    for mention in mentions:
        sent = mention.sent = paragraph_sentence(mention.trigger.token)
        if sent.start not in sentences:
            sentences[sent.start] = _Sentence.of(
                sent, entities, lex, words, matchers.context_hashes
            )
        facts = sentences[sent.start]
        mention.time_scope = _time_scope(mention, sent, cues, dates, lex, published)
        # "In total, five people were killed in the attacks": a sum of the figures told before,
        # wherever each was.
        summing = any(scope == "summing" and sent.start <= i < sent.end for i, scope in cues)
        mention.sums = mention.time_scope == "incident" and summing
        # "In all, three people are being held": cumulative only for "in all"; whether it sums
        # steps told before is read once every figure is known (`_sums_told_steps`)
        mention.open_sum = (
            summing
            and mention.time_scope == "cumulative"
            and _time_scope(
                mention, sent, [c for c in cues if c[1] != "summing"], dates, lex, published
            )
            == "incident"
        )
        mention.event_date, mention.date_known, mention.period = _event_date(
            mention, sent, dated, published, lex
        )
        mention.days = _days_spanned(sent, dates, published)
        if mention.event_date is None:
            mention.other_day = _dates_other_clause(mention, sent, dated, published, lex)
        mention.crime_day = _crime_day(mention, sent, dated, published, lex)
        mention.act_day = _act_day(mention, sent, dates, published, lex)
        mention.location, governed = _location(mention, facts.locatives, lex)
        if mention.location is not None:
            start, end = mention.location
            mention.location_text = doc[start:end].text
            if governed and not _treated_there(mention, lex):
                # only a place the clause names tells incidents apart
                # Towns the gazetteer knows, not "South Willow Street" inside the same town.
                # When the nearest place names a town it does not know ("In southern
                # Lebanon, a strike in the town of Kfar Rumman killed a man"), the clause's
                # other governed places locate the harm all the same (not past a street or
                # a block, which is no town: "in the 8100 block of South Bishop Street").
                unknown_town = any(
                    entities[i]["label"] == "GPE" and entities[i].get("geonames_id") is None
                    for i in range(start, end)
                    if i in entities
                )
                spans = _governed_locatives(mention, facts.locatives, lex)
                for k, (start, end) in enumerate(spans if unknown_town else spans[:1]):
                    mention.framed = k > 0
                    mention.places = innermost_places(
                        _place_ref(entities[i], lex)
                        for i in _with_joined_places(doc, start, end, entities)
                        if i in entities
                        and entities[i]["label"] == "GPE"
                        and entities[i].get("geonames_id") is not None
                        and not _street_name_piece(doc[i], lex)
                    )
                    if mention.places:
                        break
                if _joined_other_places(doc, end, lex):
                    # "in Nairobi and several other cities": the named town is one of the
                    # places, which the country holds.
                    mention.places = _countries(mention.places)
                mention.placed = bool(mention.places)
        mention.voice = _voice(mention, lex) or facts.according_to
        # "Another explosion hit a minibus. Officials said three people died.": a sentence
        # about another incident sets the topic for the rest of its paragraph.
        if sent.start not in separate_before:
            if breaks is None:
                breaks = _line_breaks(doc)
            paragraph = _paragraph_start(breaks, sent.start)
            separate_before[sent.start] = any(
                _introduces_incident(earlier, words, hashes, lex, introducing)
                or past_incident(earlier)
                for earlier in doc[paragraph : sent.start].sents
            )
        mention.cause = _cause(mention.trigger.token, lex)
        mention.scene_start = _scene_start(sent, words, hashes, lex, introducing)
        mention.separate = (
            facts.separate
            or (separate_before[sent.start] and not facts.updates)
            or _answered_event(mention.trigger.token, lex)
            or _opens_scene(sent, lex)
            or (_opens_sequel(sent, lex) and _own_event(mention))
        )
        mention.origin = (
            _onset_event(mention.trigger.token, lex)
            or _recalled_event(mention, dates, published, lex)
            or _since_event(mention.trigger.token, lex)
        )
        mention.updates = facts.updates
        mention.referent = _referent(mention, entities)
        if mention.referent is None:
            mention.named_as = _named_next(mention, entities, lex)
    mentions = _with_compared_tallies(mentions, lex)
    _share_joined_incident(mentions)
    _continue_tallies(mentions, dates, lex)
    _live_entries(doc, mentions, lex)
    clips = _clip_entries(doc, mentions)
    # "Related Coverage Police continue investigation into 4-year-old accidentally shot": a link
    # to another story tells of no harm in this article (or repeats it, told again below).
    mentions = [m for m in mentions if not _link_line(m.sent, lex)]
    if not mentions:
        return []
    # A figure whose clause names no place happened where the article's incident did: the
    # places the harm clauses of the first sentence naming one give ("killing three ... in
    # Dayton, Ohio where ten died" are then told apart from it; "116 died ... 1,035 in Turkey
    # and 19 in Greece" is an incident in both countries).
    if breaks is None:
        breaks = _line_breaks(doc)
    main = _lead_places(mentions, entities, breaks, lex)
    scene: tuple[int, frozenset[PlaceRef]] = (-1, main)
    for mention in mentions:
        # "In Russia's Kursk region, the governor said one civilian died ... five passengers
        # were taken to hospital": a figure whose clause names no place is where the last
        # located figure of its paragraph is, else where the article's incident is.
        paragraph = _paragraph_start(breaks, mention.sent.start)
        if mention.places:
            scene = (paragraph, mention.places)
        else:
            mention.places = scene[1] if scene[0] == paragraph else main
    # the days counts were read or reports made on tell when an arrest was told
    reports = [(s, d) for s, d in dates if _reading_day(s, lex)]
    _carry_dates(mentions, dated, published, lex, reports)
    # The day of the article's incident, else the publication day: a figure that gives no date
    # of its own is about a recent incident.
    day = next((m.event_date for m in mentions if m.event_date), None) or published
    for mention in mentions:
        mention.article_day = day
    if clips:
        # Each clip of a list, and the story beside them, is read as an article of its own:
        # no figure restates, parts, revises or retypes one of another clip.
        incidents: dict[int | None, list[Mention]] = {}
        for mention in mentions:
            incidents.setdefault(mention.entry, []).append(mention)
        mentions = list(
            heapq.merge(
                *(_relate_incident(group, lex) for group in incidents.values()),
                key=lambda m: m.quantity.start,
            )
        )
    else:
        mentions = _relate_incident(mentions, lex)
    for number, mention in enumerate(mentions, start=1):
        mention.id = f"C{number}"
    return [_item(m, lex) for m in mentions]


def _relate_incident(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """The rows of the figures of one article (or one clip of a list), related to each other:
    superseded figures, references resolved, mechanisms typed, relations and counts."""
    for mention in mentions:
        if not mention.superseded and (
            (_first_given(mention, lex) and _told_again(mention, mentions))
            or _earlier_reports(mention, mentions, lex)
        ):
            mention.superseded = True
    mentions = _died_where_taken(mentions, lex)
    mentions = [m for m in mentions if not _definite_plural_alone(m, mentions, lex)]
    mentions = [m for m in mentions if not _continues_apposition(m, mentions)]
    mentions = _resolve_references(mentions, lex)
    _resolve_mechanism(mentions, lex)
    relate(mentions, lex)
    _headline_ordinal_restated(mentions)
    _rank_already_told(mentions, lex)
    mentions = _drop_back_references(_rows_from_harm_clauses(mentions, lex), lex)
    _inherit_dates(mentions, lex)
    _undate_teasers(mentions)
    return _split_named_lists(mentions, lex)


def _undate_teasers(mentions: list[Mention]) -> None:
    """A row on a line of a crawled page's teaser list (`_teaser_lines`: "A mother and her
    child are taken to the hospital ..." printed twice above the story) summarises another
    story: the article's day carried to it does not date it, a day its own line states does,
    and so does that of another teaser it repeats (teasers of one story: "shot ... Tuesday
    night" above "the shooting that killed a 6-year-old boy"). Read after relations, which
    compare the rows on the article's day."""
    if not mentions:
        return
    teasers = _teaser_lines(mentions[0].sent.doc)
    for mention in mentions:
        if not (mention.carried and _on_lines(mention.sent, teasers)):
            continue
        root = mention
        seen = {id(root)}
        while root.related is not None and id(root.related) not in seen:
            root = root.related
            seen.add(id(root))
        if root.carried or not _on_lines(root.sent, teasers):
            mention.event_date = None


def _split_named_lists(mentions: list[Mention], lex: CasualtyLexicon) -> list[Mention]:
    """A row per person for each list of full names (`Mention.persons`), once relations and
    counts are read on the list as one group: each name carries the list's relation and
    counts, so totals stay what the group gave. A name restating a counted group is part of it
    (`subset_of`); a list restating a list of as many names is the same people, name by name;
    a figure related to the list relates to the name it gives, else to the first name."""
    rows: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.persons:
            rows[id(mention)] = [_person_row(mention, span) for span in mention.persons]
            people = _people_restated(mention, mentions)
            for row, person in zip(rows[id(mention)], people, strict=False):
                row.related = person  # "his wife and her mother ... A, 36, and B, 61": in order
    if not rows:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        for row in rows.get(id(mention), [mention]):
            if row.related is not None and id(row.related) in rows:
                _relate_to_name(row, rows[id(row.related)], len(mention.persons), lex)
            out.append(row)
    _named_before(out, lex)
    _listed_name_died(out, lex)
    return out


def _listed_death_told(group: Mention, mentions: list[Mention], lex: CasualtyLexicon) -> bool:
    """Whether a later counted death names one person of a list of names by surname."""
    doc = group.group.token.doc
    surnames = {_surname(doc[start:end], lex) for start, end in group.persons} - {None}
    return any(_names_listed_death(m, group, surnames, lex) for m in mentions)


def _names_listed_death(
    death: Mention, group: Mention, surnames: set[str | None], lex: CasualtyLexicon
) -> bool:
    """Whether `death` is one named person's own death told after a list of names (`group`)
    by a surname of `surnames`, with no relation of its own yet."""
    q = death.quantity
    doc = death.group.token.doc
    return (
        q.start > group.quantity.end
        and death.type == "killed"
        and q.kind == "named"
        and q.value == 1
        and death.relation is None
        and not death.persons
        and _surname(doc[q.start : q.end], lex) in surnames
    )


def _listed_name_died(rows: list[Mention], lex: CasualtyLexicon) -> None:
    """ "A gunman shot Marcus Hill and Devon Carter ... Hill was pronounced dead": a listed name
    shot (how, not how badly) whose death the article tells later by the surname is that
    person's revised harm: the death is `update_of` the name and the injury no longer counts,
    as "A man was shot ... he died" reads for one person."""
    doc_rows = [r for r in rows if r.counts]
    for row in doc_rows:
        if row.listed_at < 0 or row.type != "injured" or not row.trigger.mechanism:
            continue
        doc = row.group.token.doc
        surname = _surname(doc[row.quantity.start : row.quantity.end], lex)
        if not surname:
            continue
        for later in doc_rows:
            if later.listed_at < 0 and _names_listed_death(later, row, {surname}, lex):
                later.relation, later.related = "update_of", row
                row.counts, row.superseded, row.updated_by = False, True, later
                break


def _relate_to_name(row: Mention, names: list[Mention], listed: int, lex: CasualtyLexicon) -> None:
    """Points a row related to a list of names at one name of it: the same place in a list of
    as many names (`listed`, 0 for a row that is no name of a list), the person it names by
    surname ("Mark Dunn was arrested ... Luis Ortega and Mark Dunn were both arrested": the same
    man), else the first name."""
    doc = row.group.token.doc
    surname = _surname(doc[row.quantity.start : row.quantity.end], lex)
    same = [
        n
        for n in names
        if surname and _surname(doc[n.quantity.start : n.quantity.end], lex) == surname
    ]
    if same:
        row.related = same[0]
    else:
        row.related = names[row.listed_at] if listed == len(names) else names[0]
    if (same or listed == len(names)) and row.quantity.value == 1 and row.relation == "subset_of":
        row.relation = "same_as"  # one person named twice


def _named_before(rows: list[Mention], lex: CasualtyLexicon) -> None:
    """ "Police arrested Tom Baker and Lisa Grant ... Tom Baker and Lisa Grant were jailed": a
    listed name that counts, given in full (given name and surname) as an earlier counted
    person of the same harm was, is that person again."""
    keys: dict[tuple[str, frozenset[str]], Mention] = {}
    for row in rows:
        key = _full_name_key(row, lex)
        if key is None or not row.counts:
            continue
        first = keys.setdefault((row.type, *key), row)
        if first is not row and row.listed_at >= 0 and row.related is None:
            row.relation, row.related, row.counts = "same_as", first, False


def _full_name_key(row: Mention, lex: CasualtyLexicon) -> tuple[str, frozenset[str]] | None:
    """(surname, given names) of a row counting one named person, or None."""
    if row.quantity.value != 1 or row.quantity.kind not in ("named", "numeric"):
        return None
    tokens = row.group.token.doc[row.quantity.start : row.quantity.end]
    surname = _surname(tokens, lex)
    given = _given_names(tokens, surname) if surname else set()
    return (surname, frozenset(given)) if surname and given else None


def _people_restated(mention: Mention, mentions: list[Mention]) -> list[Mention]:
    """The persons, one row each, that a list of names restates when it is the `same_as` one of
    them ("a man and his son ... Omar Said and Ali Said"): the persons of that one's sentence
    and harm, in text order, when there are as many as names; else []."""
    first = mention.related
    if mention.relation != "same_as" or first is None or first.quantity.value != 1:
        return []
    people = [
        m
        for m in mentions
        if m.sent is not None
        and first.sent is not None
        and m.sent.start == first.sent.start
        and m.type == first.type
        and m.quantity.value == 1
        and m.counts == first.counts
    ]
    return people if len(people) == len(mention.persons) else []


def _person_row(mention: Mention, span: tuple[int, int]) -> Mention:
    """One named person of a list row: value 1, the list's relation ("same_as" a group of
    several becomes "subset_of" it, unless that group is a list of as many names, told again
    name by name) and counts."""
    start, end = span
    quantity = dataclasses.replace(
        mention.quantity, value=1, low=1, best=1, high=1, start=start, end=end
    )
    relation = mention.relation
    related = mention.related
    several = related is not None and related.quantity.value != 1
    if relation == "same_as" and several and len(related.persons) != len(mention.persons):
        relation = "subset_of"
    return dataclasses.replace(
        mention,
        quantity=quantity,
        relation=relation,
        persons=(),
        listed_at=mention.persons.index(span),
    )


def _headline_ordinal_restated(mentions: list[Mention]) -> None:
    """ "Two dead, one hurt ... A third was injured", "Driver killed; second victim hurt ... A
    second person was struck", "One dead, one in critical condition ... One person died and
    another sustained a gunshot wound": the story numbers its people as
    it tells them, so its ordinal (or "another") person is the headline's one-person figure of
    that harm that nothing in the story told again yet; only when exactly one such figure is
    left, so the pairing is not a guess."""
    if not mentions:
        return
    breaks = _line_breaks(mentions[0].group.token.doc)
    if not breaks:
        return
    told_again = {id(e.related) for e in mentions if e.related is not None}
    for mention in mentions:
        q = mention.quantity
        # "another man", "and another was hurt" number their person as "a second man" does
        numbered = (q.kind == "ordinal" and (q.rank or 0) >= 2) or (
            q.kind in ("indefinite", "pronoun") and q.additive
        )
        if not (
            numbered
            and q.value == 1
            and mention.counts
            and mention.relation is None
            and q.start > breaks[0]
        ):
            continue
        untold = [
            e
            for e in mentions
            if e.type == mention.type
            and e.counts
            and e.quantity.value == 1
            and e.quantity.end <= breaks[0]
            and id(e) not in told_again
        ]
        if len(untold) == 1:
            mention.relation, mention.related, mention.counts = "same_as", untold[0], False
            told_again.add(id(untold[0]))


def _live_entries(doc: Doc, mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """ "14:32 GMT — Russian strike on Odesa kills four ... 13:05 GMT — Ukraine says it shot
    down 27 of 31 drones": on a live page (two or more lines opening with a clock time and a
    dash), each figure belongs to the entry whose time line is the last before it."""
    starts = [m.start() for m in lex.live_entry_line.finditer(_doc_text(doc))]
    if len(starts) < 2:
        return
    for mention in mentions:
        at = doc[mention.quantity.start].idx
        before = [start for start in starts if start <= at]
        mention.entry = before[-1] if before else None


def _continue_tallies(
    mentions: list[Mention], dates: list[tuple[Span, DateItem]], lex: CasualtyLexicon
) -> None:
    """ "More than 370 people have been killed in Lebanon since Oct. 8 ... On the Israeli side,
    14 soldiers and 11 civilians have been killed": a perfect-tense figure right after a tally,
    with no day and no event of its own, goes on with that tally (the other side's, another
    place's), as does a figure told as added ("Thirteen soldiers were also killed"); a dated or
    evented figure ("On Tuesday, five were killed", "have been killed in the strike"), an active
    harm with its object or another past tense is the incident again."""
    for before, mention in itertools.pairwise(mentions):
        if before.time_scope != "cumulative" or mention.time_scope != "incident":
            continue
        if _is_singular(mention) or mention.quantity.qualifier == "none":
            continue
        sent = mention.sent
        if not _next_sentence(before.sent, sent):
            continue  # a tally's own sentence already scoped its figures
        anchor = mention.trigger.token
        root = _clause_root(anchor)
        # "Nearly 1,300 died during the offensive. Thirteen soldiers were also killed": a figure
        # told as added, with nothing of its own, is added to the tally it follows, whatever
        # its tense.
        if not (_present_perfect(anchor) or _present_perfect(root) or mention.also):
            continue
        if mention.group.token in _children(anchor, "dobj"):
            continue  # "Israeli troops have killed 12 in Jenin": a doer's act, told as news;
            # not "90,000 have fled their homes", whose object is no one harmed
        if any(sent.start <= span.start < sent.end for span, _ in dates):
            continue
        if any(t.lemma_.lower() in lex.event_nouns and _in_clause(root, t) for t in root.subtree):
            continue
        mention.time_scope = "cumulative"


def _present_perfect(verb: Token) -> bool:
    """ "have been killed", "has died"; not the past perfect of reported speech ("had shot")."""
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children
    )


def _next_sentence(first: Span, second: Span) -> bool:
    """Whether `second` follows `first` in the same paragraph: nothing but spaces, no line
    break, between them."""
    between = second.doc[first.start : second.start].text_with_ws[len(first.text) :]
    return not between.strip() and "\n" not in between


def _joined_other_places(doc: Doc, end: int, lex: CasualtyLexicon) -> bool:
    """Whether a place phrase ending before token `end` is joined to other places it does not
    name ("in Nairobi and several other cities", "in Kabul and nearby towns"): "and" or "or",
    then within four words a place noun (`lex.place_nouns`) after a word of
    `lex.other_place_words`. Read on the surface: the parser often hangs the second place on
    the verb."""
    if end >= len(doc) or doc[end].lower_ not in ("and", "or"):
        return False
    other = False
    for token in doc[end + 1 : end + 5]:
        if token.lower_ in lex.other_place_words:
            other = True
        elif token.lemma_.lower() in lex.place_nouns:
            return other
        elif token.pos_ not in ("ADJ", "DET", "NUM", "ADV"):
            return False
    return False


def _countries(places: frozenset[PlaceRef]) -> frozenset[PlaceRef]:
    """The countries of `places`, as places that hold every town and region of theirs."""
    return frozenset(
        PlaceRef(f"country:{p.country}", 0, "country", p.country, None, p.country, p.country)
        if p.country
        else p
        for p in places
    )


def _street_name_piece(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a word the gazetteer takes for a town is part of a street's name ("North 35th
    Street", "West Burleigh Street"): a modifier of a capitalised `thoroughfare_nouns` noun.
    On a roundup page such a "town" would set each street's shooting apart from the city's."""
    head = token
    while head.dep_ in ("compound", "amod", "nmod", "nummod") and head.head.i > head.i:
        head = head.head
    return head is not token and head.text[:1].isupper() and head.lower_ in lex.thoroughfare_nouns


def _with_joined_places(
    doc: Doc, start: int, end: int, entities: dict[int, EntityItem]
) -> list[int]:
    """The token indices of a location phrase and of the places joined to it ("killed 16 people
    in Bangladesh and India": India too), so a figure of either place is told as part of it."""
    indices = list(range(start, end))
    for token in doc[start:end]:
        for conj in token.children:
            if conj.dep_ == "conj" and conj.i >= end and conj.i in entities:
                indices += [t.i for t in conj.subtree if t.i in entities]
    return indices


def _referent(mention: Mention, entities: dict[int, EntityItem]) -> str | None:
    """The PERSON cluster of a named victim ("John Smith", "the victim, Diego Rodriguez")."""
    if mention.quantity.kind == "pronoun" and mention.quantity.value == 1:
        return _pronoun_referent(mention.group.token, entities)
    noun = mention.quantity.noun
    if noun is None:
        return None
    token = mention.group.token.doc[noun]
    for candidate in (token, *(c for c in token.children if c.dep_ == "appos")):
        entity = entities.get(candidate.i)
        if entity is not None and entity["label"] == "PERSON":
            return entity["cluster_id"]
    return None


def _same_referent(person: Mention, named: Mention) -> bool:
    """Whether `named` has the PERSON cluster of `person`, by name or by the name a later
    sentence gives it (`named_as`)."""
    return named.referent is not None and named.referent in (person.referent, person.named_as)


def _named_next(
    mention: Mention, entities: dict[int, EntityItem], lex: CasualtyLexicon
) -> str | None:
    """ "a 64-year-old man was killed in Garfield Ridge. According to preliminary reports, the
    shooting happened about 9:20 a.m. He was identified as Louis Pena": an unnamed person
    introduced by an indefinite whom a naming verb (`identifying_verbs`) names within the next
    two sentences of the paragraph, its passive subject or active object being a pronoun of
    the person's gender or "the victim", "the man", with no person named in between; the
    name's cluster, so that "Pena was shot twice" told later is that person again, not one
    more of the toll. A definite ("The victim was shot") refers back to someone told already."""
    q = mention.quantity
    if q.value != 1 or q.kind != "indefinite" or q.noun is None:
        return None
    doc = mention.group.token.doc
    noun = doc[q.noun]
    sent = mention.group.token.sent
    for _ in range(2):
        if sent.end >= len(doc) or "\n" in doc[sent.end - 1 : sent.end + 1].text:
            return None
        sent = doc[sent.end].sent
        for verb in sent:
            if verb.lemma_.lower() not in lex.identifying_verbs:
                continue
            person = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
            if person is None or not _stands_for(person, noun, _gender(mention, lex), lex):
                continue
            for prep in _children(verb, "prep"):
                if prep.lower_ != "as":
                    continue
                for name in _children(prep, "pobj"):
                    entity = entities.get(name.i)
                    if entity is not None and entity["label"] == "PERSON":
                        return entity["cluster_id"]
        if any(entities.get(t.i, {}).get("label") == "PERSON" for t in sent):
            return None  # someone else named in between: "he" may be that one
    return None


def _stands_for(word: Token, noun: Token, gender: str | None, lex: CasualtyLexicon) -> bool:
    """Whether `word` names again the person of `noun` (of `gender`, `_gender`): a personal
    pronoun of a gender that fits ("a man ... He"), or "the" with the same noun or a reference
    noun ("a man ... The victim", "a woman ... the woman")."""
    if word.pos_ == "PRON":
        said = lex.words.genders.get(word.lower_)
        return said is not None and gender in (None, said)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return False
    lemma = word.lemma_.lower()
    return lemma == noun.lemma_.lower() or lemma in lex.reference_nouns


def _pronoun_referent(pronoun: Token, entities: dict[int, EntityItem]) -> str | None:
    """The PERSON cluster a singular pronoun refers to within its sentence ("a bullet went into
    Destiny Bargman and killed her"): the nearest name before it that is not the subject or
    agent of a verb above the pronoun (the shooter in "Massey shot her")."""
    actors = set()
    token = pronoun
    for _ in range(8):
        for child in token.children:
            if child.dep_ in ("nsubj", "agent"):
                actors.update(t.i for t in child.subtree)
        if token.head == token:
            break
        token = token.head
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        entity = entities.get(i)
        if entity is not None and entity["label"] == "PERSON" and i not in actors:
            return entity["cluster_id"]
    return _subject_chain_referent(pronoun, entities)


def _subject_chain_referent(pronoun: Token, entities: dict[int, EntityItem]) -> str | None:
    """ "Ana Ruiz was jailed for the arson attack. She was the only person convicted. She died
    in her sleep on Monday.": a subject pronoun that goes on from sentences
    whose subject is the same pronoun names the person the first of them follows, when that
    sentence's subject is a name (within the paragraph)."""
    doc = pronoun.doc
    sent = pronoun.sent
    if subject_of(sent.root) != pronoun:
        return None
    while sent.start > 0:
        before = doc[sent.start - 1].sent
        if "\n" in doc[before.end - 1 : sent.start + 1].text:
            return None  # a paragraph break: another topic may begin
        subject = subject_of(before.root)
        if subject is None:
            return None
        entity = entities.get(subject.i)
        if entity is not None and entity["label"] == "PERSON":
            return entity["cluster_id"]
        if subject.lower_ != pronoun.lower_:
            return None
        sent = before
    return None


def _dates_event(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on an event word ("crashed on Wednesday", "the attack on Monday",
    "the Oct. 23 slaying"), on the verb an event is the subject of ("the shooting was reported
    around 5:45 p.m. Wednesday", "the fire broke out on Sunday"), or on a verb that says only
    that something took place, said of "it" ("It happened about 11:20 p.m. Sept. 19")."""
    for head in itertools.islice(token.ancestors, 3):
        lemma = head.lemma_.lower()
        if lemma in lex.event_nouns or (head.pos_ == "NOUN" and lemma in lex.harm_act_nouns):
            return True
        if head.pos_ == "VERB":
            # "It happened ...", not "The pursuit occurred ...", whose subject names another
            # event than the harm
            happened = lemma in lex.happening_verbs and any(
                s.pos_ == "PRON" for s in _children(head, *NOMINAL_SUBJECTS)
            )
            return happened or _event_subject(head, lex)
    return False


def _event_subject(verb: Token, lex: CasualtyLexicon) -> bool:
    """Whether a verb's subject is an event noun ("the shooting was reported", "the blast
    happened"): the verb then tells when the event was."""
    return any(s.lemma_.lower() in lex.event_nouns for s in _children(verb, *NOMINAL_SUBJECTS))


def _dates_judicial_step(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on a word of `lex.judicial_steps` ("pleaded guilty on Monday",
    "was charged late Tuesday night", "in a hearing Thursday morning"): the day of a step of
    the case, not of the harm. A date on another noun ("charged with the shooting last year")
    dates what that noun names."""
    head = _date_head(token)
    if head is None:
        return False
    if head.lemma_.lower() in lex.judicial_steps:
        return True
    # "entered the plea Wednesday", "was back in a Trumbull County courtroom Thursday",
    # "appeared before Judge Anthony Mariani on Monday": a verb of no harm whose object is a
    # step of the case dates that step.
    return (
        head.pos_ in ("VERB", "AUX")
        and not _harm_verb(head, lex)
        and any(_judicial_word(t, lex) for t in _verb_objects(head))
    )


def _verb_objects(verb: Token) -> Iterator[Token]:
    """The objects a verb takes: its direct object or predicate, and the object of each
    preposition on it or on its adverb ("back in a courtroom")."""
    yield from _children(verb, "dobj", "attr")
    yield from (o for p in _children(verb, "prep") for o in _children(p, "pobj"))
    for adverb in _children(verb, "advmod"):
        yield from (o for p in _children(adverb, "prep") for o in _children(p, "pobj"))


def _judicial_word(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a noun names a step or a place of the case ("the plea", "a courtroom", "Judge
    Mariani"), not a common noun that shares the word ("a basketball court")."""
    compounds = _children(token, "compound")
    if any(c.pos_ == "NOUN" for c in compounds):
        return False
    return any(w.lemma_.lower() in lex.judicial_steps for w in (token, *compounds))


def _date_head(token: Token) -> Token | None:
    """The word a date hangs on: its nearest verb or noun ancestor, through a preposition."""
    for head in itertools.islice(token.ancestors, 3):
        if head.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            return head
    return None


def _carry_dates(
    mentions: list[Mention],
    dates: list[tuple[Span, DateItem]],
    published: str | None,
    lex: CasualtyLexicon,
    reports: list[tuple[Span, DateItem]],
) -> None:
    """The incident date of mentions whose sentence gives none: the article's incident date
    (the first one a harm's sentence states, else the lead's first day). Cumulative and
    periodic figures have no event date. `reports` are the days on a report's noun ("police
    said in a statement on Friday"), which `dates` leaves out: they date no harm, but tell
    when an arrest was told of (`_custody_told_later`)."""
    # An arrest's day is not the incident's, the day it gives the crime is: "a house party that
    # left two dead ... was arrested on Saturday in connection with the fatal shooting on
    # January 11".
    stated = [
        (m, day)
        for m in mentions
        if m.time_scope == "incident"
        and (day := m.crime_day if m.type == "detained" else m.event_date)
    ]
    # A crawled page's teasers of other stories (each summary printed twice) may come before
    # the story itself: a teaser's day dates only its own figures, the story's first day is the
    # article's ("... fire tore through the apartments Saturday morning" teased above "A boy is
    # charged with the shooting death of a girl on Monday").
    teasers = _teaser_lines(mentions[0].sent.doc) if stated else []
    first = next(
        (day for m, day in stated if not _on_lines(m.sent, teasers)),
        stated[0][1] if stated else None,
    )
    if first is None and dates:
        # The day an event word takes ("the jet crashed on Wednesday"), else the lead's first
        # day ("on Sunday"), dates the incident the article reports.
        doc = dates[0][0].doc
        lead_end = next((s.end for i, s in enumerate(doc.sents) if i == 1), len(doc))
        days = [
            (s, d)
            for s, d in dates
            if _is_day(d, published) and not _dates_judicial_step(s.root, lex)
        ]
        # "None of the victims appeared to suffer life-threatening injuries after being shot
        # early Saturday": a day on a verb of violence dates the incident even where its
        # sentence gives no row, before the lead's day of what followed ("Two suspects were
        # being tracked down Sunday after ... they shot seven people").
        events = [d for s, d in days if _dates_event(s.root, lex) or _dates_harm_verb(s, lex)]
        # "Twelve people were killed ..., the governor said on Tuesday. The missile hit the
        # market on Monday evening": the day the lead's report was told on dates the harm only
        # when the article gives no other.
        told = [d for s, d in days if s.start < lead_end and _told_day(s, lex)]
        lead = [d for s, d in days if s.start < lead_end and not _told_day(s, lex)]
        # "Emergency crews were called to the house around 2:20 p.m. on Thursday": the day
        # responders were called out on is the incident's, when the lead gives none.
        # "..., the governor said on Tuesday. Rescuers worked through the night. The missile
        # hit the market on Monday evening": the day a weapon struck or a vehicle crashed on
        # is the harm's when the lead gives only the day it was told on.
        attacks = [d for s, d in days if _dates_attack(s, lex)]
        responses = [d for s, d in days if _dates_response(s.root, lex)]
        scene = _scene_day(mentions, [(s, d) for s, d in days if not _told_day(s, lex)])
        chosen = events or lead or attacks or responses or scene or told
        first = chosen[0]["resolved_start"] if chosen else None
        first_harm = next((m for m in mentions if m.time_scope == "incident"), None)
        if (
            first is not None
            and first_harm is not None
            and first_harm.period is not None
            and not first_harm.period[0] <= first[:10] <= first_harm.period[1]
        ):
            # "On Thursday, his fiancee addressed reporters ... Khashoggi was murdered last
            # October": the first harm is dated by a month or year the day found does not fall
            # in, so that day is of the news about an older harm, not the harm's.
            first = None
    recalled = _recalled_events(dates, lex)
    for mention in mentions:
        if mention.time_scope != "incident":
            mention.event_date = None
        elif (
            not mention.event_date
            and not mention.date_known
            and not mention.other_day
            and not _custody_now(mention, lex)
            and not _captures_untimed(mention, lex)
            and not _custody_told_later(mention, [*dates, *reports], first, published, lex)
            and not _step_told_afterward(mention, lex)
        ):
            mention.event_date = first
            mention.carried = first is not None
            cause = mention.cause
            period = recalled.get(cause.lemma_.lower()) if cause is not None else None
            if period is not None and not (first and period[0] <= first[:10] <= period[1]):
                # "the only man convicted of the Lockerbie bombing of 1988 ... The bombing of
                # Pan Am Flight 103 resulted in 270 fatalities": the event the article first
                # names with an old year is the one its harm is of.
                mention.event_date = _stated_day(period, dates, published, lex)
                mention.recalled = period
        elif (
            not mention.event_date
            and mention.period is not None
            and _days_before(mention.period[0], mention.period[1]) < lex.stated_day_period_days
            # the week or weekend just past ("over the weekend" in Monday's paper), not "that
            # week" of an older story told beside the article's ("mass shootings that week,
            # including one in Gilroy, killing three")
            and published is not None
            and _days_before(mention.period[1], published) <= lex.stated_day_period_lag_days
            # "The death toll from the weekend bridge collapse has risen to eleven": a toll's
            # week is its event's, which the reported days need not date
            and mention.trigger.role != "toll"
            and not mention.other_day
            and not mention.separate
            and not _custody_now(mention, lex)
        ):
            # "A 7-year-old girl was shot over the weekend ... around 12:07 p.m. Saturday": the
            # article's incident day, within the week its sentence names, is the harm's; with
            # no incident day, the first day the article states within that week
            if first is None:
                mention.event_date = _stated_day(mention.period, dates, published, lex)
            elif mention.period[0] <= first[:10] <= mention.period[1]:
                mention.event_date = first


def _scene_day(mentions: list[Mention], days: list[tuple[Span, DateItem]]) -> list[DateItem]:
    """The last day named before the first incident figure in its paragraph ("On Aug. 7,
    Bushnell and others had just ended a news conference next to the embassy. They were
    talking when the bomb went off, killing 247"): the day the story sets its scene on, as
    a one-item list; empty when the paragraph names none before the figure."""
    first = next((m for m in mentions if m.time_scope == "incident"), None)
    if first is None:
        return []
    start = _paragraph_start(_line_breaks(first.sent.doc), first.sent.start)
    before = [d for s, d in days if start <= s.start < first.sent.start]
    return before[-1:]


def _recalled_events(
    dates: list[tuple[Span, DateItem]], lex: CasualtyLexicon
) -> dict[str, tuple[str, str]]:
    """Event noun lemma -> the month or year the article dates it by when it first names it
    ("the Lockerbie bombing of 1988", "the 2013 typhoon", "last October's crash"): an event
    introduced as one of that period, whatever later figures of its noun tell."""
    if not dates:
        return {}
    doc = dates[0][0].doc
    periods: dict[int, tuple[str, str]] = {}
    for span, date in dates:
        if date["granularity"] not in ("month", "year") or not date["resolved_end"]:
            continue
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ in ("of", "in") and head.head.pos_ == "NOUN":
            head = head.head
        elif not _dates_an_event(span, lex):
            continue
        if head.lemma_.lower() in lex.event_nouns:
            periods[head.i] = (date["resolved_start"][:10], date["resolved_end"][:10])
    found: dict[str, tuple[str, str]] = {}
    seen: set[str] = set()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or lemma not in lex.event_nouns or lemma in seen:
            continue
        seen.add(lemma)
        if token.i in periods:
            found[lemma] = periods[token.i]
    return found


def _dates_attack(span: Span, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on a verb of striking or attack (`lex.attack_verbs`: "the missile
    hit the market on Monday evening", "a bomb exploded on Saturday"), not through a clause or
    noun between them."""
    head = _date_head(span.root)
    return head is not None and head.pos_ == "VERB" and head.lemma_.lower() in lex.attack_verbs


def _dates_response(token: Token, lex: CasualtyLexicon) -> bool:
    """Whether a date hangs on a verb of an emergency response (`lex.response_verbs`: "were
    called to the apartment around 5 p.m. Tuesday", "were dispatched on Sunday")."""
    for head in itertools.islice(token.ancestors, 3):
        if head.pos_ == "VERB":
            return head.lemma_.lower() in lex.response_verbs
    return False


def _custody_now(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a custody row tells the state at the time of writing, told in the present or
    negated ("She is being held on $310,000 bail", "was being held in the county jail", "remains
    in custody", "has been booked into the county jail", "No one was in custody"): the
    incident's day does not date it; an arrest told in the past with the incident ("was taken
    into custody at the scene") took place within it."""
    if mention.type != "detained":
        return False
    if mention.quantity.negated:
        return True
    root = _clause_root(_harm_anchor(mention, lex))
    return _is_present(root) or _present_perfect(root) or _passive_progressive(root)


def _step_told_afterward(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a displacement or custody row is told as coming at an untold time after the
    incident, by an `afterward_adverbs` adverb on its verb ("About 3,000 residents of
    surrounding villages have since fled into the forest", "He has since been arrested"): the
    incident's day does not date it."""
    if mention.type not in AFTERMATH_TYPES:
        return False
    root = _clause_root(_harm_anchor(mention, lex))
    return any(c.lower_ in lex.afterward_adverbs for c in _children(root, "advmod"))


#: the rows that may follow the incident they belong to: flight from it, arrests for it
AFTERMATH_TYPES = frozenset({"displaced", "detained"})


def _custody_told_later(
    mention: Mention,
    dates: list[tuple[Span, DateItem]],
    first: str | None,
    published: str | None,
    lex: CasualtyLexicon,
) -> bool:
    """Whether a custody row with no day of its own is told on a day after the article's
    incident day ("Two men were taken into custody a few blocks away, police said in a
    statement on Friday" after a shooting late Thursday; "Yesterday, police said they had
    arrested a second man" days after the theft): the arrest came at some time between the
    two days, which neither dates. Told on the incident's own day ("police said on Monday they
    had taken three people into custody" after a shooting just after midnight Monday), the
    arrest took place within it."""
    if mention.type != "detained" or first is None:
        return False
    anchor = _harm_anchor(mention, lex)

    def told(span: Span) -> bool:
        # "police said in a statement on Friday": the day of the report the verb tells in
        head = _date_head(span.root)
        if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in lex.report_nouns:
            span = span.doc[head.i : head.i + 1]
        return _telling_day(span, anchor, lex)

    return any(
        d["resolved_start"][:10] > first[:10] and told(s)
        for s, d in _sentence_days(mention.sent, dates, published)
    )


def _captures_untimed(mention: Mention, lex: CasualtyLexicon) -> bool:
    """Whether a custody row is detentions told by their noun alone ("arrests were made in
    Australia, Brazil and Canada", "more arrests had been made there"): the arrests came at
    some time after the crime, which its day does not date, nor a figure they repeat."""
    return mention.trigger.role == "noun" and _captures_performed(mention.group.token, lex)


def _passive_progressive(verb: Token) -> bool:
    """ "was being held", "is being held": a passive told as going on, a state at the time of
    writing whatever the tense of its "be"."""
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def _inherit_dates(mentions: list[Mention], lex: CasualtyLexicon) -> None:
    """A repeat, part or revision of an earlier figure happened when that figure's incident did:
    "the toll rose to 22 on Monday" dates the toll, not the shooting. A custody told as the
    state at the time of writing ("He remains in custody" after "was arrested Friday") is not
    dated by the arrest it repeats, as it is not by the incident (`_custody_now`)."""
    for mention in mentions:
        if mention.related is None or mention.time_scope != "incident":
            continue
        if not mention.event_date and (
            _custody_now(mention, lex) or _captures_untimed(mention, lex)
        ):
            continue
        if mention.related.open_sum:
            continue  # "Two acquaintances were detained later on Thursday ... In all, three
            # are held": a step of a sum told in steps keeps its own day, not the first step's
        root = mention.related
        seen = {id(mention)}
        while root.related is not None and id(root) not in seen:
            seen.add(id(root))
            root = root.related
        older = root.recalled
        if (
            not root.event_date
            and older is not None
            and mention.carried
            and mention.event_date
            and not older[0] <= mention.event_date[:10] <= older[1]
        ):
            # "the Lockerbie bombing of 1988 ... The bombing of Pan Am Flight 103 resulted in 270
            # fatalities. 189 of those who died in the incident were US citizens": a repeat or
            # part of a figure of the older event the article recalls is of that event, not of
            # the article's day carried to it. Not of a figure its own sentence dates by an old
            # month ("a shooting last October"): on a page of many incidents, a later figure
            # related to it is often another's.
            mention.event_date = None
            mention.carried = False
            continue
        if root.event_date and (
            not mention.event_date
            # "Four men were shot Tuesday night ... (a Saturday killing told before) ... All four
            # men were hospitalized": the article's day carried over gives way to the day of
            # the figure it repeats or is part of
            or (mention.carried and not root.carried)
            # "shot in shootings from Friday to Saturday ... shot at 3:15 a.m. Saturday": a part
            # keeps its own day of those its round-up spans
            or (
                mention.event_date > root.event_date
                and not _one_of_days(root, mention.event_date)
                and not _own_later_day(mention)
            )
        ):
            mention.event_date = root.event_date


def _own_later_day(mention: Mention) -> bool:
    """Whether `mention` repeats a person (`same_as`) with a later day its own sentence states
    for the harm ("A 28-year-old woman was shot ... early Saturday" after a woman punched on
    April 15): a person is harmed once, so a day of its own that differs tells the harm apart
    from the root's, unlike a toll's later day ("rose to 22 on Monday")."""
    return mention.relation == "same_as" and not mention.carried and mention.trigger.role == "verb"


BRACKETS = {"(": ")", "[": "]", "{": "}"}
#: how far past a span its closing bracket may stand ("[Theodora]", "(aged 20)")
BRACKET_REACH = 6


def balanced_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token span `start`..`end` with its brackets closed: a span that opens a bracket
    ("My daughter [Theodora") takes in the closing one when it follows closely, else stops
    before the opening one; a span that closes one it did not open starts at the opener when
    it stands just before, else after the closer. Reads the tokens' text; returns token
    indices (end exclusive)."""
    first, last = start, end
    openers: list[int] = []
    for i in range(start, end):
        text = doc[i].text
        if text in BRACKETS:
            openers.append(i)
        elif text in BRACKETS.values():
            if openers and BRACKETS[doc[openers[-1]].text] == text:
                openers.pop()
            elif i - start < BRACKET_REACH and start > 0 and doc[start - 1].text in BRACKETS:
                start -= 1  # "Theodora]" with "[" just before it
            else:
                start = i + 1
    if openers:
        opener = openers[0]
        closer = BRACKETS[doc[opener].text]
        reach = min(len(doc), end + BRACKET_REACH)
        after = next((i for i in range(end, reach) if doc[i].text == closer), None)
        if after is not None and len(openers) == 1:
            end = after + 1
        else:
            end = opener
            while end > start and doc[end - 1].is_punct:
                end -= 1  # "the man, (" -> "the man"
    return (start, end) if start < end else (first, last)


def _reflexive_subject(token: Token) -> Token | None:
    """ "he shot himself", "the 10-year-old accidentally shot himself in the hand": the
    subject of the reflexive's own verb, which names the person the count is written with;
    None when the verb has none of its own ("and then killed himself")."""
    if token.lower_ not in REFLEXIVES or token.dep_ != "dobj":
        return None
    subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i]
    if len(subjects) != 1 or subjects[0].pos_ not in ("PRON", "PROPN", "NOUN", "ADJ"):
        return None
    return subjects[0]


def _item(mention: Mention, lex: CasualtyLexicon) -> CasualtyItem:
    doc = mention.group.token.doc
    q = mention.quantity
    start, end = q.start, q.end
    # Leave out the generic plural: "at least 13" of "at least 13 people"; the contract names
    # only people/persons, so "One person" keeps its noun.
    last = doc[end - 1]
    plural = last.tag_ in ("NNS", "NNPS")
    # "several hundred people" counts as a numeral phrase does, though vague.
    scaled = end - start > 2 and doc[end - 2].lower_ in lex.words.numbers.scales
    numeral = q.kind == "numeric" or (q.qualifier == "vague" and scaled)
    if end - start > 1 and numeral and last.lower_ in lex.words.generic and plural:
        end -= 1
    subject = _reflexive_subject(mention.group.token)
    if subject is not None:
        start, end = subject.left_edge.i, subject.i + 1
    start, end = balanced_span(doc, start, end)
    harm = mention.trigger.token
    m_start, m_end = clause_span(harm, start, end)
    v_start, v_end, status = _victim(mention, lex)
    if status == "unknown":
        status = _part_status(mention, lex) or status
    if v_start is not None and v_end is not None:
        v_start, v_end = balanced_span(doc, v_start, v_end)
    location = mention.location
    related = mention.related
    return CasualtyItem(
        id=mention.id,
        type=mention.type,
        qualifier=q.qualifier,
        value=q.value,
        value_upper=q.value_upper,
        low=q.low,
        best=q.best,
        high=q.high,
        count_start=doc[start].idx,
        count_end=doc[end - 1].idx + len(doc[end - 1]),
        mention_start=doc[m_start].idx,
        mention_end=doc[m_end - 1].idx + len(doc[m_end - 1]),
        victim_start=doc[v_start].idx if v_start is not None else None,
        victim_end=doc[v_end - 1].idx + len(doc[v_end - 1]) if v_end is not None else None,
        victim_status=status,
        negated=q.negated,
        time_scope=mention.time_scope,
        relation=mention.relation if related is not None else None,
        related_id=related.id if related is not None else None,
        counts_toward_total=mention.counts,
        event_date=mention.event_date,
        location_start=doc[location[0]].idx if location else None,
        location_end=doc[location[1] - 1].idx + len(doc[location[1] - 1]) if location else None,
    )
