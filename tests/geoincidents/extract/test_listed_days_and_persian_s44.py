"""An event told on two listed days, a clause ended by a semicolon, and Persian: the perfect with its auxiliary,
aircraft flying over a place, and Zeynabiyeh (session 44), on sentences written for these tests."""
from __future__ import annotations

from geoincidents import extract_report


def incidents(text: str) -> list[tuple[str, str, str | None, str | None]]:
    rows = extract_report(text, published="2023-12-25").incidents
    return list(zip(rows["date"].astype(str), rows["event_type"], rows["target_place_id"], rows["launch_place_id"]))


def test_two_listed_days_are_two_incidents() -> None:
    assert incidents("Israel also struck the area around Sayyida Zaynab on December 8 and December 10.") == [
        ("2023-12-08", "air_strike", "sy-sayyida-zaynab", None), ("2023-12-10", "air_strike", "sy-sayyida-zaynab", None)]


def test_a_day_of_another_act_is_no_listed_day() -> None:
    assert incidents("Israel struck Sayyida Zaynab on December 8 and killed three people on December 10.") == [
        ("2023-12-08", "air_strike", "sy-sayyida-zaynab", None)]


def test_persian_pluperfect_after_a_semicolon_with_solar_and_gregorian_days() -> None:
    # 'this is not the first attack on the area; the Zionist regime had also targeted the surroundings of Sayyida
    # Zaynab on 17 Azar (8 December) and 19 Azar (10 December)'
    assert incidents("این نخستین حمله به این منطقه نیست؛ رژیم صهیونیستی در هفدهم آذر (۸ دسامبر) و نوزدهم آذر "
                     "(۱۰ دسامبر) نیز اطراف سیده زینب را هدف قرار داده بود.") == [
        ("2023-12-08", "air_strike", "sy-sayyida-zaynab", None), ("2023-12-10", "air_strike", "sy-sayyida-zaynab", None)]


def test_persian_aircraft_flying_over_the_golan_fired_from_it() -> None:
    found = incidents("هواپیماهای رژیم صهیونیستی که بر فراز جولان اشغالی پرواز می‌کردند، روز دوشنبه با شلیک سه موشک "
                      "خانه‌ای را در زینبیه هدف قرار دادند.")
    assert [(d, t, l) for d, _, t, l in found] == [("2023-12-25", "sy-sayyida-zaynab", "il-golan-heights")]


def test_zeynabiyeh_is_sayyida_zaynab() -> None:
    rows = extract_report("منزل او در زینبیه روز دوشنبه با سه موشک هدف قرار گرفت.", published="2023-12-25").places
    assert rows["place_id"].tolist() == ["sy-sayyida-zaynab"]
