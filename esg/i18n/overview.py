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
    "overview.kpi.reserves_copper": {
        "zh": "铜金属保有资源储量（金属量，非权益）",
        "en": "Copper resources and reserves (contained metal, 100% basis)",
    },
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
    "overview.moved": {"zh": "较上年变化最大的指标", "en": "What moved"},
    "overview.moved_caption": {
        "zh": "所有有好坏方向的集团指标中，较上年相对变化最大的改善与恶化（方向见各指标的“越高越好”设定）；点击查看所在页面。",
        "en": "The largest relative improvements and deteriorations on the previous year among the group's indicators "
        "that have a good direction; each links to its view.",
    },
    "overview.movers.better": {
        "zh": "改善最大（{year} 年较上年）",
        "en": "Largest improvements ({year} on the year before)",
    },
    "overview.movers.worse": {
        "zh": "恶化最大（{year} 年较上年）",
        "en": "Largest deteriorations ({year} on the year before)",
    },
    "overview.mover": {
        "zh": "{name}：{change}（{year} 年 {before} → {now}）",
        "en": "{name}: {change} ({before} in {year} → {now})",
    },
    "overview.quality_line": {
        "zh": "数据质量：{checks} 项核对中，有 {discrepancies} 处报告中应当相符的数字不相符（已保留所印数字）。",
        "en": "Data quality: {discrepancies} of {checks} checks found figures of the report that do not agree with each "
        "other (the printed figures are kept).",
    },
    "overview.quality_link": {"zh": "查看数据质量核对", "en": "See the data-quality checks"},
    "overview.scorecard": {"zh": "目标进度一览", "en": "Target scorecard"},
    "overview.scorecard_caption": {
        "zh": "报告设定的每项目标：基准、最新数字与状态。状态只在报告数字足以衡量时给出；否则说明原因。",
        "en": "Every target the report sets, with its baseline, the latest figure and its status; where the report's "
        "figures cannot measure it, the reason is given.",
    },
    "overview.col.target_set": {"zh": "目标", "en": "Target"},
    "overview.col.baseline": {"zh": "基准", "en": "Baseline"},
    "overview.col.latest": {"zh": "最新", "en": "Latest"},
    "overview.col.why": {"zh": "依据", "en": "Basis"},
    "overview.col.view": {"zh": "所在页面", "en": "View"},
    "overview.col.open": {"zh": "链接", "en": "Link"},
    "overview.open_view": {"zh": "打开页面", "en": "Open the view"},
    "overview.score.in_year": {"zh": "{value}（{year} 年）", "en": "{value} ({year})"},
    "overview.score.peak": {
        "zh": "{year} 年前碳达峰（范围一及范围二）",
        "en": "Emissions peak by {year} (scope 1 and 2)",
    },
    "overview.score.reduction": {
        "zh": "{year} 年较 {base_year} 年减排 {pct}%（范围一及范围二）",
        "en": "Cut emissions {pct}% by {year} against {base_year} (scope 1 and 2)",
    },
    "overview.score.neutral": {
        "zh": "{year} 年碳中和（范围一及范围二）",
        "en": "Carbon neutrality by {year} (scope 1 and 2)",
    },
    "overview.score.fatalities": {"zh": "工亡事故为零", "en": "Zero work fatalities"},
    "overview.why.peak": {
        "zh": "达峰只能在峰值之后看出；2022 年以来年均变化 {achieved}%",
        "en": "A peak shows only after it; emissions changed {achieved}% a year since 2022",
    },
    "overview.why.reduction": {
        "zh": "年均变化 {achieved}%，所需 {required}%（规则见排放页的碳减排路径）",
        "en": "{achieved}% a year against {required}% a year needed (rule on the emissions view's decarbonisation path)",
    },
    "overview.why.neutral": {"zh": "报告未发布中期路径", "en": "The report publishes no interim path"},
    "overview.why.fatalities": {
        "zh": "报告设定工亡事故为零的目标，但未披露工亡人数",
        "en": "The report sets a zero-fatality target but prints no fatality count",
    },
    "overview.why.measured": {
        "zh": "2024 年所印数字与目标值比较",
        "en": "The printed 2024 figure against the target value",
    },
    "overview.why.no_figure": {"zh": "报告未印 2024 年数字", "en": "The report prints no 2024 figure for it"},
    "overview.why.qualitative": {
        "zh": "定性目标：报告未给出目标值",
        "en": "A qualitative target: the report gives no target value",
    },
    "overview.col.scope": {"zh": "范围", "en": "Scope"},
    "overview.col.change": {"zh": "较上年变化", "en": "Change on previous year"},
    "overview.slide.kpis": {"zh": "ESG 关键绩效一览（{year} 年）", "en": "ESG at a glance ({year})"},
}
