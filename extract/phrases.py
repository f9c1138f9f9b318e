"""Phrase matching for the lexicons: Arabic normalisation with an offset map, and a fast matcher
for many phrases and regexes (one trie regex, regexes gated by their literal words).

Arabic is matched on a copy of the text folded by the project's one normaliser
(:func:`geo.normalize.fold`: alef forms, ya/alef maqsura, ta marbuta, hamza seats, Persian
letters, digits, diacritics and tatweel); :func:`normalise` returns that copy and an offset map
back to the original, so spans always slice the original text.

What a regex entry costs (issue 11): one Aho-Corasick pass per text finds the literals of every entry;
an entry runs only if its anchor literals occur (``extract.anchors.regex_anchors``: a literal within
a few characters of the match start, tried only there) and, besides, a word of each group of words
every match of it holds (``regex_requires``: «ارهابي» in «هجوم\\s+(?:ال)?ارهابي», one of note/letter in
"protest (?:note|letter)"; words of four letters or more). So write an entry with its telling words
as literals (an alternation of words, not ``\\S+`` or a class), near its start. A rule set that reads a
few of many payloads (cue classes) asks :meth:`PhraseMatcher.scan` and then ``Scan.spans(payload)``:
the regex entries of a payload run only when it is first asked for.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from extract import regexes as re
from extract.anchors import matches_from, regex_anchors, regex_needs, regex_requires
from geo.normalize import deleted_positions, fold

__all__ = ["AR_LETTER", "Normalised", "PhraseMatcher", "Scan", "fold", "folded_bounds", "gate_words", "normalise",
           "normalise_slice"]

AR_LETTER = "\u0621-\u064a"


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text with a map back to offsets in the original."""

    text: str
    _removed: tuple[int, ...] = ()  # original-index minus rank of each removed character

    def original(self, index: int) -> int:
        """Offset in the original text of normalised offset ``index``."""
        return index + bisect_right(self._removed, index) if self._removed else index


def normalise(text: str) -> Normalised:
    """Fold the text with the project's one normaliser (:func:`geo.normalize.fold`); keeps a map
    to original offsets.

    Examples
    --------
    >>> n = normalise("طائرة مسيّرة")
    >>> n.text
    'طايره مسيره'
    >>> n.original(n.text.index("مسيره") + 5)
    12
    """
    return Normalised(fold(text), deleted_positions(text))


# The last whole text normalise_slice cut from: (text, its Normalised, the original index of each
# removed character). One tuple, replaced at once, so a reader never sees a mixed state.
_last_whole: tuple[str, Normalised, list[int]] | None = None


def normalise_slice(text: str, lo: int, hi: int) -> Normalised:
    """``normalise(text[lo:hi])``, cut from the whole text's normalisation (kept for the last text).

    The rules look at one stretch of an article after another (``events.cue_start``,
    ``actors.find_actors``): folding each stretch again cost more than cutting it from one fold of the
    article. The fold works character by character (a letter is replaced by one letter or deleted),
    so the fold of a slice is the slice of the fold, and the slice's deletions are the whole text's
    between ``lo`` and ``hi``, shifted.

    Examples
    --------
    >>> t = "قُتل مسلّح في الموصل"
    >>> normalise_slice(t, 5, 11) == normalise(t[5:11])
    True
    """
    global _last_whole
    if not 0 <= lo <= hi:  # negative or crossed bounds: Python's own slicing rules, not worth copying
        return normalise(text[lo:hi])
    last = _last_whole
    if last is None or (last[0] is not text and last[0] != text):
        whole = normalise(text)
        last = _last_whole = (text, whole, [at + rank for rank, at in enumerate(whole._removed)])
    whole, removed_at = last[1], last[2]
    if lo == 0 and hi >= len(text):
        return whole  # (immutable: shared)
    if not removed_at:
        return Normalised(whole.text[lo:hi])
    first, stop = bisect_left(removed_at, lo), bisect_left(removed_at, hi)
    shift = lo - first  # where the slice starts in the folded text
    return Normalised(whole.text[shift:hi - stop], tuple(at - shift for at in whole._removed[first:stop]))


def folded_bounds(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    """The fold of the whole ``text`` and where ``normalise_slice(text, lo, hi).text`` lies in it
    (``whole[a:b]``); None for bounds ``normalise_slice`` does not cut from the whole (negative or
    crossed).

    Examples
    --------
    >>> t = "قُتل مسلّح في الموصل"
    >>> whole, a, b = folded_bounds(t, 5, 11)
    >>> whole[a:b] == normalise_slice(t, 5, 11).text
    True
    """
    if not 0 <= lo <= hi:
        return None
    whole = normalise_slice(text, 0, len(text))  # the whole, kept as the last text (_last_whole)
    removed_at = _last_whole[2] if _last_whole is not None and _last_whole[1] is whole else \
        [at + rank for rank, at in enumerate(whole._removed)]
    lo, hi = min(lo, len(text)), min(hi, len(text))
    return whole.text, lo - bisect_left(removed_at, lo), hi - bisect_left(removed_at, hi)


def _trie(phrases: list[str], space: str = r"\s+") -> str:
    """Regex source matching any of ``phrases``, the longest at a position; a space matches ``\\s+``."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(space if ch == " " else re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


_LETTERS = re.compile(rf"[a-zA-Z{AR_LETTER}]+")


def _split_top(source: str) -> list[str]:
    """Split a regex at its top-level ``|``."""
    parts, depth, current, i = [], 0, [], 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            current.append(source[i:i + 2])
            i += 2
            continue
        if ch == "[":
            j = source.index("]", i + 2)
            current.append(source[i:j + 1])
            i = j + 1
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    return [*parts, "".join(current)]


def _atoms(source: str) -> list[tuple[str, bool]]:
    """Top-level atoms of one alternative: (text, optional)."""
    atoms, i = [], 0
    while i < len(source):
        ch = source[i]
        if ch == "(":
            depth, j = 0, i
            while True:
                if source[j] == "\\":
                    j += 2
                    continue
                if source[j] == "[":
                    j = source.index("]", j + 2) + 1
                    continue
                depth += source[j] == "("
                depth -= source[j] == ")"
                j += 1
                if depth == 0:
                    break
            atom = source[i:j]
        elif ch == "\\":
            atom, j = source[i:i + 2], i + 2
        elif ch == "[":
            j = source.index("]", i + 2) + 1
            atom = source[i:j]
        else:
            atom, j = ch, i + 1
        optional = j < len(source) and (source[j] in "?*" or source.startswith("{0", j))
        while j < len(source) and source[j] in "?*+{":
            j = source.index("}", j) + 1 if source[j] == "{" else j + 1
        atoms.append((atom, optional or atom.startswith(("(?<", "(?=", "(?!"))))
        i = j
    return atoms


def gate_words(regex: str) -> tuple[str, ...]:
    """Words one of which every match of ``regex`` contains (a cheap pre-check before running it);
    empty when none can be told.

    Examples
    --------
    >>> gate_words(r"\\bieds?\\b")
    ('ied',)
    >>> gate_words(r"(?<![a-z])(?:و)?(?:ضبط\\S*|العثور علي)\\s+كميات|منظومة سي")
    ('ضبط', 'العثور', 'منظومه')
    """
    words: list[str] = []
    for alternative in _split_top(regex):
        head = ""
        for atom, optional in _atoms(alternative):
            if atom in {"\\b", "^"} or atom.startswith(("(?<", "(?=", "(?!")):
                continue
            if optional:  # a match need not hold it: skip it, or end the word
                if head:
                    break
                continue
            if _LETTERS.fullmatch(atom):
                head += atom
                continue
            if head:
                break
            if not atom.startswith("("):
                return ()
            sub = gate_words(atom[3:-1] if atom.startswith("(?:") else atom[1:-1])
            if not sub:
                return ()
            words.extend(sub)
            break
        if head:
            words.append(fold(head).lower())
        elif not words:
            return ()
    return tuple(dict.fromkeys(words))


class PhraseMatcher:
    """Many lexicon entries matched fast: one trie regex for the phrases, and each regex entry
    run only when one of its literal words occurs in the text.

    Matching starts only at word starts (after an optional Arabic proclitic). ``finditer``
    yields non-overlapping ``(start, end, payloads)``: leftmost first, and at one position the
    regex entries (in the order given) before the phrases.

    Examples
    --------
    >>> m = PhraseMatcher("ar", [("phrase", "قصف", 1), ("phrase", "قصف صاروخي", 2)])
    >>> [(s, e, p) for s, e, p in m.finditer(fold("وبالقصف الصاروخي"))]
    [(0, 16, (2,))]
    >>> [p for _, _, p in m.finditer(fold("قصف صاروخي عنيف"))]
    [(2,)]
    """

    def __init__(self, lang: str, entries: list[tuple[str, str, object]], *, anchored_trie: bool = False) -> None:
        self.lang = lang
        self._phrases: dict[str, list[object]] = {}
        # No leading assertion, prefix or IGNORECASE (English is matched on the lower-cased text),
        # so that the regex engine can skip ahead on the first characters; the left word boundary
        # (and an Arabic proclitic) is checked after a match.
        # Regex entries as (gate words, source, payload); each is compiled the first time a text
        # needs it (see _regex): a one-article parse meets few of the hundreds of entries, and
        # compiling them all cost a fifth of a second at every start.
        self._regexes: list[tuple[frozenset[str] | None, str, object]] = []
        self._compiled: list[re.Pattern[str] | None] = []
        self._whole: set[str] = set()  # phrases that must end a word (لو, اذا)
        for kind, value, payload in entries:
            if kind == "regex":
                value = fold(value) if lang == "ar" else value.removeprefix("\\b")  # lower-case by convention
                gate = frozenset(gate_words(value))
                self._regexes.append((gate or None, value, payload))
                self._compiled.append(None)
            else:
                key = self._key(fold(value) if lang == "ar" else value)
                self._phrases.setdefault(key, []).append(payload)
                if kind == "whole":
                    self._whole.add(key)
        keys = sorted(self._phrases)
        # Arabic: every word's ال is optional (الضربة الجوية = ضربة جوية); a first word's ال is left
        # to the proclitic check, so that للجيش matches الجيش.
        space = r"\s+(?:ال)?" if lang == "ar" else r"\s+"
        self._trie_source = f"(?P<p>{_trie(keys, space)})" if keys else None
        self._trie: re.Pattern[str] | None = None  # compiled at the first text
        # Every phrase match starts with the first word of its phrase as written: with
        # ``anchored_trie`` the trie is tried only where such a word occurs (the Aho-Corasick pass
        # finds them with the anchor literals), not at every position. Worth it when the first words
        # are rare in a text (event words: قتل, تفجير, rocket), not for function words (في, لا, in).
        self._firsts = frozenset(key.split(" ")[0] for key in keys) if anchored_trie else frozenset()
        # Where each regex entry can match (extract.anchors): it is tried only just before the
        # occurrences of its anchor literals, not at every position of the text.
        self._anchors = [regex_anchors(source) for _gate, source, _payload in self._regexes]
        # An entry without anchors runs over the whole text, but only when a literal every match
        # of it holds occurs ((?:two|\d+) years? ago needs " year").
        self._needs = [() if anchors else regex_needs(source)
                       for anchors, (_gate, source, _payload) in zip(self._anchors, self._regexes, strict=True)]
        # The other words an entry needs besides those (extract.anchors.regex_requires), looked for in
        # the same Aho-Corasick pass: an entry is not tried at every occurrence of its anchors in a text
        # that lacks, say, the «ارهابي» of «هجوم ارهابي».
        self._requires = [regex_requires(source, [literal for literal, _lead in anchors] or needs)
                          for anchors, needs, (_gate, source, _payload) in zip(self._anchors, self._needs, self._regexes,
                                                                               strict=True)]
        anchor_words = {literal for anchors in self._anchors for literal, _lead in anchors} | {
            literal for needs in self._needs for literal in needs}
        # One Aho-Corasick pass finds where the anchor literals are and which of them, as gate words,
        # call for entries (a regex lookahead tried at every position cost five times as much).
        words = sorted({w for gate, _, _ in self._regexes if gate for w in gate})
        # A gate word that is no anchor literal is only asked whether it occurs, and only for an
        # entry whose anchors occur: it is looked for then (Arabic ``str.find``, English a word-start
        # regex), not collected at every occurrence (ي, ت, a, in: most of the pass's hits).
        self._probes = {w: (None if lang == "ar" else re.compile(r"(?<!\w)" + re.escape(w)))
                        for w in words if w not in anchor_words and len(w) <= 2}
        self._probe_gates = [tuple(w for w in sorted(gate) if w in self._probes) if gate else ()
                             for gate, _source, _payload in self._regexes]
        required = {word for sets in self._requires for words in sets for word in words}
        scanned = {*anchor_words, *(w for w in words if w not in self._probes), *self._firsts, *required}
        self._gate_index = None
        if scanned:
            import ahocorasick

            self._gate_index = ahocorasick.Automaton()
            for word in sorted(scanned):
                self._gate_index.add_word(word, word)
            self._gate_index.make_automaton()
        # Which regex entries a gate-pass match calls for: every entry gated by a word the match
        # starts with. Looking these up replaces a test of every entry's gate on every text.
        by_word: dict[str, list[int]] = {}
        for order, (gate, _source, _payload) in enumerate(self._regexes):
            for word in gate or ():
                by_word.setdefault(word, []).append(order)
        self._orders_for = {w: frozenset(o for k in range(1, len(w) + 1) for o in by_word.get(w[:k], ()))
                            for w in words if w not in self._probes}
        # An anchor literal that gates nothing calls for no entry (its entries have their own gates).
        self._orders_for |= {w: frozenset() for w in (*anchor_words, *self._firsts, *required) if w not in self._orders_for}
        self._gating = frozenset(word for word, gated in self._orders_for.items() if gated)  # words that call for entries
        self._ungated = frozenset(order for order, (gate, _s, _p) in enumerate(self._regexes) if gate is None)
        self._index_literals()

    def _index_literals(self) -> None:
        """Which regex entries an occurring literal makes worth trying: an entry with anchors or
        needed literals finds nothing unless one of them occurs, so only the entries of the
        literals a text holds (and the entries with neither) are looked at, not every gated one."""
        by_literal: dict[str, list[int]] = {}
        free = []
        for order, (anchors, needs) in enumerate(zip(self._anchors, self._needs, strict=True)):
            literals = [literal for literal, _lead in anchors] or list(needs)
            for literal in dict.fromkeys(literals):
                by_literal.setdefault(literal, []).append(order)
            if not literals:
                free.append(order)
        self._orders_by_literal = {literal: tuple(orders) for literal, orders in by_literal.items()}
        self._free = frozenset(free)
        # each entry's anchor literals with their longest lead (a shorter one's starts are among its)
        self._leads: list[dict[str, int]] = []
        for anchors in self._anchors:
            leads: dict[str, int] = {}
            for literal, lead in anchors:
                leads[literal] = max(lead, leads.get(literal, lead))
            self._leads.append(leads)

    def __getstate__(self) -> dict:
        """Pickled without compiled regexes (a pickled pattern is compiled again when loaded): a
        process compiles only those its texts need."""
        return {**self.__dict__, "_compiled": [None] * len(self._compiled), "_trie": None}

    def without_gates(self) -> PhraseMatcher:
        """A copy that runs every regex entry on every text (the gates are only an optimisation;
        the tests compare the two)."""
        slow = copy.copy(self)
        slow._ungated = frozenset(range(len(self._regexes)))
        slow._anchors = slow._needs = slow._requires = [()] * len(self._regexes)  # and over the whole text
        slow._index_literals()
        return slow

    def literals(self, payload: object) -> frozenset[str] | None:
        """Words one of which every match ``finditer`` gives with ``payload`` holds (in the text it
        is given: folded, English lower-cased): the anchor or needed literals of the regex entries
        of ``payload`` and the longest word of each of its phrases; None when an entry of
        ``payload`` has neither anchors nor needed literals.

        A rule asking whether a stretch of an article holds a match of one payload (a cue class:
        ``events.cue_start``) can look for these words once in the whole article and skip every
        stretch that holds none of them.
        """
        words: set[str] = set()
        for order, (_gate, _source, entry) in enumerate(self._regexes):
            if entry == payload:
                if order in self._free:
                    return None
                words.update(literal for literal, _lead in self._anchors[order])
                words.update(self._needs[order])
        words.update(max(key.split(" "), key=len) for key, payloads in self._phrases.items() if payload in payloads)
        return frozenset(words)

    def _regex(self, order: int) -> re.Pattern[str]:
        compiled = self._compiled[order]
        if compiled is None:
            compiled = self._compiled[order] = re.compile(self._regexes[order][1])
        return compiled

    def _occurrences(self, text: str, pos: int, endpos: int) -> dict[str, list[int]]:
        """Where each gate word and anchor literal occurs in ``text[pos:endpos]``: the index of its
        last character, ascending (one Aho-Corasick pass)."""
        where: dict[str, list[int]] = {}
        if self._gate_index is not None:
            for last, word in self._gate_index.iter(text, pos, endpos):
                if word in where:  # (no new list per hit, as setdefault makes: most words occur again)
                    where[word].append(last)
                else:
                    where[word] = [last]
        return where

    def _orders_to_run(self, text: str, where: dict[str, list[int]], worth: set[int], pos: int,
                       endpos: int) -> set[int]:
        """The entries of ``worth`` ungated or gated by a word that occurs in ``text[pos:endpos]``."""
        orders = set(self._ungated)  # one set filled in place: a union per word cost a copy each
        orders_for = self._orders_for
        # (only the words that gate an entry: most of the pass's words are anchors or first words alone)
        for word in self._gating.intersection(where):
            # English matches start at a word boundary (checked after matching), so may their gates
            if self.lang == "ar" or any(_word_start(text, last + 1 - len(word)) for last in where[word]):
                orders.update(orders_for[word])
        run = worth.intersection(orders)
        found: dict[str, bool] = {}  # each probed gate word looked for once
        probe_gates, probes = self._probe_gates, self._probes
        for order in worth.difference(orders):
            for word in probe_gates[order]:
                there = found.get(word)
                if there is None:
                    probe = probes[word]
                    there = found[word] = (text.find(word, pos, endpos) != -1 if probe is None
                                           else probe.search(text, pos, endpos) is not None)
                if there:
                    run.add(order)
                    break
        return run

    def _anchor_starts(self, order: int, where: dict[str, list[int]], pos: int) -> list[int]:
        """Where anchored entry ``order`` can start, ascending: up to its lead before an occurrence
        of one of its literals (an entry none of whose literals occurs cannot match)."""
        anchors = self._anchors[order]
        if len(anchors) == 1 and anchors[0][1] == 0:  # one literal that starts the match
            literal = anchors[0][0]
            return [last + 1 - len(literal) for last in where.get(literal, ())]
        starts: set[int] = set()
        leads = self._leads[order]
        # the entry's literals the text holds, looked up from the shorter side (a long text holds
        # dozens of the matcher's literals, an entry has a few; a short stretch the other way round)
        held = [(literal, where[literal]) for literal in leads if literal in where] if len(leads) < len(where) \
            else [(literal, lasts) for literal, lasts in where.items() if literal in leads]
        for literal, lasts in held:
            lead, width = leads[literal], len(literal) - 1
            if lead == 0:  # (an occurrence lies after pos: the range is its start alone)
                starts.update([last - width for last in lasts])
                continue
            for last in lasts:
                at = last - width
                starts.update(range(max(pos, at - lead), at + 1))
        return sorted(starts)

    def _matches(self, order: int, text: str, where: dict[str, list[int]], pos: int,
                 endpos: int) -> Iterable[re.Match[str]]:
        """What ``finditer`` of regex entry ``order`` gives in ``text[pos:endpos]``; an entry none of
        whose anchors or needed literals occurs is not even compiled (it cannot match)."""
        if self._anchors[order]:
            starts = self._anchor_starts(order, where, pos)
            return matches_from(self._regex(order), text, starts, endpos) if starts else ()
        needs = self._needs[order]
        if needs and not any(literal in where for literal in needs):
            return ()
        return self._regex(order).finditer(text, pos, endpos)

    def _key(self, text: str) -> str:
        return _phrase_key(self.lang, text)

    def _left(self, text: str, start: int) -> int | None:
        """Start of the word a match at ``start`` begins (before its proclitics), or None when
        the match starts inside a word."""
        if start == 0 or not text[start - 1].isalnum():
            return start
        if self.lang != "ar":
            return None
        m = _PROCLITICS.search(text, max(0, start - 6), start)
        return m.start(1) if m else None

    def _prepared(self, text: str, pos: int, endpos: int | None) -> tuple[str, int, dict[str, list[int]], list[int]]:
        """The text as matched (English lower-cased), the end, where the scanned words occur and the
        regex entries to run, in order (gated and anchored: the others cannot match)."""
        endpos = len(text) if endpos is None else endpos
        if self.lang != "ar":
            lowered = text.lower()
            text = lowered if len(lowered) == len(text) else text
        where = self._occurrences(text, pos, endpos)
        worth = set(self._free)  # entries whose anchor or needed literals occur, or that have none
        by_literal = self._orders_by_literal
        for literal in by_literal.keys() & where.keys():
            worth.update(by_literal[literal])
        requires, present = self._requires, where.keys()
        # an entry a word of whose every match is missing from the text is not run (each set of words
        # looked for among those present in one C-level test)
        run = [order for order in sorted(self._orders_to_run(text, where, worth, pos, endpos))
               if not requires[order] or all(not present.isdisjoint(words) for words in requires[order])]
        return text, endpos, where, run

    def _entry_found(self, order: int, text: str, where: dict[str, list[int]], pos: int, endpos: int,
                     found: list[tuple[int, int, int, tuple[object, ...]]]) -> None:
        """Add the matches of regex entry ``order`` to ``found`` as (start, order, end, payloads)."""
        payload = (self._regexes[order][2],)
        for m in self._matches(order, text, where, pos, endpos):
            left = self._left(text, m.start())
            if left is not None:
                found.append((left, order, m.end(), payload))

    def _trie_found(self, text: str, where: dict[str, list[int]], pos: int,
                    endpos: int) -> list[tuple[int, int, int, tuple[object, ...]]]:
        """The phrase trie's matches as (start, order after every regex entry, end, payloads)."""
        found: list[tuple[int, int, int, tuple[object, ...]]] = []
        if self._trie is None and self._trie_source is not None:
            self._trie = re.compile(self._trie_source)
        if self._trie is not None:
            phrases, last = self._phrases, len(self._regexes)
            if self._firsts:  # tried where a phrase's first word starts (every match does): finditer's matches
                starts = sorted({at + 1 - len(word) for word in self._firsts.intersection(where) for at in where[word]})
                trie_matches: Iterable[re.Match[str]] = matches_from(self._trie, text, starts, endpos)
            else:
                trie_matches = self._trie.finditer(text, pos, endpos)
            for m in trie_matches:
                left = self._left(text, m.start())
                if left is None:
                    continue
                key = self._key(m.group("p"))
                if key in self._whole and m.end() < len(text) and text[m.end()].isalnum():
                    continue
                payloads = phrases.get(key, ())
                found.append((left, last, m.end(), tuple(payloads)))
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *,
                 overlapping: bool = False) -> list[tuple[int, int, tuple[object, ...]]]:
        """Matches in ``text[pos:endpos]`` (already normalised for Arabic), in text order;
        non-overlapping unless ``overlapping`` (cue lists of several classes share words)."""
        found: list[tuple[int, int, int, tuple[object, ...]]] = []
        text, endpos, where, run = self._prepared(text, pos, endpos)
        for order in run:  # (order only for reading: matches are sorted below)
            self._entry_found(order, text, where, pos, endpos, found)
        found += self._trie_found(text, where, pos, endpos)
        found.sort()
        if overlapping:
            return [(start, end, payloads) for start, _order, end, payloads in found]
        out: list[tuple[int, int, tuple[object, ...]]] = []
        for start, _order, end, payloads in found:
            if not out or start >= out[-1][1]:
                out.append((start, end, payloads))
        return out

    def scan(self, text: str, pos: int = 0, endpos: int | None = None) -> Scan:
        """``finditer(text, pos, endpos, overlapping=True)`` read one payload at a time (:class:`Scan`)."""
        text, endpos, where, run = self._prepared(text, pos, endpos)
        return Scan(self, text, pos, endpos, where, run, self._trie_found(text, where, pos, endpos))

    def _orders_of(self, payload: object) -> frozenset[int]:
        """The regex entries of ``payload``."""
        by_payload = self.__dict__.get("_by_payload")
        if by_payload is None:
            by_payload = {}
            for order, (_gate, _source, entry) in enumerate(self._regexes):
                by_payload.setdefault(entry, set()).add(order)
            by_payload = self._by_payload = {entry: frozenset(orders) for entry, orders in by_payload.items()}
        return by_payload.get(payload, frozenset())


class Scan:
    """One text's matches (:meth:`PhraseMatcher.scan`), asked for one payload at a time.

    The Aho-Corasick pass and the phrase trie run once for all payloads; the regex entries of a payload
    run when it is first asked for (they find the same matches whatever the other entries find). A rule
    set that looks at a few of many payloads (``events._cue_spans``: an article's sentences ask for a
    third of the cue classes) runs only their entries. :meth:`spans` gives what ``finditer(...,
    overlapping=True)`` gives with ``payload`` among the payloads, in the same order.
    """

    __slots__ = ("_endpos", "_matcher", "_pos", "_run", "_text", "_trie", "_where")

    def __init__(self, matcher: PhraseMatcher, text: str, pos: int, endpos: int, where: dict[str, list[int]],
                 run: list[int], trie: list[tuple[int, int, int, tuple[object, ...]]]) -> None:
        self._matcher, self._text, self._pos, self._endpos = matcher, text, pos, endpos
        self._where, self._run, self._trie = where, run, trie

    def spans(self, payload: object) -> list[tuple[int, int]]:
        """(start, end) of the matches with ``payload``, in ``finditer``'s order."""
        matcher, orders = self._matcher, self._matcher._orders_of(payload)
        found = [item for item in self._trie if payload in item[3]]
        for order in sorted(orders.intersection(self._run)):  # (the run's order: ascending)
            matcher._entry_found(order, self._text, self._where, self._pos, self._endpos, found)
        found.sort()
        return [(start, end) for start, _order, end, _payloads in found]


@lru_cache(maxsize=1 << 14)
def _phrase_key(lang: str, text: str) -> str:
    """The lexicon key of a phrase as written (spaces collapsed; Arabic words without their ال,
    English lower case); the same few hundred phrases come back text after text."""
    if lang == "ar":
        return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in text.split())
    return " ".join(text.split()).lower()


def _word_start(text: str, i: int) -> bool:
    """Whether a word starts at ``text[i]`` (a letter): ``\\b`` there, in the regex module's sense."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


_PROCLITICS = re.compile(r"(?:^|\W)((?:[وفبلك]{1,2}(?:ال|لل)?|ال|لل))$")
