"""Randomised Coffee Trials: who meets whom this round. Pure, deterministic for a seed.

The pairing minimises a cost per pair in strict tiers, so that a lower tier can never buy a
higher one:

1. a "don't pair me with" choice (either way round) is never broken;
2. a pair that met in an earlier round is a repeat: the fewest repeated pairs, and among them
   the least frequent and oldest, so nobody meets the same person twice while someone new is
   there;
3. people of the same department: as many cross-department pairs as the pool allows;
4. a seeded random tie-break: among equally good pairings, a random one.

Everyone is in exactly one group: pairs, and one trio when the count is odd (a trio costs its
three pairs). Small pools (up to EXACT_MAX people) are solved exactly over every partition;
larger ones start greedy and improve by regrouping any two groups until nothing improves.
Only when no grouping can honour the "don't pair me with" choices does anyone sit out, and
then the fewest people, named in `Pairing.sat_out`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

AVOID = 1e15
REPEAT = 1e11  # a pair that met before, however often: the number of repeats comes first
AGAIN = 1e6  # per earlier meeting: among repeats, the rarest
RECENT = 1e6  # times how recent the latest meeting was (0 to 1]: among those, the oldest
SAME_DEPARTMENT = 1e3
EXACT_MAX = 12
MAX_PASSES = 50


@dataclass(frozen=True)
class Candidate:
    """A person in the pool: id and department (None: unknown, counted as its own)."""

    id: str
    department: str | None


@dataclass(frozen=True)
class Pairing:
    """The groups of a round (each sorted, in a stable order) and anyone who had to sit out."""

    groups: tuple[tuple[str, ...], ...]
    sat_out: tuple[str, ...] = ()


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The order-free key of a pair."""
    return (a, b) if a < b else (b, a)


def pairs_of(group: Sequence[str]) -> list[tuple[str, str]]:
    """Every pair within a group (one for a pair, three for a trio)."""
    return [pair_key(a, b) for a, b in combinations(group, 2)]


class _Costs:
    def __init__(
        self,
        people: Sequence[Candidate],
        history: Sequence[Sequence[Sequence[str]]],
        avoid: Iterable[tuple[str, str]],
        rng: random.Random,
    ) -> None:
        self.ids = [p.id for p in people]
        self.index = {pid: i for i, pid in enumerate(self.ids)}
        n = len(people)
        met: dict[tuple[int, int], tuple[int, float]] = {}
        rounds = len(history)
        for age, groups in enumerate(history):
            recency = (age + 1) / rounds  # the newest round weighs 1
            for group in groups:
                for a, b in pairs_of(group):
                    if a in self.index and b in self.index:
                        key = self._key(self.index[a], self.index[b])
                        times, _ = met.get(key, (0, 0.0))
                        met[key] = (times + 1, recency)
        blocked = {
            self._key(self.index[a], self.index[b])
            for a, b in avoid
            if a in self.index and b in self.index and a != b
        }
        self.matrix = [[0.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                cost = rng.random()
                if (i, j) in blocked:
                    cost += AVOID
                times, recency = met.get((i, j), (0, 0.0))
                if times:
                    cost += REPEAT + times * AGAIN + recency * RECENT
                dep_i, dep_j = people[i].department, people[j].department
                if dep_i is not None and dep_i == dep_j:
                    cost += SAME_DEPARTMENT
                self.matrix[i][j] = self.matrix[j][i] = cost

    @staticmethod
    def _key(i: int, j: int) -> tuple[int, int]:
        return (i, j) if i < j else (j, i)

    def of(self, group: Sequence[int]) -> float:
        m = self.matrix
        return sum(m[a][b] for a, b in combinations(group, 2))


def _exact(costs: _Costs, members: Sequence[int]) -> list[tuple[int, ...]]:
    """The cheapest partition into pairs (and one trio if odd), over every partition."""
    trio_needed = len(members) % 2 == 1

    @cache
    def best(
        remaining: tuple[int, ...], trio_left: bool
    ) -> tuple[float, tuple[tuple[int, ...], ...]]:
        if not remaining:
            return 0.0, ()
        first, rest = remaining[0], remaining[1:]
        found: tuple[float, tuple[tuple[int, ...], ...]] = (float("inf"), ())
        for k, other in enumerate(rest):
            left = rest[:k] + rest[k + 1 :]
            if trio_left and len(left) < 3:
                continue  # three people left: they are the trio
            sub_cost, sub_groups = best(left, trio_left)
            cost = costs.of((first, other)) + sub_cost
            if cost < found[0]:
                found = (cost, ((first, other), *sub_groups))
        if trio_left:
            for b, c in combinations(rest, 2):
                left = tuple(x for x in rest if x not in (b, c))
                sub_cost, sub_groups = best(left, False)
                cost = costs.of((first, b, c)) + sub_cost
                if cost < found[0]:
                    found = (cost, ((first, b, c), *sub_groups))
        return found

    return list(best(tuple(members), trio_needed)[1])


def _regroup(costs: _Costs, a: tuple[int, ...], b: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """The cheapest way to split the people of two groups into groups of the same sizes."""
    people = a + b
    size = len(a)
    best_cost = costs.of(a) + costs.of(b)
    best: tuple[tuple[int, ...], ...] = (a, b)
    for first in combinations(people, size):
        second = tuple(x for x in people if x not in first)
        cost = costs.of(first) + costs.of(second)
        if cost < best_cost - 1e-9:
            best_cost, best = cost, (first, second)
    return best


def _local(costs: _Costs, members: Sequence[int], rng: random.Random) -> list[tuple[int, ...]]:
    """Greedy start (each person takes the cheapest partner left), then pairwise regrouping."""
    order = list(members)
    rng.shuffle(order)
    free = set(order)
    groups: list[tuple[int, ...]] = []
    m = costs.matrix
    for person in order:
        if person not in free:
            continue
        free.discard(person)
        if not free:
            groups[-1] = (*groups[-1], person)  # the odd one out joins the last pair: the trio
            break
        partner = min(free, key=lambda other: (m[person][other], other))
        free.discard(partner)
        groups.append((person, partner))
    for _ in range(MAX_PASSES):
        improved = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                a, b = _regroup(costs, groups[i], groups[j])
                if (a, b) != (groups[i], groups[j]):
                    groups[i], groups[j] = a, b
                    improved = True
        if not improved:
            break
    return groups


def _partition(costs: _Costs, members: Sequence[int], rng: random.Random) -> list[tuple[int, ...]]:
    if len(members) < 2:
        return []
    if len(members) <= EXACT_MAX:
        return _exact(costs, members)
    return _local(costs, members, rng)


def pair_people(
    people: Sequence[Candidate],
    *,
    history: Sequence[Sequence[Sequence[str]]] = (),
    avoid: Iterable[tuple[str, str]] = (),
    seed: int = 0,
) -> Pairing:
    """Group the pool for one round.

    Args:
        people: the opted-in, non-snoozed people (order does not matter).
        history: earlier rounds, oldest first, each a list of groups of person ids.
        avoid: "don't pair me with" choices as (person, person), either way round.
        seed: the random tie-break; the same inputs and seed give the same groups.
    """
    pool = sorted({p.id: p for p in people}.values(), key=lambda p: p.id)
    rng = random.Random(seed)
    costs = _Costs(pool, history, list(avoid), rng)
    members = list(range(len(pool)))
    sat_out: list[int] = []
    while True:
        groups = _partition(costs, members, rng)
        broken = [g for g in groups if costs.of(g) >= AVOID]
        if not broken and len(members) >= 2:
            break
        if len(members) < 2:
            sat_out.extend(members)
            groups = []
            break
        # No grouping honours every choice: the person with the most blocks sits out.
        blocks = {
            i: sum(1 for j in members if j != i and costs.matrix[i][j] >= AVOID) for i in members
        }
        out = max(members, key=lambda i: (blocks[i], -i))
        members.remove(out)
        sat_out.append(out)
    named = sorted(tuple(sorted(costs.ids[i] for i in g)) for g in groups)
    return Pairing(
        groups=tuple(named),
        sat_out=tuple(sorted(costs.ids[i] for i in sat_out)),
    )


def cross_department_share(
    groups: Iterable[Sequence[str]], departments: dict[str, str | None]
) -> float:
    """The share of pairs met (three in a trio) whose two people are of different departments."""
    total = cross = 0
    for group in groups:
        for a, b in pairs_of(group):
            total += 1
            dep_a, dep_b = departments.get(a), departments.get(b)
            cross += dep_a is None or dep_a != dep_b
    return cross / total if total else 0.0


def random_pairing(ids: Sequence[str], *, seed: int) -> tuple[tuple[str, ...], ...]:
    """Pairs drawn at random (one trio if odd): the baseline the pairing is measured against."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    groups = [tuple(order[i : i + 2]) for i in range(0, len(order) - 1, 2)]
    if len(order) % 2 and groups:
        groups[-1] = (*groups[-1], order[-1])
    return tuple(groups)
