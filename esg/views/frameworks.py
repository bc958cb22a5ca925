"""Framework index: the report's GRI and SSE content indices, each code linked to the view and the indicators that
answer it, and every indicator with its GRI codes."""

from esg.views.model import Control, Heading, Kpis, Section, Table, Text, View, params, query

FRAMEWORK = frozenset({"framework"})
CODE = frozenset({"code"})
DATAFRAME = params(style="dataframe", height=400)

VIEW = View(
    "frameworks",
    elements=(
        Kpis(name="summary", data=query("frameworks.summary"), options=params(kind="frameworks_summary")),
        Control(name="framework", kind="frameworks_framework", options=params(widget="segmented")),
        Text(name="index_caption", key="frameworks.caption.index"),
        Table(name="index", kind="frameworks_index", applies=FRAMEWORK, options=DATAFRAME),
        Control(name="code", kind="frameworks_codes", applies=FRAMEWORK),
        Text(name="selected", kind="frameworks_selected", applies=CODE),
        Table(
            name="code_indicators", kind="frameworks_code_indicators", applies=CODE, options=params(style="dataframe")
        ),
        Table(
            name="indicator_codes",
            kind="frameworks_indicator_codes",
            options=params(style="dataframe", height=400, heading="subheader"),
        ),
    ),
    sections=(
        Section(
            "index",
            (
                "summary",
                "framework",
                Heading("frameworks.heading.index"),
                "index_caption",
                "index",
                "code",
                "selected",
                "code_indicators",
                "indicator_codes",
            ),
        ),
    ),
)
