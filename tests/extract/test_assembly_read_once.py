"""Facts read once per article or sentence while incidents are assembled (issue 11) give what reading
them afresh gives: ``placing._road_end`` and ``placing._reference_point`` kept per mention,
``placing._glued_b`` per surface and name, what ``extract.memo.Memo`` keeps: in ``incidents`` per sentence
(the sentence after an event's, a risen toll, a foreign state named, the sentences a toll update is
looked for in, ``_toll_step``), in ``merging`` per account's text (``drafts.DraftFacts``: what an account's
sentence says: another event, a risen toll, another source's count); and ``merge_pass._merge_pass`` asks the
events kept so far nearest first and stops at the first that may take the draft. Each text is parsed
with the kept facts and with every fact read afresh at each ask; the outputs must be equal. Phrasings written for this file."""

from __future__ import annotations

from datetime import date

import pytest

from extract import drafts, merge_pass, merging, placing
from extract.memo import Memo
from extract.model import Article
from extract.pipeline import parse_article, to_contract

DAY = date(2024, 3, 10)

TEXTS = [
    # a road named by its ends, the toll rising two sentences on, others wounded in the next sentence
    "انفجرت عبوة ناسفة على طريق بغداد البصرة قرب ناحية اليوسفية مساء أمس، ما أسفر عن مقتل جنديين. "
    "وأصيب ثلاثة آخرون بجروح. وارتفعت حصيلة ضحايا الانفجار إلى أربعة قتلى.",
    # a reference point (north of a city), two events in one sentence, no casualties stated after it
    "سقطت قذيفتا هاون على قضاء الطارمية شمالي بغداد، فيما انفجرت عبوة في قضاء الشرقاط شمالي تكريت. "
    "ولم تسفر عن أي خسائر بشرية.",
    # a foreign state's army named by its adjective: the bare army is that state's
    "أعلنت وزارة الدفاع التركية أن الجيش قصف مواقع في قضاء العمادية شمالي العراق يوم الأحد. "
    "وقصفت طائرة مسيرة قرية في ناحية سيدكان بمحافظة أربيل.",
    # English: a toll update, another attack told apart, a road between two towns
    "A roadside bomb killed two soldiers near Tarmiyah, north of Baghdad, on Saturday. "
    "In a separate attack, gunmen killed a policeman in Mosul. "
    "The death toll from the Tarmiyah blast rose to five, police said.",
    "Militants ambushed a convoy on the Baiji-Haditha road on Friday, killing three fighters. "
    "Ten others were wounded. No one claimed responsibility.",
    # a foreign state's army in one sentence, Iraq's soldiers in the next (each sentence its own state)
    "Turkish warplanes bombed villages in the Amedi district of Duhok on Monday, the Turkish defence ministry "
    "said. Soldiers clashed with gunmen in Kirkuk on Tuesday, killing two.",
    "أعلنت وزارة الدفاع التركية أن الجيش قصف مواقع في قضاء العمادية يوم الأحد. واشتبك الجيش مع مسلحين في كركوك "
    "يوم الاثنين، ما أسفر عن مقتل اثنين منهم.",
    # English: a state named abroad, a base, the same place retold
    "Turkish warplanes struck villages in the Amedi district of Duhok on Monday, the Turkish "
    "defence ministry said. The army said the strikes destroyed caves. "
    "Two rockets hit Ain al-Asad air base in Anbar province. The base hosts US troops.",
]


def _merge_pass_asking_all(drafts, mergeable, combine=merging._combine):
    """The merge pass asking every event kept so far, then joining the nearest that said yes."""
    merged = []
    for draft in sorted(drafts, key=lambda d: (not d.placed, d.sentence_index)):
        candidates = [i for i, m in enumerate(merged) if mergeable(m, draft)]
        if candidates:
            i = min(candidates, key=lambda i: abs(merged[i].sentence_index - draft.sentence_index))
            merged[i] = combine(merged[i], draft)
        else:
            merged.append(draft)
    return merged


def _direct(monkeypatch) -> None:
    """Every kept fact read afresh at each ask, every merge candidate asked."""
    monkeypatch.setattr(merge_pass, "_merge_pass", _merge_pass_asking_all)
    # each draft's own record of its text (not one shared by the drafts of that text), each fact read at each ask
    monkeypatch.setattr(drafts.DraftFacts, "of", staticmethod(lambda x: drafts.DraftFacts(x.evidence or "", x.trigger or "")))
    monkeypatch.setattr(drafts._fact, "__get__", lambda fact, record, owner=None: fact if record is None else fact.read(record))
    def reference_point(text, m, mentions):
        if m.place.feature_type not in placing._REFERENCE and m.place.feature_type != "country":
            return False
        return placing._read_reference_point(text, m, mentions)

    monkeypatch.setattr(placing, "_road_end", placing._read_road_end)
    monkeypatch.setattr(placing, "_reference_point", reference_point)
    monkeypatch.setattr(Memo, "once", lambda memo, what, key, read: read(key))
    monkeypatch.setattr(placing, "_glued_b", placing._glued_b.__wrapped__)


def _parse(text: str) -> dict:
    return to_contract(parse_article(Article(text=text), article_date=DAY))


@pytest.mark.parametrize("text", TEXTS)
def test_kept_facts_equal_facts_read_afresh(text, monkeypatch):
    kept = _parse(text)
    assert kept["incidents"]  # each text tells at least one incident
    _direct(monkeypatch)
    assert _parse(text) == kept


def test_nothing_kept_crosses_to_the_next_article(monkeypatch):
    # Each text after another (what was kept for one must not answer for the next), against each alone.
    together = [_parse(text) for text in TEXTS + TEXTS[::-1]]
    _direct(monkeypatch)
    alone = [_parse(text) for text in TEXTS + TEXTS[::-1]]
    assert together == alone


def test_kept_road_end_and_reference_point_equal_direct_reading():
    text = TEXTS[0] + " " + TEXTS[1]
    parsed = parse_article(Article(text=text), article_date=DAY)
    mentions = list(parsed.mentions)
    assert mentions
    for m in mentions:
        assert placing._road_end(text, m) == placing._read_road_end(text, m)
        direct = (m.place.feature_type in placing._REFERENCE or m.place.feature_type == "country") and \
            placing._read_reference_point(text, m, mentions)
        assert placing._reference_point(text, m, mentions) == direct
    assert any(placing._road_end(text, m) for m in mentions)  # بغداد in «طريق بغداد البصرة»
    assert any(placing._reference_point(text, m, mentions) for m in mentions)  # بغداد after «شمالي»


def test_mentions_within_a_stretch_equal_the_filter():
    # placing._within: bisection in the starts of a sorted list kept per list; the plain filter otherwise
    text = TEXTS[0] + " " + TEXTS[1]
    mentions = list(parse_article(Article(text=text), article_date=DAY).mentions)
    assert len(mentions) > 3
    unsorted = mentions[::-1]
    bounds = [(lo, hi) for lo in range(0, len(text) + 10, 7) for hi in range(lo, len(text) + 10, 23)]
    for given in (mentions, tuple(mentions), unsorted, mentions[:2], mentions):
        for lo, hi in bounds:
            found = placing._within(given, lo, hi)
            assert isinstance(found, list)
            assert found == [m for m in given if lo <= m.start < hi]
