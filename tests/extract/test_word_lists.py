"""words.yaml: the word lists rules build regexes from (speech verbs, combatants, armed men), validated
and loaded like the other lexicons; a malformed entry names the file, the list and the entry."""

from __future__ import annotations

import pytest

from extract import actors, events, lexicon, needs, type_rules
from extract import regexes as re
from extract.lexicon import LexiconError, WordRegex, validate_words
from extract.lexicon_cache import shipped


def _lists(**changed: object) -> dict[str, object]:
    """A valid set of lists (one entry each), with ``changed`` lists replaced."""
    rows: dict[str, object] = {name: [{"lang": "en", "word": "said", "source": "test"}] for name in lexicon.WORD_LISTS}
    rows.update(changed)
    return rows


def test_shipped_lists_pass_the_validator() -> None:
    checked = validate_words(lexicon._read("words.yaml"))
    assert checked == shipped()["words"]
    assert set(checked) == set(lexicon.WORD_LISTS)


@pytest.mark.parametrize("data, message", [
    ({"speech": []}, r"words.yaml: expected exactly the keys"),
    (_lists(gunmen=[]), r"words.yaml gunmen: expected a non-empty list"),
    (_lists(gunmen=["gunmen"]), r"words.yaml gunmen entry 1: not a mapping"),
    (_lists(gunmen=[{"lang": "fr", "word": "hommes armés", "source": "x"}]), r"gunmen entry 1 \('hommes armés'\): lang must be"),
    (_lists(gunmen=[{"lang": "en", "word": "gunmen"}]), r"gunmen entry 1 \('gunmen'\): missing source"),
    (_lists(gunmen=[{"lang": "en", "word": "gunmen", "regex": "gunmen", "source": "x"}]), r"exactly one of word / regex"),
    (_lists(gunmen=[{"lang": "en", "word": "  ", "source": "x"}]), r"must be a non-empty string"),
    (_lists(gunmen=[{"lang": "en", "word": "gunm[ae]n", "source": "x"}]), r"gunmen entry 1 \('gunm\[ae\]n'\): a word is plain text"),
    (_lists(gunmen=[{"lang": "en", "regex": "gunm(en", "source": "x"}]), r"gunmen entry 1 \('gunm\(en'\): bad regex"),
    (_lists(gunmen=[{"lang": "en", "word": "gunmen", "whole": "yes", "source": "x"}]), r"whole must be true or false"),
    (_lists(gunmen=[{"lang": "en", "word": "gunmen", "uses": ["statement"], "source": "x"}]), r"the list gunmen has no uses"),
    (_lists(speech=[{"lang": "en", "word": "said", "uses": ["quoting"], "source": "x"}]), r"speech entry 1 \('said'\): uses must be"),
    (_lists(speech=[{"lang": "en", "word": "said", "uses": [], "source": "x"}]), r"speech entry 1 \('said'\): uses must be"),
    (_lists(speech=[{"lang": "en", "word": "said", "sorce": "x"}]), r"speech entry 1 \('said'\): unknown fields \['sorce'\]"),
])
def test_validator_names_file_list_and_entry(data: dict, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        validate_words(data)


def test_an_entry_without_uses_is_read_by_every_rule_of_its_list() -> None:
    checked = validate_words(_lists(speech=[{"lang": "en", "word": "said", "source": "x"}]))
    assert checked["speech"][0].uses == lexicon.WORD_LISTS["speech"]
    assert checked["gunmen"][0].uses == ()


@pytest.mark.parametrize("placeholder", ["speech:quoting", "speeches", "gunmen@fr"])
def test_unknown_list_in_a_template_is_named(placeholder: str) -> None:
    with pytest.raises(LexiconError, match=rf"no list '{placeholder}'"):
        WordRegex("{" + placeholder + "}").search("he said")


_CARRYING = type_rules._CARRYING_CIVILIANS.template
_BEFORE = actors._SPEAKER_BEFORE.template
_DURING_PROTEST = events._DURING.template
_DURING_OPERATION = events._DURING_OPERATION.template


@pytest.mark.parametrize("template, text, expected", [
    # a speech verb starting a word, its endings included; not inside another word
    (r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:statement})\S*", "وأعلنت الخلية، اليوم الأربعاء، مقتل", "وأعلنت"),
    (r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:statement})\S*", "بعد اعتقال المتهم", None),
    (r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:statement})\S*", "Officials condemned the attack", "condemned"),
    # «وجه» is whole: the directive, not «وجهت» (she directed) nor «وجهه» (his face)
    (r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:statement})\S*", "ووجه اليوم بملاحقة منفذي الهجوم", "ووجه"),
    (r"(?<![^\s\"'(«“:،,])[وف]?(?:{speech:statement})\S*", "ضربه على وجهه", None),
    # reporting: whole words only
    (r"\b(?:{speech:reporting})\b", "A police officer added that gunmen had stormed", "added"),
    (r"\b(?:{speech:reporting})\b", "An additional force had been sent", None),
    # attribution: said, not 'added'
    (r"\b(?:{speech:attribution})\b", "Gunmen stormed a farm, police added", None),
    (r"\b(?:{speech:attribution})\b", "Gunmen stormed a farm, according to police", "according to"),
    # combatants anywhere in a word; gunmen with their own bounds
    ("{combatants}", "مقتل ثلاثة من منتسبي الشرطة", "منتسب"),
    ("{combatants}", "killed two shepherds", None),
    ("{gunmen}", "Masked gunmen opened fire", "gunmen"),
    ("{gunmen}", "the gunman fled", None),
    # one language of a list: Arabic stems anywhere, English whole words
    (r"{clash_sides@ar}|\b(?:{clash_sides@en})\b", "واندلعت الاشتباكات بين عشيرتين", "عشير"),
    (r"{clash_sides@ar}|\b(?:{clash_sides@en})\b", "The clashes pitted two tribes against each other", "tribes"),
    (r"{clash_sides@ar}|\b(?:{clash_sides@en})\b", "The clashes spread to armymen's homes", None),
    (r"{ambushed_forces@ar}|\b(?:{ambushed_forces@en})\b", "gunmen ambushed a convoy of troops", "convoy of troops"),
    (r"{ambushed_forces@ar}|\b(?:{ambushed_forces@en})\b", "gunmen ambushed a convoy of pilgrims", None),
    ("{civilians}", "killed two farmers near Kirkuk", "farmer"),
    ("{civilians}", "مقتل رجل دين في البصرة", "رجل"),
    ("{civilians}", "killed two soldiers", None),
    # condemnation: anywhere in a word (تنديداً بمقتل), not a report («أفادت»)
    ("{speech:condemnation}", "خرج المحتجون تنديداً بمقتل ناشط", "تنديد"),
    ("{speech:condemnation}", "أفادت مصادر بمقتل ناشط", None),
    # a vehicle carrying civilians; civilians right after the ambush (villagers: English, ambushed only)
    (_CARRYING, "نصب مسلحون كميناً لحافلة تقل زواراً قرب بلد", "حافلة تقل زوار"),
    (_CARRYING, "gunmen ambushed villagers near Balad", "ambushed villagers"),
    (_CARRYING, "gunmen ambushed a bus carrying villagers near Balad", None),
    (_CARRYING, "gunmen ambushed a bus carrying soldiers near Balad", None),
    # who spoke: a word after the name, a stem a word or two before it (the feminine «أكدت» only)
    (r"\W{0,3}\s*(?:{speech:speaker_after})\b", ", in a statement on Sunday", ", in a statement"),
    (r"\W{0,3}\s*(?:{speech:speaker_after})\b", " added that", None),
    (_BEFORE, "وأعلنت خلية ", "وأعلنت خلية "),
    (_BEFORE, "بحسب مصدر ", "بحسب مصدر "),
    (_BEFORE, "بحسب مصدر في ", None),  # at most one word between
    (_BEFORE, "أكد مصدر ", None),
    # a targeted killing: the passive with hamza is read by the flash rule only
    ("{assassination:flash}", "أغتيل ناشط في البصرة", "أغتيل"),
    ("{assassination:targeted}", "أغتيل ناشط في البصرة", None),
    ("{assassination:one_dead}", "a shop owner was shot dead in Basra", "shot dead"),
    ("{assassination:targeted}", "a shop owner was shot dead in Basra", None),
    # a protest or its demands named
    ("{protest_named}", "وهتف المشيعون بشعارات تطالب بمحاسبة القتلة", "هتف"),
    ("{protest_named}", "Mourners rallied against the killing", "rallied against"),
    ("{protest_named}", "Mourners rallied to pledge allegiance", None),
    # "during": one list; «إبان» (a period) is read before a protest, not before an operation
    (_DURING_PROTEST, "طالب المحتجون بفرص عمل خلال ", "خلال "),
    (_DURING_PROTEST, "طالب المحتجون بفرص عمل إبان ", "إبان "),
    (_DURING_PROTEST, "demanded jobs during a ", "during a "),
    (_DURING_PROTEST, "طالب المحتجون بفرص عمل وخلال ", None),  # a letter before it: not the rule's word
    (_DURING_OPERATION, "انفجرت رمانة أثناء تنفيذ ", "أثناء تنفيذ "),
    (_DURING_OPERATION, "انفجرت رمانة وأثناء تنفيذ ", "أثناء تنفيذ "),
    (_DURING_OPERATION, "a bomb went off during a ", "during a "),
    (_DURING_OPERATION, "انفجرت رمانة إبان تنفيذ ", None),
])
def test_templates_read_the_lists(template: str, text: str, expected: str | None) -> None:
    found = WordRegex(template, re.IGNORECASE).search(text)
    assert (found.group() if found else None) == expected


@pytest.mark.parametrize("template", ["{civilians}", r"\b(?:{speech:reporting})\b"])
def test_a_word_regex_reads_as_its_compiled_pattern(template: str) -> None:
    # flags first: what a reader of the pattern's syntax (extract.needs) asks before anything else
    lazy = WordRegex(template, re.IGNORECASE)
    flags, pattern = lazy.flags, lazy.pattern
    compiled = re.compile(pattern, re.IGNORECASE)
    assert (flags, lazy.groups) == (compiled.flags, compiled.groups)
    assert needs.needed_words(lazy) == needs.needed_words(compiled)
