"""Numbers and casualty counts (killed, injured) in Arabic and English news sentences.

Counting rules:
- A count is tied to a casualty word within its clause: before it (مقتل 18 شخصاً, إصابة 3
  منتسبين, killing five, wounded four) or after it (سقوط 4 قتلى و7 جرحى, لقي 3 أشخاص حتفهم,
  three soldiers were killed, left two dead and 12 wounded).
- A singular person noun counts 1 (مقتل جندي, a civilian was killed); its dual counts 2
  (جنديين, جنديان; متعاقدَين only with its fatha, since متعاقدين is also the plural, or before a
  dual verb: متظاهرين قتلا, two protesters were killed).
- Coordinated groups add up (متعاقدَين أجنبيين وتسعة عراقيين = 11), as do later groups of
  'others' (وإصابة خمسة آخرين); otherwise the largest count wins (a recap is not counted twice).
- Vague counts (عشرات القتلى, dozens killed) and 'killed and wounded N' (قتل وجرح 10, 10 بين
  قتيل وجريح) give no number. 0 only for explicit 'no casualties' phrases; None for silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from extract import needs
from extract import regexes as re
from extract.lexicon_dates import NumberLexicon as _Lexicon
from extract.lexicon_dates import ascii_lower, normalize, normalize_with_map
from extract.lexicon_dates import number_lexicon as _lexicon
from extract.number_words import parse_number

__all__ = ["Casualties", "count_casualties", "parse_number", "tells_risen_toll"]

_TOKEN = re.compile(r"[وفبل]?\d+(?:[,.]\d+)*|\w+(?:-\w+)*|[^\w\s]")
#: "U.S.", "U.N.": one word («us», «un», same length with two spaces), so "two U.S. service members" is
#: one noun phrase and "seven U.S. troops are injured" one clause.
_ABBREV = re.compile(r"\b([a-z])\.([a-z])\.")
_HUNDREDS = (normalize("مئة"), normalize("مائة"))


@dataclass(frozen=True)
class Casualties:
    """People reported killed and injured; None when the text says nothing about it."""

    killed: int | None
    injured: int | None


class _Tok:
    """One token: ``norm`` normalised and lower case, ``bare`` without a و/ف proclitic (see
    :func:`_strip`), ``dual_mark`` when the original has fatha + ي (dual) at the end."""

    __slots__ = ("bare", "dual_mark", "norm")  # a plain class: built for every token of every clause

    def __init__(self, norm: str, dual_mark: bool) -> None:
        self.norm, self.dual_mark = norm, dual_mark
        self.bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm


@lru_cache(maxsize=1 << 16)
def _plain_token(word: str) -> _Tok:
    """The token of ``word`` without a dual mark; tokens are never changed (only replaced), so the
    same words, clause after clause, share one."""
    return _Tok(word, False)


def _tokens(text: str, folded: str | None = None) -> list[_Tok]:
    """The tokens of ``text`` (``folded``: its ``normalize(text)``, when the caller made it)."""
    norm, index = normalize_with_map(text, folded)
    lowered = ascii_lower(norm)  # same length as norm
    if "." in lowered:
        lowered = _ABBREV.sub(r"\1\2  ", lowered)
    if "\u064e" not in text:  # no fatha at all: no token carries the dual mark
        return [_plain_token(word) for word in _TOKEN.findall(lowered)]
    matches = _TOKEN.finditer(lowered)
    out = []
    for m in matches:
        original = text[index[m.start()]:index[m.end() - 1] + 1] if index else m.group()
        out.append(_Tok(m.group(), "\u064eي" in original[-4:]))
    return out


def _strip(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


#: parse_number of one token or a few: the same few thousand strings come back clause after clause.
_parse_number = lru_cache(maxsize=1 << 16)(parse_number)


def _person(tok: _Tok, lex: _Lexicon) -> int | None:
    """1 for a singular person noun, 2 for its dual, else None."""
    word = tok.bare.removeprefix("ال")
    # سائقاً, and with a possessive pronoun سائقها, شقيقه (its driver, his brother): one person
    for stem in (word, word.removesuffix("ا"), word.removesuffix("ها"), word.removesuffix("ه")):
        if stem in lex.people:
            return 1
    for ending in ("ين", "ان"):
        stem = word.removesuffix(ending)
        if stem != word and stem in lex.people and (ending == "ان" or lex.people[stem] or tok.dual_mark):
            return 2
    if word in lex.en_people:
        return 1
    return None


def _number_at(toks: list[_Tok], i: int, lex: _Lexicon) -> tuple[int, int] | None:
    """(value, tokens used) of a number starting at token i, longest reading first."""
    for n in (3, 2, 1):
        words = [t.norm for t in toks[i:i + n]]
        # a digit group with its thousands separator is one number ("4,300", «1.350»)
        if len(words) < n or any(not w.replace("-", "").replace(",", "").replace(".", "").isalnum() for w in words):
            continue
        if n > 1 and not (words[1].startswith("و") or words[1] in {"عشر", "عشره", "and", "hundred", "thousand",
                                                                  "الف", "الاف", *_HUNDREDS, "dozen"}):
            continue
        if words[-1] == "and":  # "killed five and injured seven": the count ends before "and"
            continue
        value = _parse_number(" ".join(words))
        if value is not None and not (words[0] in {"a", "an", "one"} and n == 1):
            return value, n
    if toks[i].norm in {"a", "an", "one", "its", "his", "her"} and i + 1 < len(toks) and _person(toks[i + 1], lex):
        return 1, 1  # "killing a soldier", "killing its driver"
    if toks[i].norm in {"a", "an", "one"}:  # "a foreign contractor", "one police officer": one or two words between
        for k in (i + 2, i + 3):
            if k < len(toks) and all(t.norm.isalpha() and t.norm.isascii() and t.norm not in lex.before
                                     and t.norm != "and" for t in toks[i + 1:k]) and _person(toks[k], lex):
                return 1, 1
    return None


def _skip_qualifier(toks: list[_Tok], i: int, lex: _Lexicon) -> int:
    if i >= len(toks):
        return i
    for q in lex.qualifiers_by_first.get(toks[i].bare, ()):
        if tuple(t.norm for t in toks[i + 1:i + len(q)]) == q[1:]:
            return i + len(q)
    return i


#: Words that end a counted noun phrase (هم متعاقد وثمانية مدنيين is an apposition, not more dead).
_STOP = frozenset(normalize(w) for w in ["هم", "هما", "منهم", "بينهم", "من", "في", "على", "الى", "عن", "اثر", "جراء", "بعد", "خلال",
                   "in", "on", "at", "of", "by", "after", "during", "near", "including"])
_AUX = frozenset(["were", "was", "have", "has", "had", "been", "are", "is", "being", "got", "reportedly", "also", "later"])
_NOT_COUNT = frozenset(normalize(w) for w in ["عاما", "عام", "سنه", "سنوات", "اعوام", "يوما", "ايام", "ساعات", "ساعه", "شهرا",
                        "days", "day", "hours", "weeks", "years", "months", "ago", "%", "بالمئة", "بالمائة",
                        "مرات", "مره", "times"])  # «أصيب 3 مرات»: how often, not how many


#: An ordinal after a casualty word is one more person (مقتل جنديين وإصابة ثالث).
_ORDINAL_ONE = frozenset(normalize(w) for w in ["ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر",
                                                  "ثالثا", "رابعا", "خامسا", "third", "fourth", "fifth", "sixth"])
#: «واحد» after a counted person agrees with it (مقتل شخص واحد, إصابة امرأة واحدة): one person, not «و» + «أحد».
_ONE_AGREEING = frozenset(normalize(w) for w in ["واحد", "واحدة", "واحدا", "واحداً"])
_HAMZA_ONE = re.compile("و[أإ]حد")  # «وأحد», «وإحدى» as written: 'and one of', which normalising folds into «واحد»
#: Words after which an English count of others stands: "and one police officer" joins the count.
_EN_GROUP_END = frozenset(["were", "was", "are", "is", "have", "has", "had", "been"])
#: The auxiliaries of an active perfect: 'militants have killed two soldiers' (the victims after the verb,
#: the killers before it), unlike 'have been killed'.
_PERFECT = frozenset(["have", "has", "had"])
#: Relative pronouns before a casualty verb: one person (الذي قتل), two (اللذين قتلا).
_WHO_ONE = {normalize(w): n for w, n in [("الذي", 1), ("التي", 1), ("والذي", 1), ("والتي", 1), ("اللذين", 2),
                                          ("اللذان", 2), ("اللتين", 2), ("اللتان", 2)]}
#: The execution noun, and the words of a court's sentence before it (قضت بإعدام, حكم بإعدام): no death yet.
_EXECUTION = frozenset([normalize("إعدام")])
_SENTENCE = frozenset(normalize(w) for w in ["حكم", "الحكم", "حكما", "بحكم", "احكام", "قضت", "قضى", "يقضي", "تقضي",
                                              "المحكمة", "محكمة", "صدر", "أصدرت", "اصدرت", "sentenced"])
_Counts = dict[str, list[tuple[int, bool]]]  # kind -> [(count, counts 'others')]
_PUNCT = frozenset(["،", ",", ".", ";", "؛", ":"])
_TOLL_SKIP = frozenset(normalize(w) for w in ["الى", "ل", "بلغ", "وصل", "to", "rose", "risen", "climbed", "reached", "stands", "stood",
                        "at", "is", "was", "has", "of"])


def _agreeing_one(toks: list[_Tok], j: int, lex: _Lexicon) -> bool:
    """Whether token ``j``, right after a counted person, is the numeral «واحد» agreeing with it
    (مقتل شخص واحد وإصابة اثنين, مقتل شخص واحد من عناصر الشرطة) rather than «وأحد» (and one of) written
    without its hamza: the clause goes on with a new clause, a preposition or nothing, not with the
    group «أحد» would head (وأحد المارة, وأحد عناصر الحشد)."""
    if j >= len(toks) or toks[j].norm not in _ONE_AGREEING:
        return False
    nxt = toks[j + 1].norm if j + 1 < len(toks) else ""
    return (not nxt or nxt in _PUNCT or nxt in _STOP or nxt[:1] in "وبل" or nxt in lex.before
            or _strip(nxt) in lex.before)


def _before(toks: list[_Tok], lex: _Lexicon, counts: _Counts, used: set[int], agreeing_one: bool = True) -> None:
    """Counts after a casualty word: مقتل 18 شخصاً, إصابة جنديين, killing five. ``agreeing_one`` is
    False when the text writes «وأحد» with its hamza somewhere, so a «واحد» token may be that word."""
    i = 0
    while i < len(toks):
        word = toks[i].bare
        kind = lex.before.get(word) or lex.before.get(toks[i].norm) or (
            lex.before.get(word[1:]) if word[:1] in "بل" and len(word) > 4 else None)  # بمقتل, لمقتل
        if kind is None or (i > 0 and toks[i - 1].norm in _AUX and toks[i - 1].norm not in _PERFECT):
            i += 1  # 'was killed': the count is before it ('have killed two': active, the count after)
            continue
        if _strip(word).removeprefix("ب") in _EXECUTION and any(t.norm in _SENTENCE for t in toks[max(0, i - 3):i]):
            i += 1  # «قضت المحكمة بإعدام 5 مدانين»: a court's sentence, nobody died
            continue
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        if nxt.startswith("و") and lex.before.get(nxt[1:], kind) != kind:  # قتل وجرح 10: split unknown
            used.update(range(i + 2, i + 6))
            i += 2
            continue
        if nxt == "and" and i + 2 < len(toks) and lex.before.get(toks[i + 2].norm, kind) != kind:
            used.update(range(i + 3, i + 7))  # "kills and injures seven": the split is unknown
            i += 3
            continue
        j, total, found = _skip_qualifier(toks, i + 1, lex), 0, False
        j = _skip_scene(toks, j, lex)  # قتل في الهجوم خمسة أشخاص: the scene told between the verb and its count
        ordinal = False
        while j < len(toks):
            num = _number_at(toks, j, lex)
            if toks[j].norm == "a" and j + 1 < len(toks) and toks[j + 1].norm in _ORDINAL_ONE and not (
                    j + 2 < len(toks) and toks[j + 2].norm == "of"):  # "wounding a third" (not "a third of")
                j += 1
            if toks[j].norm in _ORDINAL_ONE:  # وإصابة ثالث: one more, besides those just counted
                value, ordinal = 1, True
                used.add(j)
                j += 1
            elif num:
                value, n = num
                if j + n < len(toks) and (toks[j + n].norm in _NOT_COUNT
                                          or lex.after.get(toks[j + n].norm) not in (None, kind)):
                    break  # 18 عاماً; 'مقتل 3 جرحى' is odd: the noun after decides (counted below)
                used.update(range(j, j + n))
                # the counted noun after the number (18 شخصاً), unless the number stands bare before
                # the next casualty word (مقتل 6 وإصابة 25)
                nxt = toks[j + n].norm if j + n < len(toks) else ""
                j += n + (0 if nxt in lex.before or _strip(nxt) in lex.before else 1)
            elif person := _person(toks[j], lex):
                value = person
                used.add(j)
                j += 1
            elif j + 1 < len(toks) and toks[j].norm.isalpha() and (toks[j].norm not in _STOP or toks[j].norm == "of") and \
                    not toks[j + 1].norm.isdigit() and (
                    num := _number_at(toks, j + 1, lex)):  # إصابة مدنيين اثنين, مقتل الإرهابيين الخمسة
                value = num[0]
                used.update(range(j, j + 1 + num[1]))
                j += 1 + num[1]
            else:
                break
            total, found = total + value, True
            start = j
            while j < len(toks) and j - start < 2 and toks[j].norm.isalpha() and not toks[j].norm.startswith("و") \
                    and toks[j].norm not in lex.before and toks[j].norm not in _STOP and toks[j].norm != "and":
                j += 1  # adjectives: متعاقدين اجنبيين, soldiers
            if agreeing_one and _agreeing_one(toks, j, lex):
                j += 1  # مقتل شخص واحد: «واحد» agrees with the person counted, it is not «و» + «أحد»
            if _english_group_follows(toks, j, lex):
                j += 1  # "killing four protesters and one police officer"
                continue
            if not (j < len(toks) and toks[j].norm.startswith("و") and toks[j].norm not in lex.before
                    and _strip(toks[j].norm) not in lex.before):
                break
            toks[j] = _Tok(toks[j].norm[1:], toks[j].dual_mark)  # وتسعة -> تسعة
        if not found and i + 1 < len(toks) and toks[i + 1].norm == "another" and (
                i + 2 == len(toks) or toks[i + 2].norm in _PUNCT or toks[i + 2].norm in _STOP):
            total, found, ordinal = 1, True, True  # "killing one and injuring another."
            j = i + 2
        elif not found and i > 0 and toks[i - 1].norm in _WHO_ONE:  # الشهيد فلان الذي استشهد في ...
            total, found = _WHO_ONE[toks[i - 1].norm], True
        elif not found and i > 0 and toks[i].norm.isalpha() and not toks[i].norm.isascii() and not (
                i + 1 < len(toks) and toks[i + 1].bare in lex.vague) and (
                person := _person(toks[i - 1], lex)):  # إن شاباً قتل بالرصاص: the one just named was killed
            # (not «التنظيم الإرهابي أعدم العديد»: the victims, uncounted, follow; the one named killed them)
            total, found = person, True
        if found:
            others = ordinal or any(t.norm.startswith(("اخر", "other", "another")) for t in toks[i + 1:j + 2])
            counts[kind].append((total, others))
        i = max(i + 1, j)


#: Definite words of time after «في»: «قتل في العام 2014», «أصيب في الساعة 3» tell when, and the number is no count.
_TIME_WORDS = frozenset(normalize(w) for w in ["العام", "عام", "السنة", "الشهر", "الأسبوع", "اليوم", "الساعة", "الليلة",
                                                "الصباح", "المساء", "الفترة", "الأيام", "الأشهر", "السنوات", "الأعوام"])


def _skip_scene(toks: list[_Tok], j: int, lex: _Lexicon) -> int:
    """The token after a short prepositional phrase of the scene between an Arabic casualty verb and its count
    («قتل في الهجوم خمسة أشخاص», «أصيب بالانفجار 3 جنود», «وأصيب في الانفجار أكثر من 50 شخصاً»: verb, where or
    by what, then the victims), when a count follows it; else ``j``. Not a time («في العام 2014») nor a year."""
    if j >= len(toks):
        return j
    word = toks[j].norm
    if word == normalize("في") and j + 1 < len(toks) and toks[j + 1].norm.startswith("ال"):
        k = j + 2  # في الهجوم
    elif word.startswith(("بال", "جراء")) and len(word) > 4:
        k = j + 1  # بالانفجار
    else:
        return j
    if toks[k - 1].norm in _TIME_WORDS or k >= len(toks):
        return j
    k = _skip_qualifier(toks, k, lex)
    num = (_number_at(toks, k, lex) or _person(toks[k], lex)) if k < len(toks) else None
    if not num or (toks[k].norm.isdigit() and len(toks[k].norm) == 4 and 1900 <= int(toks[k].norm) <= 2099):
        return j
    return k


def _english_group_follows(toks: list[_Tok], j: int, lex: _Lexicon) -> bool:
    """Whether "and" at ``j`` joins another counted group to the victims just counted ("and one police
    officer", "and a child"): a number or "a"/"one" + person follows, and no verb within four words
    takes it as a clause of its own ("and 5 were injured", "and 12 wounded")."""
    if j + 1 >= len(toks) or toks[j].norm != "and" or not toks[j + 1].norm.isascii():
        return False
    if not _number_at(toks, j + 1, lex):
        return False
    ahead = toks[j + 1:j + 6]
    return not any(t.norm in _EN_GROUP_END or t.norm in lex.after or t.norm in lex.before for t in ahead)


def _coordinated_before(toks: list[_Tok], k: int, lex: _Lexicon, used: set[int], first: int = 0) -> int:
    """People counted in groups joined by 'and' before token k (English), added to ``first``, the count
    at k; a range "between N and ``first``" gives its lower bound (ACLED's)."""
    extra = 0
    while k >= 2 and toks[k - 1].norm == "and":
        for j in (k - 2, k - 3):
            # (read up to the "and": "between five and ten" is five, not the compound 'five and ten')
            num = j >= 0 and j not in used and (_number_at(toks[:k - 1], j, lex) or (
                (p, 1) if (p := _person(toks[j], lex)) else None))
            if num:
                if j > 0 and toks[j - 1].norm == "between":  # "between 3 and 5 people": the lower bound
                    return num[0] - first if extra == 0 and num[0] < first else 0
                extra, k = extra + num[0], j
                used.add(j)
                break
        else:
            break
    return extra


@lru_cache(maxsize=1)
def _year_heads() -> frozenset[str]:
    """Words a year follows: month names (dates.yaml, last word: «آب», «الثاني», "August") and «عام»."""
    from extract.lexicon_cache import shipped  # the date lexicon, loaded once for the parser anyway

    months = shipped()["dates"]["months"]
    words = {normalize(w.split()[-1]) for m in months for w in m["arabic"]}
    words |= {w.split()[-1].lower() for m in months for w in m["english"]}
    return frozenset(words | {normalize(w) for w in ("عام", "العام", "سنة", "السنة", "عامي", "year", "in")})


def _a_year(toks: list[_Tok], k: int) -> bool:
    """Whether the number at token k is a year after a month or «عام» (1900–2099 in digits)."""
    word = toks[k].norm
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099 and k > 0 and \
        toks[k - 1].norm in _year_heads()


def _dual_verb(tok: _Tok, lex: _Lexicon) -> bool:
    """Whether ``tok`` is the dual of a past casualty verb (قتلا, استشهدا, أصيبا, جرحا: the verb + ا):
    its subject is two people."""
    return tok.norm.endswith("ا") and tok.norm[:-1] in lex.before


def _plural_form(tok: _Tok, lex: _Lexicon) -> bool:
    """Whether ``tok`` is a person noun in -ين/-ان (متظاهرين, مدنيين), which is a dual or a plural:
    before a dual verb (متظاهرين قتلا) it is the dual."""
    word = tok.bare.removeprefix("ال")
    return any(word.endswith(e) and word.removesuffix(e) in lex.people for e in ("ين", "ان"))


def _object_after(toks: list[_Tok], i: int, lex: _Lexicon, used: set[int]) -> bool:
    """Whether people are named within three words after the verb at ``i`` (مسلحين قتلا شرطياً, قتلا بالرصاص
    مدنياً): then the verb is active and its subject the killers."""
    for k in range(i + 1, min(len(toks), i + 4)):
        if toks[k].norm in _PUNCT or toks[k].norm.startswith("و"):
            return False  # the clause ends, or the next one begins (قتلا، وأصيب ثلاثة)
        if k in used or _person(toks[k], lex) or _number_at(toks, k, lex):
            return True
    return False


_PASSIVE = frozenset(["killed", "wounded", "injured", "hurt", "executed"])
_MORE = frozenset(["more", "others"])  # "Eleven people are killed and 26 more injured"


def _after(toks: list[_Tok], lex: _Lexicon, counts: _Counts, used: set[int]) -> None:
    """Counts before a casualty word (4 قتلى, لقي 3 أشخاص حتفهم, three soldiers were killed) and
    tolls after a definite one (ارتفعت حصيلة القتلى إلى 20, the death toll rose to 20)."""
    for i, tok in enumerate(toks):
        toll = tok.norm == "toll" and i > 0 and toks[i - 1].norm == "death"
        kind = "killed" if toll else lex.after.get(tok.bare) or lex.after.get(tok.bare[2:])
        if kind is None:
            continue
        if toll or _strip(tok.norm).startswith("ال"):
            k = i + 1
            while k < len(toks) and k - i < 4 and _strip(toks[k].norm) in _TOLL_SKIP:
                k += 1
            num = _number_at(toks, k, lex) if k < len(toks) and k not in used else None
            if num and not (k + num[1] < len(toks) and toks[k + num[1]].norm in _NOT_COUNT):
                counts[kind].append((num[0], False))
                used.update(range(k, k + num[1]))
            continue
        if tok.norm in _PASSIVE and i > 0 and toks[i - 1].norm in _PERFECT:
            continue  # 'a leader believed to have executed two': active, the one before is the killer
        dual = _dual_verb(tok, lex)
        if dual and _object_after(toks, i, lex, used):
            continue  # مسلحين (اثنين) قتلا شرطياً: the two killed, not were killed
        counted = False
        # an English passive after its auxiliary reaches past a longer noun phrase ("four Kurdish
        # militants have been killed", "Two Iraqi Army pilots are killed")
        reach = 7 if tok.norm in _PASSIVE and i > 0 and toks[i - 1].norm in _AUX else 5
        for back in range(1, reach):
            k = i - back
            if k < 0 or toks[k].norm in _PUNCT or k in used:
                break
            if toks[k].norm == "بين":  # 10 بين قتيل وجريح: the split is unknown
                used.update(range(k - 2, i + 3))
                counted = True
                break
            num = _number_at(toks, k, lex) or ((p, 1) if (p := _person(toks[k], lex)) else None) or (
                (2, 1) if back == 1 and dual and _plural_form(toks[k], lex) else None) or (
                (1, 1) if toks[k].norm == "another" and all(t.norm in _AUX for t in toks[k + 1:i]) else None)
            if num and _a_year(toks, k):
                break  # «في 3 آب 2014 وقتلوا عشرات»: the date's year, not 2014 dead
            if num and k + num[1] <= i:
                between = toks[k + num[1]:i]
                passive = tok.norm in _PASSIVE
                if passive and not all(t.norm in _AUX or t.norm.isalpha() for t in between):
                    continue
                if k + num[1] < len(toks) and toks[k + num[1]].norm in _NOT_COUNT:
                    break  # "Three days later soldiers were killed": a time, not a count
                if back > 4 and not any(_person(t, lex) or t.norm.rstrip("s") in lex.en_people
                                        or t.norm.endswith("men") or t.norm == "people" for t in between):
                    continue  # far from the verb: only a count of people (not 'three rockets ... were killed')
                if passive and toks[k].norm not in {"a", "an", "one"} and between and \
                        not any(t.norm in _AUX or t.norm in _MORE for t in between) and \
                        not any(t.norm.rstrip("s") in lex.en_people or t.norm.endswith("men") for t in between):
                    continue  # 'two checkpoints killed': not people
                if k >= 2 and toks[k].norm.isascii() and num == (1, 1) and toks[k - 1].norm.isalpha() and \
                        toks[k - 1].norm not in _AUX and toks[k - 2].norm in {"a", "an"} and k - 2 not in used:
                    k -= 2  # "and a coalition servicemember are dead": the group starts at its article
                total = num[0] + _coordinated_before(toks, k, lex, used, num[0])  # a soldier and two civilians
                counts[kind].append((total, toks[k].norm == "another"  # "and another was injured"
                                     or any(t.norm.startswith(("اخر", "other")) for t in between)))
                used.update(range(k, k + num[1]))
                counted = True
                break
        if not counted and i not in used:
            own = lex.self_counting.get(_strip(tok.norm))
            if own and (not own[2] or (i > 0 and _strip(toks[i - 1].norm) in own[2])):
                counts[own[0]].append((own[1], False))  # قتيلان, لقي حتفه, سقوط قتيل


#: A toll's own words: its kind (حصيلة ضحايا/قتلى/الجرحى, death toll), then «إلى N» / "to N" a few words on.
_TOLL_HEAD = frozenset(normalize(w) for w in ["حصيلة", "وحصيلة", "بحصيلة", "toll"])
_TOLL_KILLED = frozenset(normalize(w) for w in ["ضحايا", "الضحايا", "قتلى", "القتلى", "شهداء", "الشهداء", "وفيات",
                                                "الوفيات", "الموتى", "death"])
_TOLL_INJURED = frozenset(normalize(w) for w in ["جرحى", "الجرحى", "المصابين", "مصابين", "الاصابات", "اصابات",
                                                 "injured", "wounded", "injuries"])
_TOLL_TO = frozenset(normalize(w) for w in ["الى", "to"])
TOLL_REACH = 20  # tokens from the toll word to «إلى» / "to"
#: Plural nouns of people counted after a toll's number («إلى 51 شخصاً» is singular after 11+; «إلى 5 أشخاص»).
_PEOPLE_PLURAL = frozenset(normalize(w) for w in ["أشخاص", "مدنيين", "مدنيا", "شخصا", "عراقيين", "عراقيا", "مواطنين",
                                                   "جنود", "عسكريين", "عسكريا", "متظاهرين", "متظاهرا", "ضحية"])


@lru_cache(maxsize=1)
def _toll_events() -> frozenset[str]:
    """Event nouns a toll is named by without its kind (numbers.yaml ``toll_events``: «حصيلة الانفجار»)."""
    from extract.lexicon_cache import shipped

    return frozenset(normalize(w) for w in shipped()["numbers"].get("toll_events", {}).get("arabic", []))


def _toll_to(toks: list[_Tok], lex: _Lexicon, counts: _Counts, used: set[int]) -> None:
    """A toll told with its event between: «ارتفعت حصيلة قتلى الاشتباكات إلى 5», "the death toll from
    the Karrada bombing rose to 25"; the toll's kind is named right by it (ضحايا, الجرحى, death)."""
    for i, tok in enumerate(toks):
        if tok.norm not in _TOLL_HEAD:
            continue
        near = {t.norm for t in toks[max(0, i - 1):i + 3]}
        kind = "injured" if near & _TOLL_INJURED else "killed" if near & _TOLL_KILLED else None
        of_event = kind is None and i + 1 < len(toks) and toks[i + 1].norm in _toll_events()
        for k in range(i + 1, min(len(toks), i + TOLL_REACH)):
            if toks[k].norm in _PUNCT:
                break
            if (kind or of_event) and toks[k].norm in _TOLL_TO and k + 1 < len(toks) and k + 1 not in used and (
                    num := _number_at(toks, k + 1, lex)):
                if kind is None:  # «حصيلة الانفجار ... إلى 51 شخصاً»: the dead, when people are counted
                    after = k + 1 + num[1]
                    if not (after < len(toks) and (_person(toks[after], lex) or toks[after].norm in _PEOPLE_PLURAL)):
                        break
                    kind = "killed"
                counts[kind].append((num[0], False))
                used.update(range(k + 1, k + 1 + num[1]))
                break


#: A toll told as risen (ارتفعت حصيلة الضحايا إلى، بارتفاع حصيلة، the death toll rose to): an update of
#: the event's count, never an event of its own.
TOLL_ROSE = re.compile(r"(?:ارتفع|ترتفع|يرتفع|ارتفاع|وصلت|بلغت)\S*\s+(?:\S+\s+){0,2}?حصيل|حصيل\S*\s+(?:\S+\s+){0,8}?"
                        r"(?:ارتفع|ترتفع|وصلت|بلغت)|\btoll\b(?:\s+\S+){0,12}?\s+(?:rose|has risen|had risen|climbed|"
                        r"increased|jumped|reached|rises|climbs)\b|"
                        # ... or told as likely to rise («حصيلة تفجير هيت مرشحة للارتفاع», 'the toll from the Hit bombing
                        # could rise'): the same event's count (review9 probes)
                        r"حصيل\S*\s+(?:\S+\s+){0,6}?(?:مرشح|قابل)\S*\s+(?:لل|الى\s+ال|إلى\s+ال)(?:ارتفاع|زياد)|"
                        r"\btoll\b(?:\s+\S+){0,12}?\s+(?:could|may|might|(?:is|was) (?:expected|likely) to)\s+rise\b",
                        re.IGNORECASE)


def tells_risen_toll(text: str) -> bool:
    """Whether the text tells a risen toll (`TOLL_ROSE`): the one test of it, for the merge rules
    (``drafts.DraftFacts.toll_rose``) and the updates read after an event's sentence (``incidents._toll_step``,
    ``incidents._others_toll``).

    Examples
    --------
    >>> tells_risen_toll("وارتفعت حصيلة ضحايا التفجير إلى 12 قتيلاً")
    True
    >>> tells_risen_toll("The death toll from the Hit bombing could rise.")
    True
    >>> tells_risen_toll("A roadside bomb killed two soldiers.")
    False
    """
    return needs.search(TOLL_ROSE, text) is not None


def count_casualties(text: str) -> Casualties:
    """People killed and injured according to ``text`` (a sentence or clause).

    Examples
    --------
    >>> count_casualties("استشهاد ثلاثة جنود وإصابة خمسة آخرين بانفجار عبوة")
    Casualties(killed=3, injured=5)
    >>> count_casualties("left two dead and 12 wounded")
    Casualties(killed=2, injured=12)
    >>> count_casualties("سقط صاروخ دون وقوع إصابات")
    Casualties(killed=0, injured=0)
    >>> count_casualties("عمره 18 عاماً")
    Casualties(killed=None, injured=None)
    """
    lex = _lexicon()
    folded = normalize(text)
    if not lex.gate_words.search(folded.lower()):  # no gate word: nothing to count
        return Casualties(killed=None, injured=None)
    toks = _tokens(text, folded)
    counts: _Counts = {"killed": [], "injured": []}
    used: set[int] = set()
    _before(toks, lex, counts, used, agreeing_one=not _HAMZA_ONE.search(text))
    _after(toks, lex, counts, used)
    _toll_to(toks, lex, counts, used)
    result: dict[str, int | None] = {}
    for kind, found in counts.items():
        main = [c for c, others in found if not others]
        extra = sum(c for c, others in found if others)
        result[kind] = (max(main) if main else 0) + extra if found else None
    for kind in _stated_none(toks, lex):
        result[kind] = result[kind] or 0
    return Casualties(killed=result["killed"], injured=result["injured"])


def _stated_none(toks: list[_Tok], lex: _Lexicon) -> set[str]:
    """The counts ("killed", "injured") a 'no casualties' phrase among ``toks`` says are 0."""
    joined = " ".join(t.norm for t in toks)
    if not lex.zero_words.search(joined):  # one pass says whether any phrase is there, then which ones
        return set()
    return {kind for phrase, kinds in lex.zero if phrase in joined for kind in kinds}


def stated_none(text: str) -> Casualties:
    """Only what a 'no casualties' phrase of ``text`` states: 0 for the counts it names, None for the
    rest; numbers are not read. For the sentence after an event's own ("No casualties were reported."),
    whose numbers may be another event's.

    Examples
    --------
    >>> stated_none("No casualties were reported."), stated_none("Two people were killed.")
    (Casualties(killed=0, injured=0), Casualties(killed=None, injured=None))
    """
    lex = _lexicon()
    folded = normalize(text)
    if not lex.gate_words.search(folded.lower()):
        return Casualties(killed=None, injured=None)
    kinds = _stated_none(_tokens(text, folded), lex)
    return Casualties(killed=0 if "killed" in kinds else None, injured=0 if "injured" in kinds else None)
