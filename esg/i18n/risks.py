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
    "risks.matrix_heading": {"zh": "新兴风险（按类别）", "en": "Emerging risks by category"},
    "risks.chart.categories": {
        "zh": "新兴风险：环境类、社会类、公司治理类（不标示发生概率与冲击程度）",
        "en": "Emerging risks: environmental, social, governance (likelihood and impact not shown)",
    },
    "risks.hover_impacts": {"zh": "报告列出的潜在影响", "en": "potential impacts the report lists"},
    "risks.caption": {
        "zh": "报告的“新兴风险评估矩阵”按发生概率与冲击程度排布 12 项风险，但这些位置在报告文字层中丢失，报告也未公布评分；"
        "因此本图不标示发生概率与冲击程度，只按类别列出各项风险（列内按报告顺序）。类别依据报告《ESG 重大性议题》表对相应议题的归类"
        "（矩阵图例的颜色在文字层中丢失）；供应链风险归为社会类，与该表“可持续供应链”及上交所索引表“供应链安全”一致。"
        "每项风险的描述、潜在影响与应对措施见下方详情。",
        "en": "The report's emerging-risk matrix places the 12 risks by likelihood and impact, but those positions are "
        "lost in the report's text layer and the report publishes no scores, so this chart shows no likelihood or "
        "impact: it lists the risks by category (in report order within a column). Categories follow the report's "
        "table of material ESG topics (the matrix legend's colours are lost in the text layer); supply-chain risk is "
        "social, as the table's sustainable supply chain and the SSE index's supply-chain security are. Each risk's "
        "description, potential impacts and responses are in the details below.",
    },
    "risks.matrix_source": {
        "zh": "新兴风险评估矩阵；新兴风险评估",
        "en": "Emerging-risk assessment matrix; emerging-risk assessment",
    },
    "risks.category.environmental": {"zh": "环境类风险", "en": "Environmental risk"},
    "risks.category.social": {"zh": "社会类风险", "en": "Social risk"},
    "risks.category.governance": {"zh": "公司治理类风险", "en": "Governance risk"},
    "risks.control.risk": {"zh": "查看风险详情", "en": "Show the details of a risk"},
    "risks.control.risk_help": {
        "zh": "也可在图中点击风险；两者选择同一风险。",
        "en": "You can also click a risk in the chart; both choose the same risk.",
    },
    "risks.detail_meta": {"zh": "{category}", "en": "{category}"},
    "risks.description": {"zh": "风险描述", "en": "Description"},
    "risks.impacts": {"zh": "潜在影响", "en": "Potential impacts"},
    "risks.responses": {"zh": "应对措施", "en": "Responses"},
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
    "risks.col.item": {"zh": "风险或机遇", "en": "Risk or opportunity"},
    "risks.yes": {"zh": "是", "en": "Yes"},
    "risks.slide.risks": {"zh": "新兴风险", "en": "Emerging risks"},
    "risks.slide.climate": {"zh": "气候相关风险与机遇", "en": "Climate-related risks and opportunities"},
}
