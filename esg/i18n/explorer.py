"""Strings of the data explorer: filters, table headers, downloads and the data-quality table."""

STRINGS = {
    "explorer.title": {"zh": "数据浏览", "en": "Data explorer"},
    "explorer.intro": {
        "zh": "报告中的每一个数据：按维度、议题、主体、板块、年份、关键词、单位、来源表格和备注筛选，并可下载筛选结果。",
        "en": "Every figure in the report: filter by pillar, topic, entity, segment, year, text, unit, source table "
        "and notes, and download exactly what is filtered.",
    },
    # Filters
    "explorer.control.topics": {"zh": "议题", "en": "Topics"},
    "explorer.control.topics_help": {
        "zh": "只显示所选议题的数据（不选则为全部议题）。",
        "en": "Only the figures of the chosen topics (none chosen: every topic).",
    },
    "explorer.control.topics_placeholder": {"zh": "全部议题", "en": "All topics"},
    "explorer.control.search": {"zh": "搜索（中文或英文）", "en": "Search (Chinese or English)"},
    "explorer.control.search_placeholder": {
        "zh": "如：范围一、Scope 1、ghg_scope1",
        "en": "e.g. Scope 1, water, ghg_scope1",
    },
    "explorer.control.search_help": {
        "zh": "在指标代码、中英文指标名称和来源表格中查找（不区分大小写）。",
        "en": "Looks in the indicator ID, the Chinese and English names and the source tables (case-insensitive).",
    },
    "explorer.control.units": {"zh": "单位", "en": "Units"},
    "explorer.control.units_help": {
        "zh": "只显示以所选单位披露的数据。",
        "en": "Only the figures given in the chosen units.",
    },
    "explorer.control.units_placeholder": {"zh": "全部单位", "en": "All units"},
    "explorer.control.sources": {"zh": "来源表格", "en": "Source tables"},
    "explorer.control.sources_help": {
        "zh": "只显示报告中所选表格的数据。",
        "en": "Only the figures of the chosen tables of the report.",
    },
    "explorer.control.sources_placeholder": {"zh": "全部表格", "en": "All tables"},
    "explorer.control.notes": {"zh": "备注", "en": "Notes"},
    "explorer.control.notes_help": {
        "zh": "按数据是否带有报告或整理时的备注筛选。",
        "en": "Whether a figure carries a note from the report or the curation.",
    },
    "explorer.notes.with": {"zh": "有备注", "en": "With a note"},
    "explorer.notes.without": {"zh": "无备注", "en": "Without a note"},
    "explorer.control.all_years": {"zh": "全部年份（含目标年份）", "en": "All years (target years included)"},
    "explorer.control.all_years_help": {
        "zh": "关闭时只显示侧边栏所选年份。",
        "en": "Off: only the year chosen in the sidebar.",
    },
    "explorer.control.all_entities": {"zh": "全部主体", "en": "All entities"},
    "explorer.control.all_entities_help": {
        "zh": "关闭时只显示侧边栏所选主体（默认为集团合计）。",
        "en": "Off: only the entity chosen in the sidebar (the group total by default).",
    },
    "explorer.scope": {
        "zh": "当前范围：{year}；{entity}；{segment}；{pillar}。",
        "en": "Showing: {year}; {entity}; {segment}; {pillar}.",
    },
    "explorer.scope.all_years": {"zh": "全部年份", "en": "all years"},
    "explorer.scope.year": {"zh": "{year} 年", "en": "{year}"},
    "explorer.scope.all_entities": {"zh": "全部主体", "en": "all entities"},
    "explorer.scope.all_segments": {"zh": "全部板块及集团口径", "en": "all segments and group-level figures"},
    "explorer.scope.segment": {"zh": "仅{segment}数据", "en": "{segment} segment figures only"},
    "explorer.scope.all_pillars": {"zh": "全部维度", "en": "all pillars"},
    # Table
    "explorer.table.figures": {"zh": "数据（{count} 条）", "en": "Figures ({count})"},
    "explorer.caption.figures": {
        "zh": "“未披露”表示报告印为“-”或“/”（不是 0）。英文界面将“万”单位精确换算（如 万元 → 百万元）；“报告原文”列为报告所印数字。",
        "en": "“Not disclosed”: printed as “-” or “/” in the report (not 0). Values in 10k-based Chinese units are "
        "converted exactly (e.g. RMB 10k → RMB million); “As printed” is the figure exactly as the report prints "
        "it, in the report's unit.",
    },
    "explorer.notice.no_rows": {"zh": "没有符合筛选条件的数据。", "en": "No figure matches the filters."},
    "explorer.col.figure": {"zh": "显示值", "en": "Figure"},
    "explorer.col.note": {"zh": "备注", "en": "Note"},
    "explorer.col.gri": {"zh": "GRI 编号", "en": "GRI code"},
    # Data quality
    "explorer.heading.quality": {"zh": "数据质量核对", "en": "Data quality"},
    "explorer.caption.quality": {
        "zh": "构建数据时按规则核对报告自身的数字：合计与分项、比例和平均值与其分子分母、整体不小于其组成部分、正文重复引用与表格。"
        "“差异”指报告中按规则应当相符的两个数字不相符（列出两个数字）；“舍入”是报告所印数字补零显示的精度高于实际（如 2022 年员工占比印为 22.00，实为 21.66% "
        "取整），按取整后的精度核对一致，属较低一级的问题。看板保留报告所印数字，不作修改。",
        "en": "When the data is built, the report's own figures are checked against each other: totals against their "
        "parts, rates and averages against their numerator and denominator, wholes against what they contain, "
        "figures repeated in the text against the tables. A difference means two figures the rule says should "
        "agree do not (both figures are listed); "
        "rounding means a figure padded with zeros shows more precision than it has (the 2022 workforce shares "
        "printed as 22.00 for 21.66%, a whole number): it agrees once read at the precision it really has, a lesser "
        "issue. The dashboard keeps the figures as printed and does not correct them.",
    },
    "explorer.caption.quality_counts": {
        "zh": "共 {total} 项核对：{discrepancy} 项差异，{rounding} 项舍入（补零），{ok} 项一致，"
        "{not_checkable} 项因数据未披露无法核对。",
        "en": "{total} checks: {discrepancy} differences, {rounding} rounding (padded zeros), {ok} consistent, "
        "{not_checkable} not checkable (figures not disclosed).",
    },
    "explorer.control.status": {"zh": "核对结果", "en": "Check status"},
    "explorer.control.status_help": {
        "zh": "只显示所选结果的核对（不选则为全部）。",
        "en": "Only the checks with the chosen outcomes (none chosen: all).",
    },
    "explorer.control.status_placeholder": {"zh": "全部结果", "en": "All statuses"},
    "explorer.caption.quality_rows": {"zh": "显示 {count} 项核对。", "en": "{count} checks shown."},
    "explorer.caption.quality_help": {
        "zh": "“预期值”按规则由分项计算，“报告值”为报告所印，“差额”为报告值减预期值，“容差”为允许的舍入误差，"
        "“报告位置”为所涉数字所在的章节与表格。",
        "en": "“Expected” is computed from the parts by the rule, “Printed” is what the report prints, “Difference” "
        "is printed minus expected, “Tolerance” the rounding allowed, “Where in the report” the sections and tables "
        "the figures stand in.",
    },
    "explorer.qcol.check": {"zh": "核对项", "en": "Check"},
    "explorer.qcol.kind": {"zh": "规则类型", "en": "Rule"},
    "explorer.qcol.description": {"zh": "说明", "en": "Description"},
    "explorer.qcol.figures": {"zh": "涉及数字（报告所印）", "en": "Figures (as printed)"},
    "explorer.qcol.expected": {"zh": "预期值", "en": "Expected"},
    "explorer.qcol.printed": {"zh": "报告值", "en": "Printed"},
    "explorer.qcol.difference": {"zh": "差额", "en": "Difference"},
    "explorer.qcol.tolerance": {"zh": "容差", "en": "Tolerance"},
    "explorer.qcol.status": {"zh": "结果", "en": "Status"},
    "explorer.qcol.location": {"zh": "报告位置", "en": "Where in the report"},
    "explorer.status.discrepancy": {"zh": "差异", "en": "Difference"},
    "explorer.status.rounding": {"zh": "舍入（补零）", "en": "Rounding (padded zeros)"},
    "explorer.status.ok": {"zh": "一致", "en": "Consistent"},
    "explorer.status.not_checkable": {"zh": "无法核对", "en": "Not checkable"},
    "explorer.kind.sum": {"zh": "合计 = 分项之和", "en": "Total = sum of parts"},
    "explorer.kind.ratio": {"zh": "比例 = 分子 / 分母", "en": "Rate = part / whole"},
    "explorer.kind.equal": {"zh": "两处数字相等", "en": "Figures equal"},
    "explorer.kind.quotient": {"zh": "平均值 = 总量 / 人数等", "en": "Average = total / count"},
    "explorer.kind.at_least": {"zh": "整体 ≥ 其组成部分", "en": "Whole ≥ what it contains"},
    "explorer.kind.prose": {"zh": "正文与表格一致", "en": "Text repeats table"},
    # Topics
    "explorer.topic.profile": {"zh": "公司概况", "en": "Company profile"},
    "explorer.topic.ratings": {"zh": "ESG 评级", "en": "ESG ratings"},
    "explorer.topic.reserves": {"zh": "资源储量", "en": "Reserves"},
    "explorer.topic.energy": {"zh": "能源", "en": "Energy"},
    "explorer.topic.water": {"zh": "水资源", "en": "Water"},
    "explorer.topic.emissions": {"zh": "排放", "en": "Emissions"},
    "explorer.topic.waste": {"zh": "废弃物", "en": "Waste"},
    "explorer.topic.land": {"zh": "土地与生态", "en": "Land and ecology"},
    "explorer.topic.environment_investment": {"zh": "环保投入", "en": "Environmental investment"},
    "explorer.topic.safety": {"zh": "安全生产", "en": "Safety"},
    "explorer.topic.rd": {"zh": "科技创新", "en": "R&D and innovation"},
    "explorer.topic.supply_chain": {"zh": "供应链", "en": "Supply chain"},
    "explorer.topic.workforce": {"zh": "员工", "en": "Workforce"},
    "explorer.topic.training": {"zh": "培训", "en": "Training"},
    "explorer.topic.compensation": {"zh": "薪酬", "en": "Compensation"},
    "explorer.topic.benefits": {"zh": "福利", "en": "Benefits"},
    "explorer.topic.community": {"zh": "社区", "en": "Community"},
    "explorer.topic.governance": {"zh": "公司治理", "en": "Governance"},
    "explorer.topic.targets": {"zh": "目标", "en": "Targets"},
    "explorer.control.sort": {"zh": "排序", "en": "Order"},
    "explorer.control.sort_help": {
        "zh": "表格与下载文件的行序；按数值排序时比较“数值”列（单位不同的数值不可直接比较）。",
        "en": "The order of the table and of its downloads; by figure compares the Value column (figures in "
        "different units do not compare).",
    },
    "explorer.sort.report": {"zh": "报告顺序", "en": "As in the report"},
    "explorer.sort.name": {"zh": "指标名称", "en": "Indicator name"},
    "explorer.sort.year": {"zh": "年份（新到旧）", "en": "Year, newest first"},
    "explorer.sort.value_desc": {"zh": "数值（大到小）", "en": "Figure, largest first"},
    "explorer.sort.value_asc": {"zh": "数值（小到大）", "en": "Figure, smallest first"},
}
