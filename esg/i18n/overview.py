"""Strings of the overview."""

STRINGS = {
    "overview.title": {"zh": "概览", "en": "Overview"},
    "overview.intro": {
        "zh": "西部矿业 2024 年 ESG 报告的关键指标：每个数字均为报告所印数值，可追溯到来源表格。",
        "en": "Headline figures of Western Mining's 2024 ESG report: every number is the figure the report prints, "
        "traceable to its source table.",
    },
    "overview.kpis": {"zh": "关键绩效（{year} 年）", "en": "Headline KPIs ({year})"},
    "overview.kpi.ghg_total": {"zh": "温室气体排放（范围一+二）", "en": "GHG emissions (scope 1+2)"},
    "overview.kpi.energy_total_tce": {"zh": "能源消耗总量", "en": "Total energy consumption"},
    "overview.kpi.fresh_water_withdrawal": {"zh": "新鲜水取用量", "en": "Fresh water withdrawal"},
    "overview.kpi.ltir_employees": {"zh": "百万工时损失工时事件率", "en": "LTIR (per million hours)"},
    "overview.kpi.employees_total": {"zh": "在职员工", "en": "Employees"},
    "overview.kpi.employees_female_pct": {"zh": "女性员工比例", "en": "Women in workforce"},
    "overview.kpi.rd_spend_total": {"zh": "科研研发投入", "en": "R&D spending"},
    "overview.kpi.env_investment_total": {"zh": "环境保护投入", "en": "Environmental investment"},
    "overview.kpi.reserves_copper": {"zh": "铜金属保有资源储量", "en": "Copper reserves (metal)"},
    "overview.ratings": {"zh": "ESG 评级", "en": "ESG ratings"},
    "overview.profile": {"zh": "公司概况", "en": "Company profile"},
    "overview.targets": {"zh": "2025 年目标与 2024 年进展", "en": "2025 targets and 2024 progress"},
    "overview.targets_caption": {
        "zh": "目标与进展均为报告原文表述。",
        "en": "Targets and progress as the report states them (translated).",
    },
    "overview.col.target": {"zh": "2025 年目标", "en": "2025 target"},
    "overview.col.progress": {"zh": "2024 年进展", "en": "2024 progress"},
    "overview.chart.ghg": {"zh": "温室气体排放（{unit}）", "en": "GHG emissions ({unit})"},
    "overview.col.scope": {"zh": "范围", "en": "Scope"},
    "overview.col.change": {"zh": "较上年变化", "en": "Change on previous year"},
    "overview.slide.kpis": {"zh": "ESG 关键绩效一览（{year} 年）", "en": "ESG at a glance ({year})"},
}
