"""A name written with an article elided onto a word ("Golfe d'Aden") is found by its own spelling, as an alias, not
by likeness; the Middle East, a region of no point, is no place in any language the tables read ("Moyen-Orient" had
been Ma'alot-Tarshiha by sound)."""
from __future__ import annotations

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import PlaceNotFound


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize("query, place", [
    ("Golfe d'Aden", "xz-gulf-of-aden"), ("golfe d’Aden", "xz-gulf-of-aden"), ("Golfo di Aden", "xz-gulf-of-aden"),
])
def test_an_elided_alias_is_an_alias(g, query, place):
    match = g.resolve(query)
    assert (match.id, match.method) == (place, "alias")


@pytest.mark.parametrize("query", ["Moyen-Orient", "Middle East", "Nahost", "Ortadoğu", "الشرق الأوسط", "خاورمیانه",
                                   "המזרח התיכון", "Ближний Восток", "Proche-Orient", "Oriente Medio"])
def test_the_middle_east_is_no_place(g, query):
    with pytest.raises(PlaceNotFound):
        g.resolve(query)
