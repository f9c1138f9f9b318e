"""Whether a generic attack word told before a joiner of two events is an event of its own (events._joined_before)
asks the same question as whether a group's first word opens its event (events._opens_its_event): is the word
definite, pointing back to an event told before («الهجوم», «للهجوم», «بالهجوم», «الحادث»; "the attack", "this
attack")? Before, _joined_before had its own pattern, which read the preposition «لـ» as the article («نتيجة
لهجوم شنه مسلحون»: an attack told for the first time) and whose English half could never match at the word, so
"claimed the attack ..., while a roadside bomb ..." swallowed the claimed attack into the bombing. Self-written
phrasings; the word is kept when an event of the sentence starts with it."""

from __future__ import annotations

import pytest

from extract.events import find_events
from extract.sentences import split_sentences

_TAIL_AR = "، فيما قتل مدني بانفجار عبوة ناسفة في ناحية العظيم."


@pytest.mark.parametrize("lang, text, word, kept", [
    # indefinite: an attack told for the first time, an event of its own
    ("ar", "أصيب جنديان نتيجة لهجوم شنه مسلحون على نقطة للجيش في الطارمية" + _TAIL_AR, "لهجوم", True),
    ("en", "Two soldiers were hurt in an attack on a checkpoint north of Baqubah, while a roadside bomb killed a "
           "civilian in Balad.", "attack", True),
    # definite: points back to an event told before, not one of its own
    ("ar", "أصيب جنديان نتيجة للهجوم الذي شنه مسلحون على نقطة للجيش في الطارمية" + _TAIL_AR, "للهجوم", False),
    ("ar", "وندد المحافظ بالهجوم" + _TAIL_AR, "بالهجوم", False),
    ("ar", "انفجرت عبوة ناسفة على دورية للجيش أمس. ووقع الحادث في الطارمية" + _TAIL_AR, "الحادث", False),
    ("en", "Militants claimed the attack in a statement, while a roadside bomb killed a civilian in Tarmiyah.",
     "attack", False),
    ("en", "Police said the attack was claimed by militants, while a roadside bomb wounded two soldiers in Balad.",
     "attack", False),
])
def test_generic_word_before_a_joiner(lang: str, text: str, word: str, kept: bool) -> None:
    events = find_events(text, split_sentences(text), lang)
    assert events, text
    assert any(text.startswith(word, e.start) for e in events) == kept
