"""Highlighting: every claim marked exactly over its span, overlaps split into valid nesting."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from factcheck.services.highlight import OPEN, TEXT, highlight


def spans_of(text, claims):
    """Replay the pieces: check the nesting and collect the characters each claim covers."""
    stack, covered, pos, rebuilt = [], {c.id: [] for c in claims}, 0, []
    firsts, lasts = [], []
    for piece in highlight(text, sorted(claims, key=lambda c: (c.start, -c.end))):
        if piece.kind == TEXT:
            for claim in stack:
                covered[claim.id].extend(range(pos, pos + len(piece.text)))
            rebuilt.append(piece.text)
            pos += len(piece.text)
        elif piece.kind == OPEN:
            stack.append(piece.claim)
            if piece.first:
                firsts.append(piece.claim.id)
        else:
            assert stack.pop() is piece.claim, "closing tag does not match the innermost open"
            if piece.last:
                lasts.append(piece.claim.id)
    assert not stack
    assert "".join(rebuilt) == text
    return covered, firsts, lasts


def test_nested_and_crossing_claims_split_at_every_boundary():
    text = "abcdefghij"
    claims = [
        SimpleNamespace(id=1, start=0, end=5),
        SimpleNamespace(id=2, start=2, end=8),  # crosses out of claim 1
        SimpleNamespace(id=3, start=2, end=4),  # nested in both
    ]
    covered, firsts, lasts = spans_of(text, claims)
    assert covered == {1: list(range(0, 5)), 2: list(range(2, 8)), 3: [2, 3]}
    assert sorted(firsts) == sorted(lasts) == [1, 2, 3]


def test_spans_outside_the_text_are_left_out():
    claims = [SimpleNamespace(id=1, start=3, end=99), SimpleNamespace(id=2, start=4, end=4)]
    covered, firsts, _ = spans_of("short", claims)
    assert firsts == [] and covered == {1: [], 2: []}


@given(
    st.text(min_size=0, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 15)), max_size=12),
)
def test_any_set_of_spans_renders_balanced_and_exact(text, raw_spans):
    claims = [
        SimpleNamespace(id=i, start=start, end=start + length)
        for i, (start, length) in enumerate(raw_spans)
        if start + length <= len(text)
    ]
    covered, firsts, lasts = spans_of(text, claims)
    for claim in claims:
        assert covered[claim.id] == list(range(claim.start, claim.end))
    assert sorted(firsts) == sorted(lasts) == sorted(c.id for c in claims)
