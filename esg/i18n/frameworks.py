"""Strings of the framework index view: the report's GRI and SSE content indices, the GRI 14 and IFRS S2 mappings and
the indicators answering them."""

STRINGS = {
    "frameworks.title": {"zh": "披露框架索引", "en": "Framework index"},
    "frameworks.intro": {
        "zh": "报告的 GRI 与上交所（SSE）指标索引，以及 GRI 14 采矿业行业标准（2024，2026 年起生效）议题与 IFRS S2 "
        "气候指标：每项披露在报告中的位置、本看板中回应它的页面，以及对应的指标；报告未覆盖的显示为缺口。GRI 与上交所"
        "的对应为报告自身索引所给，GRI 14 与 IFRS S2 的对应为看板推导（每项注明规则）。",
        "en": "The report's GRI and Shanghai Stock Exchange (SSE) content indices, and the GRI 14 Mining Sector "
        "Standard (2024, in effect for reports from 2026) topics and IFRS S2 climate metrics: where each disclosure is "
        "in the report, the dashboard view that answers it, and the indicators that answer it; what the report does "
        "not cover is shown as a gap. The GRI and SSE mappings are the report's own indices; the GRI 14 and IFRS S2 "
        "mappings are derived by the dashboard (each states its rule).",
    },
    "frameworks.kpi.gri": {"zh": "GRI 披露项", "en": "GRI disclosures"},
    "frameworks.kpi.sse": {"zh": "上交所指引条款", "en": "SSE guideline articles"},
    "frameworks.kpi.not_reported": {"zh": "报告印为“/”（未披露）", "en": "Printed “/” (not reported)"},
    "frameworks.kpi.with_figures": {"zh": "有看板数据的披露项", "en": "With dashboard data"},
    "frameworks.kpi.gri14": {"zh": "GRI 14 议题", "en": "GRI 14 topics"},
    "frameworks.kpi.ifrs_s2": {"zh": "IFRS S2 指标", "en": "IFRS S2 metrics"},
    "frameworks.kpi.gaps": {"zh": "GRI 14 / IFRS S2 缺口", "en": "GRI 14 / IFRS S2 gaps"},
    "frameworks.kpi.gaps_help": {
        "zh": "报告既无对应数字、其 GRI 索引也未给出页码的 GRI 14 议题与 IFRS S2 指标数量。",
        "en": "GRI 14 topics and IFRS S2 metrics with no figure in the report and no page in its GRI index.",
    },
    "frameworks.kpi.with_figures_help": {
        "zh": "至少有一个指标标注了该 GRI 编号的披露项数量。",
        "en": "Disclosures carried by at least one indicator's GRI code.",
    },
    "frameworks.control.framework": {"zh": "框架", "en": "Framework"},
    "frameworks.control.framework_help": {
        "zh": "只看一个框架：GRI、上交所指引、GRI 14 或 IFRS S2。",
        "en": "One framework only: GRI, the SSE guideline, GRI 14 or IFRS S2.",
    },
    "frameworks.heading.index": {"zh": "指标索引", "en": "Content index"},
    "frameworks.caption.index": {
        "zh": "位置为报告所印：“P17”即第 17 页，“/”表示未披露，“不适用”表示不适用。",
        "en": "Locations as the report prints them (translated): “p. 17” is page 17; “not reported” is printed "
        "“/”; “not applicable” is printed as such.",
    },
    "frameworks.col.framework": {"zh": "框架", "en": "Framework"},
    "frameworks.col.code": {"zh": "编号", "en": "Code"},
    "frameworks.col.group": {"zh": "类别", "en": "Standard / group"},
    "frameworks.col.disclosure": {"zh": "披露内容", "en": "Disclosure"},
    "frameworks.col.location": {"zh": "报告位置", "en": "Location in the report"},
    "frameworks.col.status": {"zh": "披露情况", "en": "Status"},
    "frameworks.col.view": {"zh": "看板页面", "en": "Dashboard view"},
    "frameworks.col.indicators": {"zh": "指标数", "en": "Indicators"},
    "frameworks.col.years": {"zh": "年份", "en": "Years"},
    "frameworks.col.entities": {"zh": "主体", "en": "Entities"},
    "frameworks.col.codes": {"zh": "GRI 编号", "en": "GRI codes"},
    "frameworks.col.derived_codes": {"zh": "GRI 14 / IFRS S2 编号（推导）", "en": "GRI 14 / IFRS S2 codes (derived)"},
    "frameworks.col.basis": {"zh": "对应依据", "en": "Mapping"},
    "frameworks.basis.own": {"zh": "报告索引", "en": "Report's index"},
    "frameworks.basis.derived": {"zh": "看板推导", "en": "Derived"},
    "frameworks.status.covered": {"zh": "有对应数字", "en": "Figures answer it"},
    "frameworks.status.in_text": {"zh": "仅文字（见页码）", "en": "In text only (see the pages)"},
    "frameworks.status.gap": {"zh": "缺口：报告未覆盖", "en": "Gap: not covered by the report"},
    "frameworks.caption.own": {
        "zh": "对应依据：报告自身的 GRI / 上交所索引。",
        "en": "Mapping: the report's own GRI / SSE index.",
    },
    "frameworks.caption.derived": {
        "zh": "对应依据：看板推导。{rule}",
        "en": "Mapping: derived by the dashboard. {rule}",
    },
    "frameworks.notice.gap": {
        "zh": "缺口：报告没有回应该项的数字，其 GRI 索引也未给出页码。",
        "en": "A gap: the report prints no figure that answers this, and its GRI index gives no page for it.",
    },
    "frameworks.col.views": {"zh": "看板页面", "en": "Dashboard views"},
    "frameworks.status.reported": {"zh": "已披露", "en": "Reported"},
    "frameworks.status.not_reported": {"zh": "未披露（/）", "en": "Not reported (/)"},
    "frameworks.status.not_applicable": {"zh": "不适用", "en": "Not applicable"},
    "frameworks.status.elsewhere": {"zh": "文字说明", "en": "Stated in the index"},
    "frameworks.control.code": {"zh": "选择披露项", "en": "Choose a disclosure"},
    "frameworks.control.code_help": {
        "zh": "查看回应该披露项的看板页面和指标。",
        "en": "Shows the dashboard view and the indicators that answer the disclosure.",
    },
    "frameworks.selected": {"zh": "{code}：{disclosure}", "en": "{code}: {disclosure}"},
    "frameworks.caption.selected": {
        "zh": "{group} · 报告位置：{location} · {status}",
        "en": "{group} · Location in the report: {location} · {status}",
    },
    "frameworks.open_view": {"zh": "打开页面：{view}", "en": "Open the view: {view}"},
    "frameworks.caption.no_view": {
        "zh": "本看板没有专门回应该披露项的页面。",
        "en": "No dashboard view is dedicated to this disclosure.",
    },
    "frameworks.table.code_indicators": {
        "zh": "标注 {code} 的指标（{count} 个）",
        "en": "Indicators carrying {code} ({count})",
    },
    "frameworks.notice.no_indicators": {
        "zh": "没有指标标注该编号：报告以文字回应（见报告位置）。",
        "en": "No indicator carries this code: the report answers it in text (see the location).",
    },
    "frameworks.notice.sse_note": {
        "zh": "上交所指引条款未与单个指标对应；请打开对应页面查看。",
        "en": "SSE guideline articles are not mapped to single indicators; open the view to see the figures.",
    },
    "frameworks.table.indicator_codes": {"zh": "指标与框架编号", "en": "Indicators and their framework codes"},
    "frameworks.caption.indicator_codes": {
        "zh": "{count} 个指标回应至少一个框架编号；GRI 编号为报告 GRI 索引对该表格的对应，GRI 14 / IFRS S2 编号为看板推导。",
        "en": "{count} indicators answer at least one framework code: the GRI codes are the disclosures the report's "
        "GRI index maps their table to; the GRI 14 / IFRS S2 codes are derived by the dashboard.",
    },
}
