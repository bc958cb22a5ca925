"""Safety and health: injury rates and incidents, hours lost, safety investment by item, training, certification."""

import streamlit as st

from components import state
from components.charts import fit_legend, make_bar_figure, make_line_figure, make_stacked_total_figure, source_line
from components.data import query
from components.kpi import Kpi, render_kpi
from components.layout import render_page_header
from components.render import render_chart
from components.tables import chart_frame, facts_table, localised
from esg.i18n import format_value, pick, t

filters = state.current_filters()
lang = filters.lang
year = filters.year
render_page_header("safety.title", filters, frozenset({state.YEAR}), intro_key="safety.intro")
SERIES = "safety.series"
TABLE_HEADERS = {"indicator": "safety.col.indicator", "note": "safety.col.note", "value": "safety.col.value"}


def kpi_cards(rows: list[dict], per_row: int = 4) -> None:
    """KPI cards, at most ``per_row`` a row."""
    for start in range(0, len(rows), per_row):
        for column, row in zip(st.columns(per_row), rows[start : start + per_row], strict=False):
            with column:
                render_kpi(
                    Kpi(
                        label=t(f"safety.kpi.{row['indicator_id']}", lang),
                        value=row["value"],
                        unit=row["unit"],
                        unit_en=row["unit_en"],
                        change=row["change"],
                        is_rate=row["is_rate"],
                        lower_is_better=row["lower_is_better"],
                        history=row["history"],
                        previous_year=year - 1 if row["previous_value"] is not None else None,
                        help=t("safety.kpi_help", lang, source=pick(lang, row["source_table"], row["source_table_en"])),
                    ),
                    lang,
                )


def trend_chart(which: str, kind: str, value_header: str, y_title: str, **options: object) -> None:
    """One trend chart of the safety tables (bars or lines by year, one series per indicator)."""
    rows = query("safety.chart", filters.edition, which=which, year=year)
    data = chart_frame(
        rows,
        lang,
        labels=SERIES,
        columns={"year": "safety.col.year", "series": "safety.col.series", "value": value_header},
    )
    year_col, series_col, value_col = data.columns
    factory = make_line_figure if kind == "line" else make_bar_figure
    fig = factory(
        data,
        x=year_col,
        y=value_col,
        color=series_col,
        title=t(f"safety.chart.{which}", lang),
        source=source_line(rows, lang),
        lang=lang,
        y_title=t(y_title, lang),
        **options,
    )
    render_chart(fit_legend(fig), key=f"safety_{which}", lang=lang, data=data)


st.subheader(t("safety.kpis", lang, year=year))
kpi_cards(query("safety.kpis", filters.edition, year=year).to_dicts())

st.subheader(t("safety.section.incidents", lang))
left, right = st.columns(2)
with left:
    trend_chart("rates", "line", "safety.col.rate", "safety.axis.rate")
with right:
    trend_chart("incidents", "bar", "safety.col.events", "safety.axis.events")
left, right = st.columns(2)
with left:
    trend_chart("lost_hours", "bar", "safety.col.hours", "safety.axis.hours")
with right:
    st.caption(t("safety.scope_caption", lang))
    st.markdown(f"**{t('safety.footnotes', lang)}**")
    st.table(
        localised(
            query("safety.footnotes", filters.edition),
            {"name*": "safety.col.indicator", "note*": "safety.col.note"},
            lang,
        ),
        hide_index=True,
    )

st.subheader(t("safety.section.investment", lang))
investment = query("safety.chart", filters.edition, which="investment", year=year)
investment_data = chart_frame(
    investment,
    lang,
    labels=SERIES,
    columns={"year": "safety.col.year", "series": "safety.col.item", "value": "safety.col.investment"},
)
year_col, item_col, value_col = investment_data.columns
render_chart(
    fit_legend(
        make_stacked_total_figure(
            investment_data,
            x=year_col,
            y=value_col,
            color=item_col,
            total=t(f"{SERIES}.safety_investment_total", lang),
            title=t("safety.chart.investment", lang),
            source=source_line(investment, lang),
            lang=lang,
            y_title=t("safety.axis.rmb", lang),
            height=520,
        ),
        width=800,
    ),
    key="safety_investment",
    lang=lang,
    data=investment_data,
)
for check in query("safety.quality", filters.edition, which="investment", year=year).to_dicts():
    st.caption(
        t(
            f"safety.quality.{check['kind']}",
            lang,
            year=check["year"],
            expected=format_value(check["expected"], check["unit"], check["unit_en"], lang),
            printed=format_value(check["printed"], check["unit"], check["unit_en"], lang),
        )
    )

st.subheader(t("safety.section.training", lang))
left, right = st.columns(2)
with left:
    trend_chart("training", "bar", "safety.col.sessions", "safety.axis.sessions")
with right:
    trend_chart("training_hours", "bar", "safety.col.hours_per_person", "safety.axis.hours")
left, right = st.columns(2)
with left:
    trend_chart("certificates", "bar", "safety.col.certificates", "safety.axis.person_times")
with right:
    certification = query("safety.table", filters.edition, which="certification", year=year)
    st.table(
        facts_table(certification["rows"], lang, years=certification["years"], headers=TABLE_HEADERS),
        hide_index=True,
    )

st.subheader(t("safety.section.management", lang, year=year))
kpi_cards(query("safety.iso", filters.edition, year=year).to_dicts())
management = query("safety.table", filters.edition, which="management", year=year)
if management["rows"].height and year in management["years"]:
    st.table(
        facts_table(management["rows"], lang, years=[year], headers=TABLE_HEADERS),
        hide_index=True,
    )
else:
    st.info(t("safety.no_figures", lang, year=year), icon=":material/info:")
