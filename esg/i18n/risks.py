"""Strings of the risks view (emerging-risk matrix, climate-related risks and opportunities)."""

STRINGS = {
    "risks.title": {"zh": "新兴风险", "en": "Emerging risks"},
    "risks.intro": {
        "zh": "报告识别的 12 项新兴风险及其潜在影响与应对措施，以及气候相关风险与机遇的影响时期。",
        "en": "The 12 emerging risks the report identifies, with their potential impacts and responses, and the "
        "time horizons of the climate-related risks and opportunities.",
    },
    "risks.caption.filtered": {
        "zh": "按维度筛选：显示 {n} 项{category}（共 12 项）。",
        "en": "Filtered by pillar: {n} of the 12 risks shown ({category}).",
    },
    "risks.matrix_heading": {"zh": "新兴风险评估矩阵", "en": "Emerging-risk matrix"},
    "risks.chart.matrix": {
        "zh": "新兴风险评估矩阵（位置为推导值，1–5 级）",
        "en": "Emerging-risk matrix (positions derived, levels 1–5)",
    },
    "risks.matrix_source": {
        "zh": "新兴风险评估矩阵；新兴风险评估",
        "en": "Emerging-risk assessment matrix; emerging-risk assessment",
    },
    "risks.axis_impact": {"zh": "冲击程度（推导，1–5）", "en": "Impact (derived, 1–5)"},
    "risks.axis_likelihood": {"zh": "发生概率（推导，1–5）", "en": "Likelihood (derived, 1–5)"},
    "risks.category.environmental": {"zh": "环境类风险", "en": "Environmental risk"},
    "risks.category.social": {"zh": "社会类风险", "en": "Social risk"},
    "risks.category.governance": {"zh": "公司治理类风险", "en": "Governance risk"},
    "risks.hover_likelihood": {"zh": "发生概率", "en": "Likelihood"},
    "risks.hover_impact": {"zh": "冲击程度", "en": "Impact"},
    "risks.hover_cell": {
        "zh": "发生概率 %{y} · 冲击程度 %{x}：%{z} 项风险",
        "en": "Likelihood %{y} · impact %{x}: %{z} risk(s)",
    },
    "risks.caption": {
        "zh": "报告未公布矩阵坐标，图中位置为推导值，并非报告公布的评分。发生概率：按风险在报告矩阵文字层中的位次分档"
        "（越靠前视为越靠上、越可能发生），映射为 5..1；冲击程度：按报告为该风险列出的潜在影响条数推导"
        "（1 条→2，2 条→3，3 条→4，4 条及以上→5）。风险类别为本看板划定：矩阵图例（社会类、环境类、公司治理类风险）"
        "的颜色在文字层中丢失，按风险性质及其在风险表中的位置归类。每项风险的推导过程见下方详情。",
        "en": "The report publishes no matrix coordinates: positions in the chart are derived, not scores published "
        "by the report. Likelihood: from the risk's place in the text layer of the report's matrix (earlier taken as "
        "higher, i.e. more likely), in bands 5 to 1. Impact: from the number of potential impacts the report lists for "
        "the risk (1 -> 2, 2 -> 3, 3 -> 4, 4 or more -> 5). Categories are assigned by this dashboard: the colours of "
        "the matrix legend (social, environmental, governance risk) are lost in the text layer, so each risk is "
        "classed by its nature and its place in the risk table. The details below show how each risk was placed.",
    },
    "risks.control.risk": {"zh": "查看风险详情", "en": "Show the details of a risk"},
    "risks.control.risk_help": {
        "zh": "也可在矩阵中点击风险；两者选择同一风险。",
        "en": "You can also click a risk in the matrix; both choose the same risk.",
    },
    "risks.detail_meta": {
        "zh": "{category} · 发生概率 {likelihood}/5 · 冲击程度 {impact}/5（推导值）",
        "en": "{category} · likelihood {likelihood}/5 · impact {impact}/5 (derived)",
    },
    "risks.description": {"zh": "风险描述", "en": "Description"},
    "risks.impacts": {"zh": "潜在影响", "en": "Potential impacts"},
    "risks.responses": {"zh": "应对措施", "en": "Responses"},
    "risks.position_method": {"zh": "位置推导：{method}", "en": "How the position was derived: {method}"},
    "risks.category_basis": {"zh": "类别划定：{basis}", "en": "Category assigned: {basis}"},
    "risks.climate_heading": {
        "zh": "气候相关风险与机遇的影响时期",
        "en": "Climate-related risks and opportunities by time horizon",
    },
    "risks.chart.climate": {
        "zh": "气候相关风险与机遇：影响时期",
        "en": "Climate-related risks and opportunities: time horizon",
    },
    "risks.climate_source": {
        "zh": "气候相关风险与机遇",
        "en": "Climate-related risks and opportunities",
    },
    "risks.climate_caption": {
        "zh": "影响时期为报告所列；报告未给出短期、中期、长期对应的年限。",
        "en": "Horizons as the report lists them; the report does not say how many years short, medium and long term "
        "cover.",
    },
    "risks.notice.climate": {
        "zh": "气候相关风险与机遇属于环境维度；清除维度筛选或选择“环境”即可查看。",
        "en": "Climate-related risks and opportunities belong to the environmental pillar; clear the pillar filter or "
        "choose Environmental to see them.",
    },
    "risks.kind.physical_acute": {"zh": "急性物理风险", "en": "Acute physical"},
    "risks.kind.physical_chronic": {"zh": "慢性物理风险", "en": "Chronic physical"},
    "risks.kind.transition": {"zh": "转型风险", "en": "Transition"},
    "risks.kind.opportunity": {"zh": "机遇", "en": "Opportunity"},
    "risks.horizon.short": {"zh": "短期", "en": "Short term"},
    "risks.horizon.medium": {"zh": "中期", "en": "Medium term"},
    "risks.horizon.long": {"zh": "长期", "en": "Long term"},
    "risks.horizon_axis": {"zh": "影响时期", "en": "Time horizon"},
    "risks.horizons": {"zh": "影响时期：{horizons}", "en": "Time horizon: {horizons}"},
    "risks.climate_details": {"zh": "各项详情", "en": "Details of each item"},
    "risks.climate_description": {"zh": "描述", "en": "Description"},
    "risks.climate_responses": {"zh": "应对举措", "en": "Responses"},
    "risks.col.risk": {"zh": "风险", "en": "Risk"},
    "risks.col.category": {"zh": "类别（本看板划定）", "en": "Category (assigned)"},
    "risks.col.likelihood": {"zh": "发生概率（推导）", "en": "Likelihood (derived)"},
    "risks.col.impact": {"zh": "冲击程度（推导）", "en": "Impact (derived)"},
    "risks.col.item": {"zh": "风险或机遇", "en": "Risk or opportunity"},
    "risks.yes": {"zh": "是", "en": "Yes"},
    "risks.slide.risks": {"zh": "新兴风险", "en": "Emerging risks"},
    "risks.slide.climate": {"zh": "气候相关风险与机遇", "en": "Climate-related risks and opportunities"},
}
