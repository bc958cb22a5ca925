"""The entity and segment filters agree (issue 14 item 4): an entity chosen sets the segment to its own, a segment
chosen lists only its entities (and sends an entity of another segment back to the group), and an impossible pair in
a link is corrected with a notice. The segments are the dashboard's assignment (``entities.csv``: Yulong Copper
operates the Yulong copper mine, a mining subsidiary; Xianghe Nonferrous smelts)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from esg.filters import agreeing_segment, entities_of_segment
from tests.app.helpers import APP

SEGMENTS = {"group": None, "yulong": "mining", "xianghe": "smelting", "golmud": None}


def test_agreeing_segment() -> None:
    assert agreeing_segment("yulong", "smelting", SEGMENTS) == "mining"
    assert agreeing_segment("yulong", "mining", SEGMENTS) == "mining"
    assert agreeing_segment("golmud", "mining", SEGMENTS) == "all"  # the report places it in no segment
    assert agreeing_segment("group", "smelting", SEGMENTS) == "smelting"
    assert entities_of_segment("smelting", SEGMENTS) == ["group", "xianghe"]
    assert entities_of_segment("all", SEGMENTS) == list(SEGMENTS)


def _app(lang: str, **params: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_an_impossible_pair_in_a_link_is_corrected_with_a_notice() -> None:
    at = _app("en", entity="yulong", segment="smelting")
    assert not at.exception
    assert at.sidebar.selectbox(key="segment").value == "mining"
    assert at.query_params["segment"] == "mining"
    assert [w.value for w in at.warning] == [
        "Yulong Copper is not in the Smelting segment, so the two cannot be filtered together: the segment was set "
        "to Mining."
    ]
    at.run()
    assert not at.warning  # said once


def test_choosing_one_constrains_the_other_in_chinese() -> None:
    at = _app("zh")
    at.sidebar.selectbox(key="segment").set_value("smelting").run()
    entity = at.sidebar.selectbox(key="entity")
    assert "玉龙铜业" not in entity.options and "湘和有色" in entity.options
    entity.set_value("xianghe").run()
    assert at.sidebar.selectbox(key="segment").value == "smelting"
    at.sidebar.selectbox(key="segment").set_value("mining").run()  # Xianghe smelts: back to the group
    assert at.sidebar.selectbox(key="entity").value == "group"
    at.sidebar.selectbox(key="segment").set_value("all").run()
    at.sidebar.selectbox(key="entity").set_value("yulong").run()
    assert at.sidebar.selectbox(key="segment").value == "mining"
    assert not at.warning and not at.exception
