"""The entity page through app.py (profile, every figure of the entity by topic, what the report does not give,
entities compared, the coverage matrix) and every view under each entity the report gives figures for: either the
entity's own figures, titled with its name, or the notice that the figures shown are the group's. Expected figures
typed from the report text (line numbers of its text layer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from components.navigation import all_views
from esg import queries
from esg.i18n import t
from esg.scope import scope_of
from esg.views import view as view_named
from esg.views.model import block_names
from tests.app.helpers import chinese_in, figure_titled, page_fixture, run_page, table_with, visible_texts
from tests.conftest import EDITION

SNAPSHOT = Path(__file__).resolve().parents[2] / "data" / "snapshots" / EDITION
english = page_fixture("entity", "en", entity="xinyuan")
chinese = page_fixture("entity", "zh", entity_id="yulong")

# One figure of each entity the report gives figures for, as the entity page shows it in English, and where the
# report prints it.
OWN_FIGURES = {
    "hami_bolun": (
        "open_pit_backfill_volume",
        "226 thousand m³",
        "22.6 × 10,000 m³",
    ),  # 哈密博伦露天坑回填 22.6 万立方米 (1827)
    "subei_bolun": (
        "open_pit_backfill_volume",
        "180 thousand m³",
        "18 × 10,000 m³",
    ),  # 肃北博伦露天采坑回填 18 万立方米 (1825)
    "western_copper": (
        "open_pit_backfill_volume",
        "80 thousand m³",
        "8 × 10,000 m³",
    ),  # 西部铜业回填治理 8 万立方米 (1822)
    "shuangli": (
        "open_pit_levelling_volume",
        "186.6 thousand m³",
        "18.66 × 10,000 m³",
    ),  # 完成平整工程量 18.66 万立方米 (1822)
    "xinjiang_ruilun": ("mining_licence_area", "5.147 km²", "5.147 km²"),  # 开采面积 5.147 平方公里 (176)
    "xianghe": ("solar_pv_expected_co2_reduction", "4,277 t", "4,277 t"),  # 相当于减少二氧化碳排放 4,277 吨 (2174)
    "xinyuan": ("hydro_capacity", "10.5 MW", "10.5 MW"),  # 装机容量达 10.5MW (1473)
    "yulong": ("tibetan_employees", "368 persons", "368 persons"),  # 现有藏族职工 368 人 (4580)
    # 建成 10 万吨阴极铜电解车间集散控制系统（DCS） (3327)
    "western_copper_materials": ("dcs_cathode_copper_capacity", "100 kt", "10 × 10,000 t"),
}


def test_every_entity_with_figures_is_checked() -> None:
    coverage = queries.run("entity.coverage", SNAPSHOT)
    assert sorted(coverage["counts"].get_column("entity_id").to_list()) == sorted(OWN_FIGURES)


@pytest.mark.parametrize("entity", sorted(OWN_FIGURES))
def test_the_entity_page_shows_its_own_figure(entity: str) -> None:
    indicator_id, shown, printed = OWN_FIGURES[entity]
    at = run_page("entity", "en", entity_id=entity)
    figures = table_with(at, "Indicator ID").set_index("Indicator ID")
    assert figures.loc[indicator_id, "Figure"] == shown
    assert figures.loc[indicator_id, "As printed"] == printed
    assert not figures.isna().any().any() and "None" not in figures.to_numpy().tolist()


def test_xinyuan_profile_figures_by_topic_and_what_is_not_given(english) -> None:
    figures = table_with(english, "Indicator ID").set_index("Indicator ID")
    # 四川鑫源自有水力发电站装机容量达 10.5MW，年发电量达 4,008.87 万 kWh (= 40,088.7 MWh)
    assert figures.loc["hydro_generation", "Figure"] == "40,089 MWh"  # the display policy: whole in full
    assert figures.loc["hydro_generation", "As printed"] == "4,008.87 × 10,000 kWh"
    assert len(figures) == 12
    topics = list(dict.fromkeys(figures["Topic"]))
    assert topics == ["Energy", "Land and ecology"]  # grouped by topic, in the topics' order
    assert set(figures["Source table"]) == {
        "Energy management (text)",
        "Land resource management (text)",
        "Biodiversity (text)",
    }
    profile = dict(english.table[0].value.to_numpy().tolist())
    assert profile["Province"] == "Sichuan"
    assert profile["ISO 45001 certification year"] == "2023"
    assert "tailings safety inspection" in profile["How the segment was assigned"]
    notice = " ".join(i.value for i in english.info)
    assert "12 figures of Xinyuan Mining's own, on: Energy, Land and ecology" in notice
    assert "none of Xinyuan Mining's own on: Company profile" in notice and "Safety" in notice
    assert chinese_in(visible_texts(english)) == []


def test_yulong_in_chinese(chinese) -> None:
    figures = table_with(chinese, "指标代码").set_index("指标代码")
    # 现有藏族职工 368 人，西藏籍职工占比 46%，人均收入均达 14 万元 / 年以上
    assert figures.loc["tibetan_employees", "数值"] == "368 人"
    assert figures.loc["tibet_registered_employees_pct", "数值"] == "46%"
    assert figures.loc["employee_income_per_capita_min", "报告原文"] == "14 万元 / 年"
    profile = dict(chinese.table[0].value.to_numpy().tolist())
    assert profile["ISO 45001 认证年份"] == "2023"  # 玉龙铜业: 2023 年通过 ISO 45001 认证
    assert profile["业务板块"] == "矿山板块"


def test_topic_in_the_url_keeps_only_that_topic() -> None:
    at = run_page("entity", "en", entity_id="yulong", topic="community")
    figures = table_with(at, "Indicator ID")
    assert set(figures["Topic"]) == {"Community"} and len(figures) == 3


def test_an_entity_without_figures_says_so() -> None:
    at = run_page("entity", "en", entity_id="xitieshan")
    assert any("gives no figures of its own for Xitieshan Branch" in i.value for i in at.info)
    profile = dict(at.table[0].value.to_numpy().tolist())
    assert (
        profile["How the segment was assigned"]
        .replace("\\", "")
        .startswith(  # st.table cells are Markdown-escaped
            "operates a mine named in the report: the Xitieshan lead-zinc mine, Qinghai (business map)"
        )
    )
    assert chinese_in(visible_texts(at)) == []


def test_compare_entities_on_the_figures_they_share() -> None:
    at = run_page("entity", "en", section="compare")
    compare = table_with(at, "Hami Bolun").set_index("Indicator")
    row = compare.loc["Open-pit backfill volume"]
    assert (row["Hami Bolun"], row["Subei Bolun"], row["Western Copper"]) == (
        "226 thousand m³",
        "180 thousand m³",
        "80 thousand m³",
    )
    assert row["Xinyuan Mining"] == ""  # no such figure: empty, never "None"


def test_the_coverage_matrix_links_to_the_entity_page_at_a_topic() -> None:
    at = run_page("entity", "zh", section="coverage")
    matrix = next(m.value for m in at.markdown if m.value.startswith("| 主体"))
    assert "[10](entity?entity_id=xinyuan&lang=zh&topic=land)" in matrix  # 鑫源矿业: 10 land figures
    assert (
        "[7](entity?entity_id=yulong&lang=zh&topic=rd)" in matrix
    )  # 6 figures plus the 5,000 m autonomous-driving altitude


@pytest.mark.parametrize("entity", sorted(OWN_FIGURES))
def test_every_view_is_honest_about_the_entity(entity: str) -> None:
    """Every view's first section under the entity filter: its own figures titled with its name where the report
    gives them, and the notice at the top wherever any figure shown is the group's."""
    figures = queries.run("scope.disclosed", SNAPSHOT)
    names = {e["entity_id"]: e["short_en"] for e in queries.run("common.filter_options", SNAPSHOT)["entities"]}
    at = run_page("overview", "en", entity=entity)
    for page in all_views():
        if page.name == "entity":
            continue
        at.switch_page(page.file).run()
        assert not at.exception, (page.name, [e.value for e in at.exception])
        view = view_named(page.name)
        section = view.sections[0]
        names_shown = [n for b in (*section.blocks, *view.footer) for n in block_names(b)]
        found = scope_of(view, figures, entity=entity, names=names_shown)
        infos = " ".join(i.value for i in at.info)
        if found.group:
            key = "common.scope.partly" if found.own else "common.scope.none"
            expected = t(key, "en", name=names[entity], own=len(found.own), group=len(found.group))
            assert expected in infos, (page.name, infos)
        else:
            assert names[entity] not in infos or page.name in ("reserves",), (page.name, infos)


def test_a_view_shows_the_entitys_own_figure_titled_with_its_name() -> None:
    """环境篇 / 土地资源管理: 玉龙铜业 ... 新增绿化面积约 107 万平方米 (1843): the greening chart of the environment
    view is Yulong's own under its filter; the other charts of the section say they are the group's."""
    at = run_page("environment", "en", entity="yulong", section="land")
    greening = figure_titled(at, "Yulong Copper · ")
    assert greening["data"][0]["y"] == [1070.0]  # thousand m²
    assert any("are its own figures" in i.value for i in at.info)


def test_a_segment_without_figures_of_its_own_says_so() -> None:
    """The report gives safety figures for the group only, none by business segment."""
    at = run_page("safety", "en", segment="mining")
    expected = t("common.scope.none", "en", name="Mining")
    assert any(i.value == expected for i in at.info), [i.value for i in at.info]
    links = {link.label: (link.proto.page, link.proto.query_string) for link in at.get("page_link")}
    assert links["Open the entities of Mining"] == ("subsidiaries", "lang=en&business_segment=mining")


def test_a_segments_own_figures_are_titled_with_its_name() -> None:
    """矿山/冶炼/其他板块温室气体排放总量 2024: 869,577 / 779,446 / 208,286: the emissions view's total GHG trend is
    the smelting segment's own under its filter."""
    at = run_page("emissions", "en", segment="smelting")
    totals = figure_titled(at, "Smelting · ")
    assert totals["data"][0]["y"][-1] == 779446
