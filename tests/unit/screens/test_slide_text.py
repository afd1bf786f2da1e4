"""A slide's long texts are cut at a word, never mid-word, and say so with an ellipsis."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from screens.slides import SLIDE_TEXT_MAX, shortened


def test_a_short_text_is_kept_whole_with_its_spaces_tidied() -> None:
    assert shortened("Fewer  falls\non ward 7") == "Fewer falls on ward 7"


def test_a_long_text_is_cut_at_a_word_and_ends_in_an_ellipsis() -> None:
    text = "Plot the data every week, where the team can see it. " * 20
    cut = shortened(text, limit=60)
    assert cut == "Plot the data every week, where the team can see it. Plot…"
    assert len(cut) <= 60


def test_one_word_longer_than_the_limit_is_cut_inside_it() -> None:
    assert shortened("x" * 50, limit=10) == "x" * 9 + "…"


@given(st.text(alphabet=st.sampled_from("abc ŵŷ.,\n"), max_size=900))
def test_the_cut_is_a_prefix_of_the_text_within_the_limit(text: str) -> None:
    tidy = " ".join(text.split())
    cut = shortened(text)
    assert len(cut) <= SLIDE_TEXT_MAX
    if len(tidy) <= SLIDE_TEXT_MAX:
        assert cut == tidy
    else:
        assert cut.endswith("…")
        assert tidy.startswith(cut.removesuffix("…"))
