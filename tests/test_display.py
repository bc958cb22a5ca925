"""The display policy (esg.display) on the figures issue 12 quotes, checked against the report's text layer."""

from __future__ import annotations

import polars as pl
import pytest

from esg.display import (
    format_change,
    format_number,
    format_signed,
    format_signed_value,
    format_value,
    policy_decimals,
    printed_with_unit,
    rounded_for_display,
    shared_decimals,
)

# The converted figures issue 12 saw with false precision, and what the policy shows instead.
EXAMPLES = [
    (650.4912, "650.5"),  # 65,049.12 万元 (environmental investment, 2024) in RMB million
    (482.4238, "482.4"),  # 48,242.38 万元 (pollution treatment measures)
    (3.6274, "3.627"),  # 362.74 万元 (training expenditure)
    (0.0123, "0.0123"),  # 1.23 万元 (training on equipment management)
    (1_944_777.1, "1,944,777"),  # a 万千瓦时 figure in MWh: whole numbers in full
    (114_553.8, "114,554"),  # 11,455.38 万吨 (general solid waste) in kt
    (27_786_984.85, "27,786,985"),
    (1_857_309, "1,857,309"),  # Scope 1 + 2 emissions, t CO2e
    (0.396, "0.396"),  # LTIR
    (19.7, "19.7"),
    (132.2, "132.2"),
    (0, "0"),
]


@pytest.mark.parametrize(("value", "shown"), EXAMPLES)
def test_policy_on_the_issue_examples(value: float, shown: str) -> None:
    assert format_number(value, "en") == shown
    assert format_number(value, "zh") == shown


def test_printed_figures_converted_for_english_readers() -> None:
    # 2024 environmental protection investment, printed "65,049.12 万元"
    assert format_value(65_049.12, "万元", "RMB 10k", "en") == "RMB 650.5 million"
    assert format_value(65_049.12, "万元", "RMB 10k", "zh") == "65,049 万元"
    assert format_value(65_049.12, "万元", "RMB 10k", "en", exact=True) == "RMB 650.4912 million"
    # general solid waste 11,455.38 万吨
    assert format_value(11_455.38, "万吨", "10 kt", "en") == "114,554 kt"
    assert format_value(1_857_309, "吨二氧化碳当量", "t CO2e", "en") == "1,857,309 t CO2e"
    assert format_value(None, "吨", "t", "en") == "Not disclosed"


def test_one_precision_across_a_chart() -> None:
    assert shared_decimals([4.367, 6.137, 7.11]) == 3
    assert [format_number(v, "en", shared_decimals([4.367, 6.137, 7.11])) for v in (4.367, 6.137, 7.11)] == [
        "4.367",
        "6.137",
        "7.110",
    ]
    # training spend in RMB million: 3.6274 / 1.6806 / 0.0123 -> three decimals throughout
    assert shared_decimals([3.6274, 1.6806, 0.0123]) == 3
    # integers stay whole however small the other figures
    assert shared_decimals([1_769_991, 1_857_309]) == 0
    assert shared_decimals([None, 12.5, 100]) == 1
    assert shared_decimals([]) == 0


def test_never_more_decimals_than_carried() -> None:
    assert policy_decimals(7.1) == 1
    assert policy_decimals(1_857_309) == 0
    assert shared_decimals([7.1, 6.2]) == 1


def test_changes_and_gaps_carry_their_sign() -> None:
    # emissions 1,769,991 (2022) -> 1,857,309 (2024) t CO2e: a rise
    assert format_signed(1_857_309 - 1_769_991, "en") == "+87,318"
    assert format_signed(-2.4, "en", 1) == "-2.4"
    assert format_signed(0.0, "en", 1) == "0.0"
    assert format_signed_value(165_984, "吨二氧化碳当量", "t CO2e", "en") == "+165,984 t CO2e"
    assert format_change(2.44, False, "en") == "+2.4%"
    assert format_change(-1.5, True, "en") == "-1.5 pp"
    assert format_change(-0.01, False, "en") == "0.0%"


def test_as_printed_keeps_the_printed_unit() -> None:
    assert printed_with_unit("237,612", "万千瓦时", "10 MWh", "zh") == "237,612 万千瓦时"
    assert printed_with_unit("237,612", "万千瓦时", "10 MWh", "en") == "237,612 × 10,000 kWh"
    assert printed_with_unit("19.7", "%", "%", "en") == "19.7%"
    assert printed_with_unit("-", "吨", "t", "en") == "-"
    assert printed_with_unit(None, "吨", "t", "en") == ""
    assert printed_with_unit("368", "人", "persons", "en") == "368 persons"


def test_tables_show_the_policy_and_downloads_keep_full_values() -> None:
    frame = pl.DataFrame({"year": [2022, 2023, 2024], "value": [4.367, 6.137, 7.11], "spend": [3.6274, 1.6806, 0.0123]})
    shown = rounded_for_display(frame)
    assert shown.get_column("spend").to_list() == [3.627, 1.681, 0.0123]
    assert shown.get_column("value").to_list() == [4.367, 6.137, 7.11]
    assert shown.get_column("year").to_list() == [2022, 2023, 2024]
    assert frame.get_column("spend").to_list() == [3.6274, 1.6806, 0.0123]


def test_rounding_is_half_up_as_written() -> None:
    # 2024 safety investment 44,765 万元 = RMB 447.65 million (binary floating point would give 447.6)
    assert format_value(44_765, "万元", "RMB 10k", "en") == "RMB 447.7 million"
    assert rounded_for_display(pl.DataFrame({"v": [447.65]})).item() == 447.7
