"""Strings of the environment view."""

STRINGS = {
    "environment.title": {"zh": "资源与生态环境", "en": "Environment"},
    "environment.intro": {
        "zh": "能源、水资源、废弃物、土地复垦与绿化、环保投入以及绿色矿山与绿色工厂。所有数字均为报告所印数值，"
        "报告的脚注以及报告中不同位置所印数字之间的差异在各图表下注明。",
        "en": "Energy, water, waste, land reclamation and greening, environmental investment, and green mines and "
        "factories. Every figure is as printed in the report; its footnotes and the figures that differ "
        "between places in the report are noted under each chart.",
    },
    # Sections
    "environment.tab.energy": {"zh": "能源", "en": "Energy"},
    "environment.tab.water": {"zh": "水资源", "en": "Water"},
    "environment.tab.waste": {"zh": "固体废弃物", "en": "Solid waste"},
    "environment.tab.land": {"zh": "土地与绿化", "en": "Land and greening"},
    "environment.tab.investment": {"zh": "环保投入与绿色矿山", "en": "Investment and green sites"},
    "environment.section.energy": {"zh": "能源（{year} 年）", "en": "Energy ({year})"},
    "environment.section.generation": {"zh": "自有发电", "en": "Own generation"},
    "environment.section.water": {"zh": "水资源（{year} 年）", "en": "Water ({year})"},
    "environment.section.waste": {"zh": "固体废弃物（{year} 年）", "en": "Solid waste ({year})"},
    "environment.section.land": {"zh": "土地复垦与绿化（{year} 年）", "en": "Land reclamation and greening ({year})"},
    "environment.section.investment": {"zh": "环境保护投入（{year} 年）", "en": "Environmental investment ({year})"},
    "environment.section.green": {
        "zh": "绿色矿山与绿色工厂（截至 {year} 年末）",
        "en": "Green mines and green factories (end of {year})",
    },
    # KPI cards
    "environment.kpi.energy_total_tce": {"zh": "能源消耗总量", "en": "Energy consumed"},
    "environment.kpi.energy_total_mwh": {"zh": "能源消耗总量", "en": "Energy consumed"},
    "environment.kpi.energy_intensity": {"zh": "能源消耗强度（集团）", "en": "Energy intensity (group)"},
    "environment.kpi.energy_intensity@mining": {"zh": "矿山板块单位产值能耗", "en": "Energy intensity, mining"},
    "environment.kpi.energy_intensity@smelting": {"zh": "冶炼板块单位产值能耗", "en": "Energy intensity, smelting"},
    "environment.kpi.energy_intensity@other": {"zh": "其他板块单位产值能耗", "en": "Energy intensity, other"},
    "environment.kpi.own_renewable_generation": {"zh": "自有新能源设施发电量", "en": "Own new-energy generation"},
    "environment.kpi.waste_heat_power_generation": {"zh": "余热发电量", "en": "Waste-heat power generation"},
    "environment.kpi.fresh_water_withdrawal": {"zh": "新鲜水取用量", "en": "Fresh water withdrawn"},
    "environment.kpi.water_intensity": {"zh": "水资源消耗强度", "en": "Water intensity"},
    "environment.kpi.waste_hazardous": {"zh": "危险废弃物产生量", "en": "Hazardous waste"},
    "environment.kpi.waste_general_solid": {"zh": "一般固体废弃物产生量", "en": "General solid waste"},
    "environment.kpi.land_reclamation_cost": {"zh": "土地复垦及地质环境治理投入", "en": "Land reclamation spending"},
    "environment.kpi.mine_restoration_rate": {"zh": "矿山修复治理率", "en": "Mine restoration rate"},
    "environment.kpi.land_reclaimed_area": {"zh": "复垦面积", "en": "Land reclaimed"},
    "environment.kpi.green_mines_national": {"zh": "国家级绿色矿山", "en": "National green mines"},
    "environment.kpi.green_mines_provincial": {"zh": "省级绿色矿山", "en": "Provincial green mines"},
    "environment.kpi.green_factories_national": {"zh": "国家级绿色工厂", "en": "National green factories"},
    "environment.kpi.green_factories_provincial": {"zh": "省级绿色工厂", "en": "Provincial green factories"},
    "environment.kpi.green_design_product_units_national": {
        "zh": "国家级绿色设计产品单位",
        "en": "National green-design units",
    },
    "environment.kpi.green_design_product_units_provincial": {
        "zh": "省级绿色设计产品单位",
        "en": "Provincial green-design units",
    },
    "environment.kpi.green_mines_provincial_new": {"zh": "本年新增省级绿色矿山", "en": "New provincial green mines"},
    "environment.kpi.green_factories_national_new": {
        "zh": "本年新增国家级绿色工厂",
        "en": "New national green factories",
    },
    # Series labels
    "environment.series.energy_total_tce": {"zh": "能源消耗总量", "en": "Energy consumed"},
    "environment.series.fresh_water_withdrawal": {"zh": "新鲜水取用量", "en": "Fresh water withdrawn"},
    "environment.series.water_use_per_ore_processed": {"zh": "矿山板块", "en": "Mining"},
    "environment.series.water_use_per_product": {"zh": "冶炼及制造板块", "en": "Smelting and manufacturing"},
    "environment.series.waste_hazardous": {"zh": "危险废弃物", "en": "Hazardous waste"},
    "environment.series.waste_general_solid": {"zh": "一般固体废弃物", "en": "General solid waste"},
    "environment.series.trees_planted": {"zh": "全年种植树木", "en": "Trees planted"},
    "environment.series.env_investment_facility_operation": {
        "zh": "环保设施运行成本费用",
        "en": "Operating environmental facilities",
    },
    "environment.series.env_investment_management": {"zh": "环保管理费用", "en": "Environmental management"},
    "environment.series.env_investment_liability_insurance": {
        "zh": "环保责任险保险费用",
        "en": "Environmental liability insurance",
    },
    "environment.stream.waste_tailings": {"zh": "尾矿", "en": "Tailings"},
    "environment.stream.waste_rock_openpit": {"zh": "废石（露天）", "en": "Waste rock (open-pit)"},
    "environment.stream.waste_rock_underground": {"zh": "废石（井采）", "en": "Waste rock (underground)"},
    # Chart titles
    "environment.chart.energy_total": {"zh": "能源消耗总量（{unit}）", "en": "Energy consumed ({unit})"},
    "environment.chart.intensity": {
        "zh": "能源消耗强度：集团与各板块（{unit}）",
        "en": "Energy intensity: group and segments ({unit})",
    },
    "environment.chart.fresh_water": {"zh": "新鲜水取用量（{unit}）", "en": "Fresh water withdrawn ({unit})"},
    "environment.chart.water_mining": {
        "zh": "矿山板块单位用水量（{unit}）",
        "en": "Water use, mining ({unit})",
    },
    "environment.chart.water_smelting": {
        "zh": "冶炼及制造单位用水量（{unit}）",
        "en": "Water use, smelting and manufacturing ({unit})",
    },
    "environment.chart.waste_hazardous": {
        "zh": "危险废弃物产生量（{unit}）",
        "en": "Hazardous waste generated ({unit})",
    },
    "environment.chart.tailings_dams": {"zh": "尾矿库（{unit}）", "en": "Tailings storage facilities ({unit})"},
    "environment.slide.tailings": {"zh": "尾矿库管理", "en": "Tailings storage facilities"},
    "environment.chart.waste_general": {
        "zh": "一般固体废弃物产生量（{unit}）",
        "en": "General solid waste generated ({unit})",
    },
    "environment.chart.utilisation_rate": {
        "zh": "{year} 年废弃物综合利用率（%）",
        "en": "Waste utilisation rate, {year} (%)",
    },
    "environment.chart.greening": {"zh": "新增绿化面积（{unit}）", "en": "New greened area ({unit})"},
    "environment.chart.trees": {"zh": "全年种植树木（{unit}）", "en": "Trees planted ({unit})"},
    "environment.chart.investment": {
        "zh": "{year} 年环境保护投入构成（{unit}）",
        "en": "Environmental investment by item, {year} ({unit})",
    },
    # Column headers
    "environment.col.stream": {"zh": "废弃物", "en": "Waste stream"},
    "environment.col.generated": {"zh": "产生量（吨）", "en": "Generated (t)"},
    "environment.col.stored_disposed": {"zh": "贮存处置量（吨）", "en": "Stored or disposed of (t)"},
    "environment.col.utilised": {"zh": "综合利用量（吨）", "en": "Utilised (t)"},
    "environment.col.utilisation_rate": {"zh": "综合利用率（%）", "en": "Utilisation rate (%)"},
    # Captions and messages
    "environment.intensity_caption": {
        "zh": "各板块单位产值能耗仅披露 2024 年数据；已按侧栏的业务板块筛选突出显示所选板块。",
        "en": "Segment energy intensities are disclosed for 2024 only; the sidebar's segment filter highlights the "
        "selected segment.",
    },
    "environment.notice.water_no_segment": {
        "zh": "报告未披露{segment}的单位用水量。",
        "en": "The report gives no water-use figure for the {segment} segment.",
    },
    "environment.table.utilisation": {"zh": "{year} 年废弃物利用情况", "en": "Waste utilisation in {year}"},
    "environment.investment_not_disclosed": {
        "zh": "报告未披露 {year} 年的环境保护投入（仅披露 2024 年）。",
        "en": "The report does not disclose environmental investment for {year} (2024 only).",
    },
    "environment.caption.investment_parts": {
        "zh": "四个项目之和等于报告所印的环境保护投入总额（已核对）。",
        "en": "The four items add up to the printed total environmental investment (checked).",
    },
    "environment.notes_title": {"zh": "本页数字的报告说明", "en": "The report's caveats on this page's figures"},
}
