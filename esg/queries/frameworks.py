"""Data behind the framework index: the report's GRI and SSE content indices, the GRI 14 Mining Sector Standard topics
and IFRS S2 climate metrics, the dashboard view that answers each code, and the indicators that answer each code
(both ways): the report's own mapping (``indicators.gri``, e.g. ``305-1`` or ``2-9;205-2``, from its GRI index) and
the derived one (``frameworks.gri_refs``: the GRI disclosures a GRI 14 topic or IFRS S2 metric matches, taken through
the report's own mapping; ``frameworks.indicator_refs``: figures named for it directly)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from esg.i18n import t
from esg.queries import register
from esg.queries.common import indicators
from esg.snapshot import QUERY_ENGINE, scan_table

# GRI topic standard (the number before the dash) -> the dashboard view that shows it.
GRI_STANDARD_VIEWS: dict[str, str] = {
    "3": "materiality",
    "201": "overview",
    "203": "governance",
    "204": "governance",
    "205": "governance",
    "206": "governance",
    "301": "environment",
    "302": "environment",
    "303": "environment",
    "304": "environment",
    "305": "emissions",
    "306": "environment",
    "308": "governance",
    "401": "workforce",
    "402": "workforce",
    "403": "safety",
    "404": "workforce",
    "405": "workforce",
    "406": "workforce",
    "407": "workforce",
    "408": "workforce",
    "409": "workforce",
    "410": "safety",
    "411": "governance",
    "413": "governance",
    "414": "governance",
    "415": "governance",
    "416": "governance",
    "417": "governance",
    "418": "governance",
}
# Single codes that differ from their standard's view. GRI 2 (general disclosures): 2-1..2-6 describe the
# organisation (overview), 2-7 and 2-8 the workforce, 2-9..2-30 governance.
GRI_CODE_VIEWS: dict[str, str] = {
    **{f"2-{n}": "overview" for n in range(1, 7)},
    "2-7": "workforce",
    "2-8": "workforce",
    **{f"2-{n}": "governance" for n in range(9, 31)},
    "201-2": "risks",
    "201-3": "workforce",
}
# SSE (Shanghai Stock Exchange guideline) articles -> view.
SSE_CODE_VIEWS: dict[str, str] = {
    "SSE-1": "emissions",
    "SSE-2": "emissions",
    **{f"SSE-{n}": "environment" for n in range(3, 9)},
    **{f"SSE-{n}": "governance" for n in range(9, 17)},
    "SSE-17": "workforce",
    "SSE-18": "governance",
    "SSE-19": "materiality",
    "SSE-20": "governance",
    "SSE-21": "governance",
}
# GRI 14 topics and IFRS S2 metrics -> view (the view showing the figures their mapping finds, or the narrative).
DERIVED_CODE_VIEWS: dict[str, str] = {
    **dict.fromkeys(("14.1", "14.3"), "emissions"),
    "14.2": "risks",
    **dict.fromkeys(("14.4", "14.5", "14.6", "14.7", "14.8"), "environment"),
    "14.9": "overview",
    **dict.fromkeys(("14.10", "14.12", "14.22", "14.24"), "governance"),
    **dict.fromkeys(("14.14", "14.16"), "safety"),
    **dict.fromkeys(("14.17", "14.18", "14.19", "14.20", "14.21"), "workforce"),
    **{f"S2 29(a)({n})": "emissions" for n in ("i)(1", "i)(2", "i)(3", "iii", "iv", "v", "vi")},
    **dict.fromkeys(("S2 29(b)", "S2 29(c)", "S2 29(d)"), "risks"),
    **dict.fromkeys(("S2 33", "S2 EM-MM-110a.1"), "emissions"),
    **dict.fromkeys(("S2 EM-MM-130a.1", "S2 EM-MM-140a.1"), "environment"),
}
NOT_REPORTED = "/"
BASES = ("own", "derived")
NOT_APPLICABLE = "不适用"


def view_for(code: str) -> str | None:
    """The dashboard view answering a GRI or SSE code (``305-1`` -> ``emissions``), ``None`` if none does."""
    if code in SSE_CODE_VIEWS:
        return SSE_CODE_VIEWS[code]
    if code in GRI_CODE_VIEWS:
        return GRI_CODE_VIEWS[code]
    if code in DERIVED_CODE_VIEWS:
        return DERIVED_CODE_VIEWS[code]
    return GRI_STANDARD_VIEWS.get(code.split("-", 1)[0])


def view_title(view: str | None, lang: str) -> str:
    """The view's menu title in ``lang`` ("" for no view)."""
    return t(f"{view}.title", lang) if view else ""


def _status(location_zh: str, basis: str, indicators: int) -> str:
    """The report's own index: ``not_reported`` for "/", ``not_applicable`` for "不适用", ``elsewhere`` for text, else
    ``reported``. A derived code: ``covered`` (figures answer it), ``in_text`` (the pages of its GRI disclosures, no
    figure) or ``gap`` (the report does not cover it)."""
    text = location_zh.strip()
    if basis == "derived":
        return "covered" if indicators else "gap" if text == NOT_REPORTED else "in_text"
    if text == NOT_REPORTED:
        return "not_reported"
    if text == NOT_APPLICABLE:
        return "not_applicable"
    return "reported" if text.startswith("P") else "elsewhere"


def _gri_codes(snapshot: Path) -> pl.LazyFrame:
    """The report's own mapping: one row per indicator and GRI code its table carries."""
    return (
        indicators(snapshot)
        .filter(pl.col("gri").is_not_null())
        .select("indicator_id", pl.col("gri").str.split(";").alias("code"))
        .explode("code")
        .select(pl.col("code").str.strip_chars(), "indicator_id")
        .unique(maintain_order=True)
    )


def framework_indicators(snapshot: Path) -> pl.DataFrame:
    """Which indicators answer which framework code, one row per code and indicator: ``framework``, ``code``,
    ``indicator_id``, ``basis`` (``own``: the report's GRI index maps the indicator's table to the code; ``derived``:
    through the GRI disclosures of a GRI 14 topic or IFRS S2 metric, or named for it) and ``view`` (the view
    answering the code)."""
    own = _gri_codes(snapshot).with_columns(pl.lit("GRI").alias("framework"), pl.lit("own").alias("basis"))
    derived = scan_table(snapshot, "frameworks").filter(pl.col("basis") == "derived")
    through_gri = (
        derived.select(pl.col("framework").cast(pl.String), "code", pl.col("gri_refs").str.split(";").alias("ref"))
        .explode("ref")
        .join(_gri_codes(snapshot).rename({"code": "ref"}), on="ref")
    )
    named = derived.select(
        pl.col("framework").cast(pl.String), "code", pl.col("indicator_refs").str.split(";").alias("indicator_id")
    ).explode("indicator_id")
    mapped = pl.concat([through_gri.select("framework", "code", "indicator_id"), named]).filter(
        pl.col("indicator_id").is_not_null()
    )
    df = (
        pl.concat(
            [own.select("framework", "code", "indicator_id", "basis"), mapped.with_columns(basis=pl.lit("derived"))]
        )
        .unique(["code", "indicator_id"], maintain_order=True)
        .sort("framework", "code", "indicator_id")
        .collect(engine=QUERY_ENGINE)
    )
    return df.with_columns(pl.Series("view", [view_for(c) for c in df.get_column("code")], dtype=pl.String))


def _indicator_codes(snapshot: Path) -> pl.LazyFrame:
    """One row per indicator row and framework code that answers it (own and derived, ``basis``)."""
    mapping = framework_indicators(snapshot).lazy().select("code", "indicator_id", "basis")
    return indicators(snapshot).join(mapping, on="indicator_id", maintain_order="left")


@register("frameworks.index")
def index(snapshot: Path, framework: str | None = None) -> pl.DataFrame:
    """The content indices as printed (``framework`` ``GRI``/``SSE``, ``None`` for both), each code with its
    reporting status, the view that answers it and how many indicators (and figures) carry the code."""
    counts = (
        _indicator_codes(snapshot)
        .group_by("code")
        .agg(pl.col("indicator_id").n_unique().alias("indicators"), pl.len().cast(pl.Int64).alias("figures"))
    )
    lf = scan_table(snapshot, "frameworks").with_columns(pl.col("framework", "basis").cast(pl.String))
    if framework:
        lf = lf.filter(pl.col("framework") == framework)
    df = (
        lf.join(counts, on="code", how="left", maintain_order="left")
        .with_columns(pl.col("indicators").fill_null(0).cast(pl.Int64), pl.col("figures").fill_null(0))
        .collect(engine=QUERY_ENGINE)
    )
    statuses = [_status(loc, basis, n) for loc, basis, n in df.select("location_zh", "basis", "indicators").iter_rows()]
    views = [view_for(code) for code in df.get_column("code").to_list()]
    return df.with_columns(
        pl.Series("status", statuses, dtype=pl.String),
        pl.Series("status_zh", [t(f"frameworks.status.{s}", "zh") for s in statuses], dtype=pl.String),
        pl.Series("status_en", [t(f"frameworks.status.{s}", "en") for s in statuses], dtype=pl.String),
        pl.Series("view", views, dtype=pl.String),
        pl.Series("view_zh", [view_title(v, "zh") for v in views], dtype=pl.String),
        pl.Series("view_en", [view_title(v, "en") for v in views], dtype=pl.String),
        pl.col("basis").replace_strict({b: t(f"frameworks.basis.{b}", "zh") for b in BASES}).alias("basis_zh"),
        pl.col("basis").replace_strict({b: t(f"frameworks.basis.{b}", "en") for b in BASES}).alias("basis_en"),
    )


def _per_indicator(snapshot: Path) -> pl.DataFrame:
    """One row per indicator answering a framework code: names, pillar, topic, every code (``code_list``), the report's
    own GRI codes (``codes``) and the derived GRI 14 / IFRS S2 codes (``derived_codes``), the years and entities it
    has figures for (entity short names in both languages) and its number of figures."""
    names = scan_table(snapshot, "entities").select(pl.col("entity_id").alias("entity"), "short_zh", "short_en")
    return (
        _indicator_codes(snapshot)
        .join(names, on="entity", how="left", maintain_order="left")
        .sort(pl.col("segment").is_not_null(), maintain_order=True)  # names from the unsegmented rows first
        .group_by("indicator_id", maintain_order=True)
        .agg(
            pl.col("name_zh", "name_en", "source_table", "source_table_en").first(),
            pl.col("pillar").first().cast(pl.String),
            pl.col("topic").first().cast(pl.String),
            pl.col("code").unique(maintain_order=True).alias("code_list"),
            pl.col("code").filter(pl.col("basis") == "own").unique(maintain_order=True).alias("own_list"),
            pl.col("code").filter(pl.col("basis") == "derived").unique(maintain_order=True).alias("derived_list"),
            pl.col("year").unique().sort().cast(pl.String).str.join(", ").alias("years"),
            pl.col("short_zh").unique(maintain_order=True).str.join("、").alias("entities_zh"),
            pl.col("short_en").unique(maintain_order=True).str.join(", ").alias("entities_en"),
            pl.struct("entity", "segment", "year").n_unique().cast(pl.Int64).alias("figures"),
        )
        .with_columns(
            pl.col("own_list").list.join(", ").alias("codes"),
            pl.col("derived_list").list.join(", ").alias("derived_codes"),
        )
        .drop("own_list", "derived_list")
        .collect(engine=QUERY_ENGINE)
    )


def _with_views(df: pl.DataFrame) -> pl.DataFrame:
    """Add ``views`` (the view ids answering the indicator's codes) and their titles (``views_zh``/``views_en``)."""
    views = [list(dict.fromkeys(v for v in map(view_for, codes) if v)) for codes in df.get_column("code_list")]
    return df.with_columns(
        pl.Series("views", [", ".join(v) for v in views], dtype=pl.String),
        pl.Series("views_zh", ["、".join(view_title(x, "zh") for x in v) for v in views], dtype=pl.String),
        pl.Series("views_en", [", ".join(view_title(x, "en") for x in v) for v in views], dtype=pl.String),
    ).drop("code_list")


@register("frameworks.summary")
def summary(snapshot: Path) -> dict[str, int]:
    """Counts for the headline cards: GRI disclosures, SSE articles, GRI 14 topics, IFRS S2 metrics, codes of the
    report's own indices printed "/" (not reported), own codes carried by at least one indicator, and GRI 14 / IFRS S2
    codes the report does not cover (gaps)."""
    df = index(snapshot)
    own = df.filter(pl.col("basis") == "own")
    return {
        "gri": df.filter(pl.col("framework") == "GRI").height,
        "sse": df.filter(pl.col("framework") == "SSE").height,
        "gri14": df.filter(pl.col("framework") == "GRI14").height,
        "ifrs_s2": df.filter(pl.col("framework") == "IFRS_S2").height,
        "not_reported": own.filter(pl.col("status") == "not_reported").height,
        "with_figures": own.filter(pl.col("indicators") > 0).height,
        "gaps": df.filter(pl.col("status") == "gap").height,
    }


@register("frameworks.code_indicators")
def code_indicators(snapshot: Path, code: str) -> pl.DataFrame:
    """The indicators that answer ``code``: one row per indicator with its name, pillar and topic, the years and
    entities it has figures for, its source table, every GRI code it carries and the views answering them."""
    return _with_views(_per_indicator(snapshot).filter(pl.col("code_list").list.contains(code)))


@register("frameworks.indicator_codes")
def indicator_codes(snapshot: Path) -> pl.DataFrame:
    """Every indicator that answers a framework code, with its own GRI codes (``codes``), its derived GRI 14 / IFRS S2
    codes (``derived_codes``) and the views that answer them (``views``)."""
    return _with_views(_per_indicator(snapshot))
