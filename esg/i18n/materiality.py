"""Strings of the materiality view (the double-materiality matrix)."""

STRINGS = {
    "materiality.title": {"zh": "双重重要性", "en": "Double materiality"},
    "materiality.intro": {
        "zh": "报告按财务重要性与影响重要性两个维度评估 20 项 ESG 议题，并公布了三个层级的判定结果。",
        "en": "The report assesses 20 ESG topics on financial and impact materiality and publishes the result as "
        "three tiers.",
    },
    "materiality.tiers_heading": {"zh": "议题判定结果（报告原文）", "en": "Topic tiers (as published)"},
    "materiality.tier.both": {
        "zh": "同时具有财务重要性与影响重要性的议题",
        "en": "Topics with both financial and impact materiality",
    },
    "materiality.tier.impact_only": {
        "zh": "具有影响重要性，但财务重要性较低的议题",
        "en": "Topics with impact materiality but lower financial materiality",
    },
    "materiality.tier.neither": {
        "zh": "财务重要性较低，影响重要性也较低的议题",
        "en": "Topics with lower financial and lower impact materiality",
    },
    "materiality.tier_short.both": {"zh": "财务与影响均重要", "en": "Financially and impact material"},
    "materiality.tier_short.impact_only": {
        "zh": "影响重要、财务重要性较低",
        "en": "Impact material, lower financial materiality",
    },
    "materiality.tier_short.neither": {"zh": "两者均较低", "en": "Lower on both"},
    "materiality.tier_empty": {"zh": "所选维度下无议题", "en": "No topic of the selected pillar"},
    "materiality.chart.matrix": {
        "zh": "双重重要性矩阵（层级为报告公布，层级内位置仅为示意）",
        "en": "Double-materiality matrix (tiers as published, placement within a tier illustrative)",
    },
    "materiality.illustrative": {
        "zh": "层级内的位置仅为示意：<br>报告只公布层级，<br>未公布坐标或排序",
        "en": "Placement within a tier is illustrative:<br>the report publishes the tiers,<br>not coordinates or ranks",
    },
    "materiality.chart_source": {
        "zh": "西部矿业 2024 年双重重要性议题判定结果",
        "en": "Western Mining 2024 double-materiality topic results",
    },
    "materiality.axis_financial": {"zh": "财务重要性 →", "en": "Financial materiality →"},
    "materiality.axis_impact": {"zh": "影响重要性 →", "en": "Impact materiality →"},
    "materiality.low": {"zh": "较低", "en": "Lower"},
    "materiality.high": {"zh": "较高", "en": "Higher"},
    "materiality.hover_tier": {"zh": "层级", "en": "Tier"},
    "materiality.caption": {
        "zh": "三个层级为报告公布的判定结果；报告未公布各议题的坐标，图中位置为推导值，并非评分，不可据此比较议题。"
        "推导方法：{method}",
        "en": "The three tiers are as published; the report gives no coordinates, so the positions in the chart are "
        "derived, not scores, and do not rank topics against each other. How they are derived: {method}",
    },
    "materiality.control.topic": {"zh": "查看议题详情", "en": "Show the details of a topic"},
    "materiality.control.topic_help": {
        "zh": "也可在矩阵中点击议题；两者选择同一议题。",
        "en": "You can also click a topic in the matrix; both choose the same topic.",
    },
    "materiality.detail_heading": {"zh": "{topic}：相关指标（{year} 年）", "en": "{topic}: indicators ({year})"},
    "materiality.detail_meta": {
        "zh": "维度：{pillar} · 层级：{tier}（报告列第 {rank} 位）",
        "en": "Pillar: {pillar} · Tier: {tier} (no. {rank} of the tier as listed in the report)",
    },
    "materiality.no_indicator": {
        "zh": "报告中没有量化该议题的指标。",
        "en": "No indicator in the report quantifies this topic.",
    },
    "materiality.no_figure_in_year": {
        "zh": "报告未给出该议题相关指标在 {year} 年的数值。",
        "en": "The report gives no figure for this topic's indicators in {year}.",
    },
    "materiality.indicator_count": {
        "zh": "{n} 项指标，均为集团口径、报告所印数值。",
        "en": "{n} figures, all group-level, as printed in the report.",
    },
    "materiality.table_heading": {"zh": "全部议题（表格）", "en": "All topics (table)"},
    "materiality.caption.filtered": {
        "zh": "按维度筛选：显示 {n} 项议题（共 20 项）。",
        "en": "Filtered by pillar: {n} of the 20 topics shown.",
    },
    "materiality.col.tier": {"zh": "层级（报告公布）", "en": "Tier (as published)"},
    "materiality.col.rank": {"zh": "层级内列示顺序", "en": "Order listed in tier"},
    "materiality.slide.materiality": {"zh": "双重重要性议题", "en": "Double materiality"},
}
