"""«واحد» agreeing with a counted person is one person, not «و» + «أحد»; "and another was injured" is one
more person of the other kind. Self-written phrasings."""
import pytest

from extract.numbers import count_casualties

CASES = [
    # the numeral agrees with the person: one dead
    ("أعلنت مصادر أمنية مقتل شخص واحد وإصابة اثنين آخرين بانفجار عبوة ناسفة", (1, 2)),
    ("أسفر الهجوم عن مقتل امرأة واحدة وإصابة طفلها", (1, 1)),
    ("أدى القصف إلى مقتل شخص واحد من عناصر الشرطة", (1, None)),
    ("مقتل شخص واحد بانفجار عبوة ناسفة", (1, None)),
    ("مقتل شخص واحد.", (1, None)),
    # near misses: «وأحد» (and one of) still adds one, with or without its hamza
    ("مقتل شخص وأحد المارة بانفجار عبوة", (2, None)),
    ("مقتل جندي وأحد عناصر الحشد الشعبي", (2, None)),
    ("مقتل جندي واحد المارة", (2, None)),
    # "another" before a passive: one more, of the other kind
    ("A soldier was killed and another was injured when a roadside bomb struck a patrol", (1, 1)),
    ("Two soldiers were killed and another was wounded in the attack", (2, 1)),
    ("A policeman was killed and another officer was injured", (1, 1)),
    ("One soldier was killed and another wounded", (1, 1)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_and_another(text: str, expected: tuple[int | None, int | None]) -> None:
    got = count_casualties(text)
    assert (got.killed, got.injured) == expected
