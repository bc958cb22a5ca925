"""Strings of the emissions and climate view."""

STRINGS = {
    "emissions.title": {"zh": "排放与气候", "en": "Emissions and climate"},
    "emissions.intro": {
        "zh": "温室气体（范围一、范围二）按排放源与业务板块、碳减排目标路径、大气污染物、废水与能源结构。"
        "所有数字均为报告所印数值；推算的数字在说明中注明。",
        "en": "Greenhouse gases (scope 1 and 2) by source and business segment, the path to the carbon targets, air "
        "pollutants, wastewater and the energy mix. Every figure is as printed in the report; derived numbers are "
        "explained in the captions.",
    },
    # Section switch (labels of the view's sections)
    "emissions.tab.ghg": {"zh": "温室气体排放", "en": "GHG emissions"},
    "emissions.tab.sources": {"zh": "排放源", "en": "By source"},
    "emissions.tab.pathway": {"zh": "碳减排路径", "en": "Decarbonisation path"},
    "emissions.tab.air": {"zh": "大气污染物", "en": "Air pollutants"},
    "emissions.tab.wastewater": {"zh": "废水", "en": "Wastewater"},
    "emissions.tab.energy": {"zh": "能源与可再生电力", "en": "Energy and renewables"},
    # Sections
    "emissions.section.ghg": {"zh": "温室气体排放（{year} 年）", "en": "Greenhouse gas emissions ({year})"},
    "emissions.section.sources": {"zh": "按排放源划分", "en": "By emission source"},
    "emissions.section.pathway": {"zh": "碳减排路径", "en": "Decarbonisation path"},
    "emissions.section.air": {"zh": "大气污染物", "en": "Air pollutants"},
    "emissions.section.wastewater": {"zh": "废水", "en": "Wastewater"},
    "emissions.section.energy": {"zh": "能源结构与可再生电力", "en": "Energy mix and renewable electricity"},
    # KPI cards
    "emissions.kpi.ghg_total": {"zh": "温室气体排放总量", "en": "Total GHG (scope 1+2)"},
    "emissions.kpi.ghg_scope1": {"zh": "范围一排放", "en": "Scope 1"},
    "emissions.kpi.ghg_scope2": {"zh": "范围二排放", "en": "Scope 2"},
    "emissions.kpi.ghg_total@mining": {"zh": "矿山板块排放", "en": "Mining segment"},
    "emissions.kpi.ghg_total@smelting": {"zh": "冶炼板块排放", "en": "Smelting segment"},
    "emissions.kpi.ghg_total@other": {"zh": "其他板块排放", "en": "Other segments"},
    "emissions.kpi.wastewater_industrial_discharge": {"zh": "工业废水排放", "en": "Wastewater discharged"},
    "emissions.kpi.wastewater_cod": {"zh": "化学需氧量", "en": "COD discharged"},
    "emissions.kpi.wastewater_ammonia_nitrogen": {"zh": "氨氮", "en": "Ammonia nitrogen"},
    "emissions.kpi.renewable_power_share": {
        "zh": "可再生能源电力占比（报告所印）",
        "en": "Renewable electricity share (as printed)",
    },
    "emissions.kpi.renewable_power_traded": {"zh": "可再生能源电力交易量", "en": "Renewable electricity traded"},
    "emissions.kpi.energy_electricity": {"zh": "电力消耗", "en": "Electricity consumed"},
    "emissions.kpi.required": {
        "zh": "所需年均变化（{year}→{target_year}）",
        "en": "Annual change needed ({year}→{target_year})",
    },
    "emissions.kpi.status": {"zh": "{target_year} 年减排目标进度", "en": "Progress to the {target_year} target"},
    "emissions.direction.bad": {"zh": "排放上升", "en": "Emissions rising"},
    "emissions.direction.good": {"zh": "排放下降", "en": "Emissions falling"},
    "emissions.direction.flat": {"zh": "排放持平", "en": "Emissions flat"},
    "emissions.gap.above": {"zh": "高于直线路径", "en": "Above the straight-line path"},
    "emissions.gap.below": {"zh": "低于直线路径", "en": "Below the straight-line path"},
    "emissions.gap.on": {"zh": "位于直线路径上", "en": "On the straight-line path"},
    "emissions.status_rates": {
        "zh": "实际 {achieved}%/年，需 {required}%/年",
        "en": "{achieved}%/yr vs {required}%/yr needed",
    },
    "emissions.scope3": {
        "zh": "**范围三排放：报告未披露**。报告的 GRI 索引中 305-3（其他间接温室气体排放）标为“/”。",
        "en": "**Scope 3 emissions: not reported.** The report's GRI index marks 305-3 (other indirect GHG emissions) "
        "with '/'.",
    },
    "emissions.intensity": {
        "zh": "**温室气体排放强度（推算）：{year} 年 {intensity} 吨二氧化碳当量 / 万元营业收入** = 范围一+二排放 {ghg} ÷ "
        "营业收入 {revenue}。报告未印排放强度。",
        "en": "**GHG intensity (derived): {intensity} t CO2e per RMB million of operating revenue in {year}** = scope 1+2 "
        "emissions {ghg} ÷ operating revenue {revenue}. The report prints no intensity.",
    },
    "emissions.intensity_missing": {
        "zh": "**温室气体排放强度**：报告未披露 {year} 年营业收入，无法推算。",
        "en": "**GHG intensity:** the report gives no operating revenue for {year}, so none can be derived.",
    },
    "emissions.pathway.rule": {
        "zh": "规则：{base_year} 年以来的年均变化不高于实现 {target_year} 年目标所需的年均变化，即为符合进度",
        "en": "Rule: on track when the annual change since {base_year} is at or below the change the {target_year} "
        "target needs",
    },
    "emissions.kpi.achieved": {
        "zh": "实际年均变化（{base_year}→{year}，复合）",
        "en": "Annual change achieved ({base_year}→{year}, compound)",
    },
    "emissions.kpi.target_level": {
        "zh": "{target_year} 年目标排放量（减排 {pct}%）",
        "en": "{target_year} target level (−{pct}%)",
    },
    "emissions.kpi.gap": {
        "zh": "{year} 年实际与直线路径之差",
        "en": "{year} actual minus straight-line path",
    },
    # Series labels (legends, table rows)
    "emissions.series.ghg_total": {"zh": "合计", "en": "Total"},
    "emissions.series.ghg_scope1_coal": {"zh": "原煤", "en": "Raw coal"},
    "emissions.series.ghg_scope1_coke": {"zh": "焦炭", "en": "Coke"},
    "emissions.series.ghg_scope1_gasoline": {"zh": "汽油", "en": "Gasoline"},
    "emissions.series.ghg_scope1_diesel": {"zh": "柴油", "en": "Diesel"},
    "emissions.series.ghg_scope1_natural_gas": {"zh": "天然气", "en": "Natural gas"},
    "emissions.series.ghg_scope1_carbonate": {"zh": "碳酸盐分解", "en": "Carbonate decomposition"},
    "emissions.series.ghg_scope2_electricity": {"zh": "外购电力", "en": "Purchased electricity"},
    "emissions.series.ghg_scope2_heat": {"zh": "外购热力", "en": "Purchased heat"},
    "emissions.series.air_so2": {"zh": "二氧化硫", "en": "SO2"},
    "emissions.series.air_nox": {"zh": "氮氧化物", "en": "NOx"},
    "emissions.series.air_particulates": {"zh": "颗粒物", "en": "Particulates"},
    "emissions.series.air_mercury": {"zh": "汞及其化合物", "en": "Mercury (Hg)"},
    "emissions.series.air_lead": {"zh": "铅及其化合物", "en": "Lead (Pb)"},
    "emissions.series.air_arsenic": {"zh": "砷及其化合物", "en": "Arsenic (As)"},
    "emissions.series.air_cadmium": {"zh": "镉及其化合物", "en": "Cadmium (Cd)"},
    "emissions.series.wastewater_cod": {"zh": "化学需氧量", "en": "COD"},
    "emissions.series.wastewater_ammonia_nitrogen": {"zh": "氨氮", "en": "Ammonia nitrogen"},
    "emissions.series.energy_coal": {"zh": "原煤", "en": "Raw coal"},
    "emissions.series.energy_coke": {"zh": "焦炭", "en": "Coke"},
    "emissions.series.energy_gasoline": {"zh": "汽油", "en": "Gasoline"},
    "emissions.series.energy_diesel": {"zh": "柴油", "en": "Diesel"},
    "emissions.series.energy_natural_gas": {"zh": "天然气", "en": "Natural gas"},
    "emissions.series.energy_electricity": {"zh": "电力", "en": "Electricity"},
    "emissions.series.energy_heat": {"zh": "热力", "en": "Heat"},
    # Chart titles (with the unit)
    "emissions.chart.totals": {
        "zh": "温室气体排放趋势（{unit}）",
        "en": "GHG emissions trend ({unit})",
    },
    "emissions.chart.segments": {
        "zh": "按业务板块划分的温室气体排放（{unit}）",
        "en": "GHG emissions by business segment ({unit})",
    },
    "emissions.chart.scope1": {"zh": "范围一排放：按排放源（{unit}）", "en": "Scope 1 emissions by source ({unit})"},
    "emissions.chart.scope2": {"zh": "范围二排放：按排放源（{unit}）", "en": "Scope 2 emissions by source ({unit})"},
    "emissions.chart.pathway": {
        "zh": "碳减排路径：实际排放与目标（范围一+二，{unit}）",
        "en": "Decarbonisation path: actual vs targets (scope 1+2, {unit})",
    },
    "emissions.chart.air": {"zh": "大气污染物排放（{unit}）", "en": "Air pollutant emissions ({unit})"},
    "emissions.chart.heavy_metals": {
        "zh": "废气中重金属排放，{year} 年（{unit}）",
        "en": "Heavy metals in exhaust gas, {year} ({unit})",
    },
    "emissions.chart.wastewater": {
        "zh": "外排废水污染物（{unit}）",
        "en": "Pollutants in discharged wastewater ({unit})",
    },
    # Column headers (charts' data downloads and tables)
    "emissions.col.scope": {"zh": "口径", "en": "Scope"},
    "emissions.col.source": {"zh": "排放源", "en": "Source"},
    "emissions.col.pollutant": {"zh": "污染物", "en": "Pollutant"},
    "emissions.col.metal": {"zh": "重金属", "en": "Heavy metal"},
    "emissions.col.energy": {"zh": "能源种类", "en": "Energy type"},
    "emissions.col.actual": {"zh": "实际排放（{unit}）", "en": "Actual ({unit})"},
    "emissions.col.path": {
        "zh": "直线路径（据报告目标推算，{unit}）",
        "en": "Straight-line path to the targets (derived, {unit})",
    },
    # Segment chart captions
    "emissions.segment_highlight": {
        "zh": "已按侧栏筛选突出显示{segment}；其他板块以灰色显示。",
        "en": "{segment} is highlighted by the sidebar filter; the other segments are shown in grey.",
    },
    "emissions.segment_discrepancy": {
        "zh": "数据核对：{year} 年三个板块合计 {parts} {unit}，与报告所印总量 {total} {unit} 略有差异（报告四舍五入）。",
        "en": "Data check: in {year} the three segments add up to {parts} {unit}, against the printed total of "
        "{total} {unit} (rounding in the report).",
    },
    "emissions.sources_caption": {
        "zh": "范围一来自化石燃料燃烧与碳酸盐分解；范围二为外购电力与热力。各排放源之和与报告所印范围一、范围二合计"
        "一致（在四舍五入范围内）。",
        "en": "Scope 1 comes from burning fossil fuels and from carbonate decomposition; scope 2 from purchased "
        "electricity and heat. The sources add up to the printed scope totals (within rounding).",
    },
    # Decarbonisation path
    "emissions.pathway.actual": {"zh": "实际排放（范围一+二）", "en": "Actual emissions (scope 1+2)"},
    "emissions.pathway.path": {"zh": "直线路径（据报告目标推算）", "en": "Straight-line path to the targets (derived)"},
    "emissions.pathway.target_point": {
        "zh": "{year} 年目标：较 {base_year} 年减排 {pct}%",
        "en": "{year} target: −{pct}% vs {base_year}",
    },
    "emissions.pathway.neutral_point": {
        "zh": "{year} 年碳中和（排放为零）",
        "en": "Carbon neutrality by {year} (zero)",
    },
    "emissions.pathway.peak": {"zh": "{year} 年前碳达峰（目标）", "en": "Peak by {year} (target)"},
    "emissions.pathway.derived_help": {
        "zh": "由报告数字推算。实际排放来源：{source}；目标来源：{target_source}。",
        "en": "Derived from the report's figures. Actual emissions: {source}; targets: {target_source}.",
    },
    "emissions.pathway_caption": {
        "zh": "报告目标（范围一及范围二）：{peak_year} 年前碳达峰；{target_year} 年较 {base_year} 年（{base}）减排 "
        "{pct}%，即不高于 {target}；{neutral_year} 年碳中和。虚线为据报告目标推算的直线路径（从基准年直线降至 "
        "{target_year} 年目标，再直线降至 {neutral_year} 年的零排放），用于衡量进度，并非报告发布的减排轨迹。",
        "en": "The report's targets (scope 1 and 2): peak by {peak_year}; cut emissions {pct}% by {target_year} "
        "against {base_year} ({base}), i.e. to at most {target}; carbon neutrality by {neutral_year}. The dashed "
        "line is derived from these targets (straight from the base year to the {target_year} target, then straight "
        "to zero in {neutral_year}) to measure progress; the report publishes no trajectory.",
    },
    "emissions.pathway_rates": {
        "zh": "{year} 年排放 {value}，直线路径上为 {path}（差 {gap}）。{base_year}→{year} 年复合年均变化 "
        "{achieved}%；要在 {target_year} 年达到目标，自 {year} 年起每年需变化 {required}%。进度：{status}"
        "（规则：{base_year} 年以来的年均变化不高于所需年均变化即为符合进度；报告允许在 {peak_year} 年前达峰）。",
        "en": "{year} emissions were {value}, against {path} on the straight-line path ({gap}). From {base_year} "
        "to {year} they changed by {achieved}% a year (compound); the {target_year} target needs {required}% a year "
        "from {year}. Status: {status} (rule: on track when the annual change since {base_year} is at or below the "
        "change needed; the targets allow emissions to peak by {peak_year}).",
    },
    # Air and energy
    "emissions.air_caption": {
        "zh": "重金属及其化合物以千克计，其余大气污染物以吨计，分图显示；重金属仅披露 2024 年数据。"
        "颗粒物含烟尘及粉尘。",
        "en": "Heavy-metal compounds are reported in kilograms and the other air pollutants in tonnes, so they are "
        "charted separately; heavy metals are disclosed for 2024 only. Particulates include smoke and dust.",
    },
    "emissions.energy_mix_caption": {
        "zh": "各能源以各自的实物单位计量，不可相加，故以表格列示。来源：{source}。",
        "en": "Each energy type is measured in its own physical unit and cannot be added up, so they are listed in a "
        "table. Source: {source}.",
    },
    "emissions.renewable_quality": {
        "zh": "数据质量提示：报告称 {year} 年可再生能源电力交易量占电力消耗总量的 {printed}；按能源消耗表（{source}）"
        "的电力消耗计算，{traded} ÷ {electricity} = {expected}。两者口径不一致，以上卡片显示报告所印数值。",
        "en": "Data quality: the report says renewable electricity traded was {printed} of electricity consumed in "
        "{year}; against the electricity in the energy table ({source}) it is {traded} ÷ {electricity} = "
        "{expected}. The two do not agree; the card shows the figure as printed.",
    },
    "emissions.slide.emissions": {"zh": "温室气体排放", "en": "Greenhouse gas emissions"},
    "emissions.slide.emissions_scopes": {"zh": "温室气体排放：范围一与范围二", "en": "GHG emissions by scope"},
    "emissions.slide.pathway": {"zh": "减碳路径", "en": "Decarbonisation path"},
}
