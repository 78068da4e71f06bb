"""Article-level referents for nominal attribution sources.

A nominal source ('police', 'the government', 'his lawyers') resolves by what else the article
writes about the same body or group: a narrower mention of it ('Haitian police', 'the city's
police department') gives that mention's words; the same group written again ('Residents hid
... claim residents') gives the source's own words; a state body set apart by its nation ('The
Israeli military') names one body as a name does. The mentions are indexed once per article
(`MentionIndex`); each lookup scans only the mentions of one head noun.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

#: The dependents that narrow a noun to one body or group ('Haitian', 'Northamptonshire',
#: "the city's").
NARROWING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: The dependents whose words open the noun phrase written before its head.
PHRASE_DEPS = NARROWING_DEPS | {"det", "nummod", "predet", "case"}
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclasses.dataclass(frozen=True)
class ReferentWords:
    """The word lists the lookups read, from `models/lexicons/sources.json`.

    `bodies`: heads of a body a bare mention stands for ('police', 'military'); `tails`: nouns
    a body's head may be written before ('police department', 'police force'); `excluded`:
    heads never linked by their words alone (documents: 'reports' are not one group);
    `new_referent`: determiners that bring in someone new ('another resident');
    `collective`: singular nouns of a group, named again by 'it' or 'they' ('police');
    `titles`: person nouns a body may be written before ('spokesman', 'chief'); `ranks`:
    words of a rank inside a title ('interim', 'deputy'); `placing`: prepositions whose phrase
    after a group's noun sets the group apart ('investigators in the town')."""

    bodies: frozenset[str]
    tails: frozenset[str]
    excluded: frozenset[str]
    new_referent: frozenset[str]
    collective: frozenset[str]
    titles: frozenset[str]
    ranks: frozenset[str]
    placing: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class Mention:
    """One noun phrase of the article: its head token, the head noun it is filed under (the
    body's noun for 'police department': 'police'), its character span without a leading
    'the', and the lower-cased words that set it apart ('haitian'; "city's" of "the city's
    police department"; 'kogi' of 'Kogi police spokesman')."""

    head: Token
    noun: str
    start: int
    end: int
    modifiers: frozenset[str]
    #: Whether it is the body of a title ('Kogi police' of 'Kogi police spokesman X').
    titled: bool
    #: Whether a name or a possessor sets it apart ('Haitian', 'Kogi', "the city's"), not
    #: only a kind ('undercover police', 'local police'); read from POS and entity types.
    proper: bool


class MentionIndex:
    """The noun phrases of one article, filed by lower-cased lemma, each noun's gathered on
    first use: a lookup reads only the tokens of the noun it asks for (found through the
    doc's lemma and lower-case arrays, made once per article), never the whole parse per
    source. Reads the parse (POS, dependencies, lemmas)."""

    def __init__(self, doc: Doc, words: ReferentWords) -> None:
        self.doc = doc
        self.words = words
        self.by_noun: dict[str, list[Mention]] = {}
        self._keys = doc.to_array([LEMMA, LOWER])

    def mentions(self, noun: str) -> list[Mention]:
        """The mentions of `noun` (a lower-cased lemma) in text order."""
        if noun not in self.by_noun:
            self.by_noun[noun] = []
            key = self.doc.vocab.strings[noun]
            for i in numpy.flatnonzero((self._keys == key).any(axis=1)).tolist():
                self._file(noun, self.doc[i])
        return self.by_noun[noun]

    def _file(self, noun: str, token: Token) -> None:
        """File the mentions one token of `noun` makes."""
        words = self.words
        if token.pos_ not in NOUN_POS:
            return
        if token.dep_ == "compound":
            if noun in words.bodies and token.head.lemma_.lower() in words.titles:
                # 'Kogi police spokesman William Aya': the title names the body it speaks for,
                # set apart by the names written before it. Plural rank and file ('Cedar
                # Rapids police officers responded') hold no title that speaks for the force.
                if not plural(token.head):
                    self._add(noun, token, _title_body(token), None, titled=True)
            elif noun in words.bodies and token.head.lower_ in words.tails:
                # 'the city's police department' is a police mention too: 'Police said' after
                # it stands for the department.
                head = token.head
                modifiers = _modifier_words(head, words) - {token.lower_}
                self._add(noun, head, phrase_span(head), modifiers)
            return
        if token.lemma_.lower() == noun or token.lower_ == noun:
            span = phrase_span(token)
            modifiers = _modifier_words(token, words)
            place = _place_after(token) if noun in words.bodies else None
            if place is not None:
                # 'the government of Samoa': the place after 'of' sets the body apart as
                # 'the Samoan government' does; a bare 'the government' stands for it.
                span = (span[0], place.right_edge.i + 1)
                modifiers = modifiers | {t.lower_ for t in place.subtree}
            self._add(noun, token, span, modifiers)

    def _add(
        self,
        noun: str,
        head: Token,
        span: tuple[int, int],
        modifiers: frozenset[str] | None,
        *,
        titled: bool = False,
    ) -> None:
        doc = head.doc
        before = [t for t in doc[span[0] : span[1]] if t.i != head.i and t.lower_ != noun]
        if modifiers is None:
            modifiers = frozenset(t.lower_ for t in before)
        proper = any(
            t.pos_ == "PROPN"
            or t.ent_type_
            or t.dep_ == "poss"
            # 'Somali' missed by the recogniser; a capital opening a sentence tells nothing
            or (t.is_title and not t.is_sent_start)
            for t in before
            if t.lower_ != "the"
        )
        if titled and modifiers & self.words.ranks:
            return  # 'Fort Myers Interim Police Chief': the rank's words, not a body's name
        mention = Mention(head, noun, *_span(head, *span), modifiers, titled, proper)
        self.by_noun.setdefault(noun, []).append(mention)


#: Entity types of an 'of' phrase's proper noun that name a time, not whose body it is.
TIME_LABELS = frozenset({"DATE", "TIME"})


def _place_after(head: Token) -> Token | None:
    """The proper noun of an 'of' phrase right after a body noun ('the government of Samoa',
    'the army of Mali', whatever type the recogniser gives the place), as the head of its
    name; None for a common noun or a date ('the government of the day', 'of May')."""
    prep = next((c for c in head.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ != "of" or prep.i != head.i + 1:
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "PROPN" or place.ent_type_ in TIME_LABELS:
        return None
    return place


def _title_body(body: Token) -> tuple[int, int]:
    """Token indices [start, end) of a body named inside a title: the body noun and the proper
    names and adjectives written right before it ('Kogi police' of 'Kogi police spokesman')."""
    doc = body.doc
    start = body.i
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod")
        and doc[start - 1].pos_ in ("PROPN", "ADJ")
        # a place of more words ('Cedar Rapids police chief') hangs its first words on its last
        and (
            doc[start - 1].head.i in (body.i, body.head.i)
            or start <= doc[start - 1].head.i < body.i
        )
    ):
        start -= 1
    return start, body.i + 1


def _modifier_words(token: Token, words: ReferentWords) -> frozenset[str]:
    """The lower-cased words of a noun's narrowing dependents ('haitian', "city's")."""
    return frozenset(
        t.lower_
        for c in narrowing(token, words)
        for t in c.subtree
        if not t.is_punct and t.lower_ not in ("the", "'s", "\u2019s")
    )


def written_alike(a: Token, b: Token, words: ReferentWords) -> bool:
    """Whether two mentions of one noun are set apart by the same words ('the health
    ministry' twice; not "Lebanon's health ministry" and 'the health ministry')."""
    return a.lemma_.lower() == b.lemma_.lower() and _modifier_words(a, words) == _modifier_words(
        b, words
    )


def _span(token: Token, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens start..end-1 of the token's doc, without a leading 'the'."""
    doc = token.doc
    if doc[start].lower_ == "the" and start < end - 1:
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def phrase_span(head: Token) -> tuple[int, int]:
    """Token indices [start, end) of the words written before a noun that belong to its phrase
    (determiner, adjectives, compounds, possessor), through the noun itself."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in PHRASE_DEPS:
            start = min(start, child.left_edge.i)
    return start, head.i + 1


def narrowing(token: Token, words: ReferentWords) -> list[Token]:
    """The dependents that set a noun apart as one body or group, not counting a possessive
    pronoun ('his lawyers' is the speaker's own) or words that bring in someone new."""
    return [
        c
        for c in token.children
        if c.dep_ in NARROWING_DEPS
        and not (c.dep_ == "poss" and c.pos_ == "PRON")
        and c.lower_ not in words.new_referent
    ]


def determiners(token: Token) -> set[str]:
    """The lower-cased determiners, numbers and adjectives on a noun ('one', 'other', 'the')."""
    return {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "amod")}


def plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")


def one_body(root: Token, words: ReferentWords) -> bool:
    """Whether a body noun is set apart as one body ('the army', 'Kenyan police', "Italy's
    coast guard"), which a pronoun referring back to it names again: not a bare
    ('Authorities') or indefinite noun, nor a person or a group of people ('officials', 'a
    nurse'), whom a pronoun only continues."""
    return root.lower_ in words.bodies and (
        "the" in determiners(root) or bool(narrowing(root, words))
    )


def named_again_by_pronoun(root: Token, words: ReferentWords) -> bool:
    """Whether a definite body ('The Israeli military said ...') is written again as the subject
    pronoun of the next sentence of its paragraph ('It did not provide evidence.'): 'it' for a
    singular noun, 'they' for a plural one, either for a collective 'police'. Reads the
    sentence bounds, dependencies and tags. Not a bare or indefinite noun ('Iraqi military',
    'a local office'): no one body is meant."""
    if root.lower_ not in words.bodies or "the" not in {c.lower_ for c in root.lefts}:
        return False
    doc = root.doc
    end = root.sent.end
    if end >= len(doc) or "\n" in doc[end - 1 : end + 1].text_with_ws:
        return False
    subject = next((t for t in doc[end].sent if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PRON":
        return False
    fits = (
        {"it", "they"}
        if root.lower_ in words.collective
        else ({"they"} if plural(root) else {"it"})
    )
    return subject.lower_ in fits


def narrower_mention(
    root: Token, index: MentionIndex, skip: Callable[[Token], bool] | None = None
) -> Mention | None:
    """The body a body noun ('police', 'the coast guard') stands for when the article sets it
    apart elsewhere with more words ('Haitian police', "the city's police department", 'the
    Italian coast guard', 'Kogi police spokesman'): the nearest such mention before the
    source, else the first after it. None when the source brings in someone new ('other
    police'), has words the other lacks ('local police' is not 'Kenyan police'), or the article
    sets apart two different bodies before it (no telling which). A mention whose head
    `skip` refuses is another party, not the source's body ('Rebels from the National
    Liberation Army attacked ..., the army said')."""
    words = index.words
    noun = root.lower_
    if noun not in words.bodies or determiners(root) & words.new_referent:
        return None
    own = _modifier_words(root, words)
    # 'county police', 'undercover police' only say which or what kind of the force the
    # article speaks of; a proper word or a possessor sets one body apart.
    found = [
        m
        for m in index.mentions(noun)
        if m.head.i != root.i
        and own < m.modifiers
        and m.proper
        and not determiners(m.head) & words.new_referent
        and not (skip is not None and skip(m.head))
    ]
    if not found:
        return None
    before = [m for m in found if m.end <= root.idx]
    # After the source only a title's body counts: the force's spokesman speaks for the force
    # that reported ('police said ... Somali police spokesman X'); a force named later with a
    # name of its own may be another one ('Police said ... Baltimore County police said').
    chosen = before or [m for m in found if m.titled]
    texts = {_words(m) for m in chosen}
    if not chosen or (len(texts) > 1 and not _one_body(texts)):
        return None
    return chosen[-1] if before else chosen[0]


def _same_body_words(
    mention: Mention, root: Token, own: frozenset[str], index: MentionIndex
) -> bool:
    """Whether a mention writes a definite body noun with the same narrowing words as the
    source ('the city council' ... 'the secretary of the city council'), in the same number,
    not as a title's body."""
    head = mention.head
    return (
        bool(own)
        and mention.modifiers == own
        and not mention.titled
        # (the recogniser may take 'the health ministry' for an ORG name: the same words,
        # whatever their type)
        and plural(head) == plural(root)
        and not determiners(head) & index.words.new_referent
    )


def _words(mention: Mention) -> str:
    return mention.head.doc.text[mention.start : mention.end].lower()


def _one_body(texts: Iterable[str]) -> bool:
    """Whether the mentions all write the same body, the shorter ones inside the longest."""
    ordered = sorted(texts, key=len)
    return all(t in ordered[-1] for t in ordered)


def named_again(root: Token, source: tuple[int, int], index: MentionIndex) -> bool:
    """Whether the article writes the nominal's group again outside the source phrase: the
    same head noun in the same number, not brought in as someone new ('another resident' is
    not 'residents'), and not a document ('reports' are not one group). The source itself must
    be no newcomer either ('A woman ... told'); a bare 'police' or 'residents' written twice is
    one group, and a force ('Atlanta police') or people ('federal prosecutors') set apart, then
    written bare after it, before any other group of that noun is set apart. Its own words are
    then its resolution."""
    words = index.words
    noun = root.lemma_.lower()
    if noun in words.excluded or determiners(root) & words.new_referent:
        return False
    narrowed = bool(narrowing(root, words))
    if narrowed and noun not in words.bodies and not (plural(root) and noun in words.titles):
        return False
    # People set apart by their words ('federal prosecutors', 'North Carolina investigators')
    # are written again by the bare plural after them ('Prosecutors declined to comment'), as
    # 'Atlanta police' is by a bare 'police' after it; but a bare 'investigators' after
    # another group of them ('state investigators ... federal investigators ... the
    # investigators') is that nearer group, and one placed by a phrase after it
    # ('investigators in the town') is set apart too (a bare 'Police' before 'State police'
    # may be another force).
    other_group = narrowed and noun not in words.bodies
    own = _modifier_words(root, words) if other_group else frozenset()
    nouns = [noun]
    if root.lower_ in words.tails:
        nouns += [c.lower_ for c in root.lefts if c.dep_ == "compound" and c.lower_ in words.bodies]
    own_body = _modifier_words(root, words) if narrowed and noun in words.bodies else frozenset()
    for name in nouns:
        for mention in index.mentions(name):
            head = mention.head
            if source[0] <= head.idx < source[1] or head.i == root.i:
                continue
            if own_body and name == noun and _same_body_words(mention, root, own_body, index):
                # 'the regional administration' or 'the city council' written again with the
                # same words, before or after the source: the same body
                return True
            if narrowed and head.idx < source[1]:
                continue
            if other_group and mention.modifiers and not own <= mention.modifiers:
                break  # another group of the noun set apart after the source
            if other_group and any(
                c.dep_ == "prep" and c.lower_ in words.placing for c in head.children
            ):
                continue
            if (
                head.ent_type_ not in ("", "NORP")  # 'the Fraternal Order of Police': a name
                or determiners(head) & words.new_referent
                or mention.modifiers
                or any(c.dep_ == "nummod" for c in head.children)
            ):
                continue  # 'another resident', 'local investigators', '60 survivors': others
            if (
                head.lemma_.lower() == noun
                and plural(head) != plural(root)
                # the tagger reads one 'police' as singular and the next as plural: a
                # collective written alike is the same number, whatever the tags; not the
                # modifier of another noun ('a police officer'), which names no group
                and not (
                    noun in words.collective
                    and head.lower_ == root.lower_
                    and head.dep_ != "compound"
                )
            ):
                continue
            return True
    return False


def named_again_as_body(root: Token, source: tuple[int, int], index: MentionIndex) -> bool:
    """Whether a definite body set apart by its words ('The Gaza health ministry', "Lebanon's
    health ministry") is written again after the source as the bare definite noun ('The
    ministry does not distinguish ...'), whether that mention speaks or not: one body is
    meant, as 'It' in the next sentence names it again (`named_again_by_pronoun`). The first
    mention of the noun after the source decides: another body set apart by its own words
    ('the Lebanese army') stops the look."""
    words = index.words
    noun = root.lemma_.lower()
    if noun not in words.bodies or plural(root) or not narrowing(root, words):
        return False
    if not ({"the"} & determiners(root) or any(c.dep_ == "poss" for c in root.children)):
        return False
    for mention in index.mentions(noun):
        head = mention.head
        if head.idx < source[1] or head.i == root.i:
            continue
        if head.ent_type_ not in ("", "NORP") or plural(head):
            return False  # 'the Ministry of Health' as a name, 'ministries': not this one
        return determiners(head) == {"the"} and not mention.modifiers
    return False
