"""The coffee pairing: everyone in one group, no group over three, no avoidable repeat,
"don't pair me with" honoured, more cross-department pairs than chance; same seed, same groups."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import demo_content
from kiosk.coffee import (
    Candidate,
    cross_department_share,
    pair_key,
    pair_people,
    pairs_of,
    random_pairing,
)


def _people(departments: Sequence[int]) -> list[Candidate]:
    return [Candidate(id=f"p{i:03d}", department=f"d{dep}") for i, dep in enumerate(departments)]


def _partitions(items: list[str]) -> list[list[tuple[str, ...]]]:
    """Every split of `items` into pairs and (if odd) one trio: the test's own oracle."""
    if not items:
        return [[]]
    first, rest = items[0], items[1:]
    found = []
    for other in rest:
        left = [x for x in rest if x != other]
        if len(items) % 2 == 1 and len(left) < 3 and left:
            continue
        if len(left) != 1:
            found += [[(first, other), *p] for p in _partitions(left)]
    if len(items) % 2 == 1:
        for b, c in combinations(rest, 2):
            left = [x for x in rest if x not in (b, c)]
            found += [[(first, b, c), *p] for p in _partitions(left)]
    return [p for p in found if sum(len(g) == 3 for g in p) == len(items) % 2]


def _all_pairs(groups: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    return {pair for group in groups for pair in pairs_of(group)}


pools = st.lists(st.integers(min_value=0, max_value=3), min_size=2, max_size=9)


@given(departments=pools, seed=st.integers(0, 2**32))
def test_everyone_is_in_exactly_one_group_of_two_or_three(
    departments: list[int], seed: int
) -> None:
    people = _people(departments)

    result = pair_people(people, seed=seed)

    placed = [pid for group in result.groups for pid in group]
    assert sorted(placed) == sorted(p.id for p in people)
    assert all(len(group) in (2, 3) for group in result.groups)
    assert sum(len(group) == 3 for group in result.groups) == len(people) % 2
    assert result.sat_out == ()


@settings(max_examples=60)
@given(
    departments=pools,
    past_seeds=st.lists(st.integers(0, 1000), min_size=1, max_size=4),
    seed=st.integers(0, 1000),
)
def test_no_pair_repeats_while_a_grouping_without_repeats_exists(
    departments: list[int], past_seeds: list[int], seed: int
) -> None:
    people = _people(departments)
    ids = [p.id for p in people]
    history = [list(random_pairing(ids, seed=s)) for s in past_seeds]
    met = _all_pairs([g for round_ in history for g in round_])

    result = pair_people(people, history=history, seed=seed)

    fewest = min(len(_all_pairs(p) & met) for p in _partitions(sorted(ids)))
    assert len(_all_pairs(result.groups) & met) == fewest


@settings(max_examples=60)
@given(
    departments=pools,
    avoid=st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8)), max_size=6),
    seed=st.integers(0, 1000),
)
def test_dont_pair_me_with_is_never_broken_and_nobody_sits_out_needlessly(
    departments: list[int], avoid: list[tuple[int, int]], seed: int
) -> None:
    people = _people(departments)
    ids = [p.id for p in people]
    blocked = {pair_key(ids[a], ids[b]) for a, b in avoid if a < len(ids) and b < len(ids)}
    blocked = {pair for pair in blocked if pair[0] != pair[1]}

    result = pair_people(people, avoid=list(blocked), seed=seed)

    assert not _all_pairs(result.groups) & blocked
    placed = sorted(pid for group in result.groups for pid in group)
    assert sorted([*placed, *result.sat_out]) == sorted(ids)
    possible = any(not _all_pairs(p) & blocked for p in _partitions(sorted(ids)))
    if possible:
        assert result.sat_out == ()


@given(departments=pools, seed=st.integers(0, 2**32))
def test_the_same_seed_gives_the_same_groups_whatever_the_order(
    departments: list[int], seed: int
) -> None:
    people = _people(departments)
    shuffled = people[::-1]

    assert pair_people(people, seed=seed) == pair_people(shuffled, seed=seed)


def test_as_many_cross_department_pairs_as_the_pool_allows() -> None:
    # Two departments of three: three cross pairs are possible, and all are made.
    people = _people([0, 0, 0, 1, 1, 1])

    result = pair_people(people, seed=5)

    departments = {p.id: p.department for p in people}
    assert cross_department_share(result.groups, departments) == 1.0


def test_a_large_pool_gets_no_repeats_over_many_rounds() -> None:
    people = _people([i % 6 for i in range(40)])
    history: list[list[list[str]]] = []
    for round_number in range(10):
        result = pair_people(people, history=history, seed=round_number)
        assert not _all_pairs(result.groups) & _all_pairs([g for past in history for g in past]), (
            f"repeat in round {round_number + 1}"
        )
        history.append([list(g) for g in result.groups])


def test_over_twenty_rounds_on_demo_data_cross_department_share_beats_random() -> None:
    rng = random.Random(8)
    departments = [rng.randrange(len(demo_content.DEPARTMENTS)) for _ in range(35)]
    departments[:10] = [0] * 10  # one big department, as in a real Health Board
    people = _people(departments)
    by_id = {p.id: p.department for p in people}
    history: list[list[list[str]]] = []
    ours: list[tuple[str, ...]] = []
    chance: list[tuple[str, ...]] = []
    for round_number in range(20):
        result = pair_people(people, history=history, seed=round_number)
        history.append([list(g) for g in result.groups])
        ours += result.groups
        chance += random_pairing([p.id for p in people], seed=round_number)

    assert cross_department_share(ours, by_id) >= cross_department_share(chance, by_id)
    assert cross_department_share(ours, by_id) > 0.9


def test_fewer_than_two_people_make_no_group() -> None:
    assert pair_people(_people([0]), seed=1).groups == ()
    assert pair_people([], seed=1).groups == ()
