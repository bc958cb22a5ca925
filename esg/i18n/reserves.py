"""Strings of the resources and reserves view."""

STRINGS = {
    "reserves.title": {"zh": "资源储量与资产分布", "en": "Resources, reserves and assets"},
    "reserves.intro": {
        "zh": "十种矿产的保有资源储量（金属量，非权益储量），探矿权与采矿权，以及矿山、冶炼厂与盐湖资产所在省份。"
        "不同单位的数字分图显示，从不相加。",
        "en": "Resources and reserves of ten minerals (contained metal, 100% basis, not attributable), exploration "
        "and mining rights, and the provinces of the mines, smelters and salt lake. Figures in different units are "
        "charted separately and never added up.",
    },
    "reserves.note": {"zh": "**{name}**：{note}", "en": "**{name}**: {note}"},
    "reserves.notes_title": {"zh": "储量数字的报告说明", "en": "The report's caveats on the reserve figures"},
    # Section switch (labels of the view's sections)
    "reserves.tab.overview": {"zh": "储量概览", "en": "Overview"},
    "reserves.tab.metals": {"zh": "有色金属与铁矿", "en": "Non-ferrous metals and iron ore"},
    "reserves.tab.precious": {"zh": "贵金属与盐湖", "en": "Precious metals and salt lake"},
    "reserves.tab.assets": {"zh": "矿权与资产分布", "en": "Rights and assets"},
    # Sections
    "reserves.section.headline": {"zh": "保有资源储量（{year} 年）", "en": "Resources and reserves ({year})"},
    "reserves.section.minerals": {"zh": "各矿产保有资源储量", "en": "Each mineral"},
    "reserves.section.rights": {
        "zh": "探矿权与采矿权（{year} 年末）",
        "en": "Exploration and mining rights (end of {year})",
    },
    "reserves.section.assets": {"zh": "资产分布", "en": "Where the assets are"},
    # KPI cards
    "reserves.kpi.reserves_copper": {"zh": "铜金属", "en": "Copper (metal)"},
    "reserves.kpi.reserves_iron_ore": {"zh": "铁矿石（矿石量）", "en": "Iron ore (ore tonnage)"},
    "reserves.kpi.reserves_nonferrous": {"zh": "有色金属合计", "en": "Non-ferrous metals, total"},
    "reserves.kpi.reserves_precious": {"zh": "贵金属合计", "en": "Precious metals, total"},
    "reserves.kpi.exploration_rights": {"zh": "探矿权", "en": "Exploration rights"},
    "reserves.kpi.exploration_rights_area": {"zh": "探矿权面积", "en": "Exploration rights area"},
    "reserves.kpi.mining_rights": {"zh": "采矿权", "en": "Mining rights"},
    "reserves.kpi.mining_rights_area": {"zh": "采矿权面积", "en": "Mining rights area"},
    "reserves.headline_caption": {
        "zh": "有色金属合计（铜、铅、锌、钼、五氧化二钒、镍，万吨金属量）与贵金属合计（金、银，吨）为报告正文所印数值，"
        "仅披露 2024 年，等于储量图中各矿产之和（已核对）；铁矿石为矿石量，不计入任何合计。",
        "en": "The non-ferrous total (copper, lead, zinc, molybdenum, V2O5, nickel; contained metal) and the precious "
        "total (gold, silver; tonnes) are the report's own figures, for 2024 only, and equal the sum of the chart's "
        "minerals (checked); iron is ore tonnage and is in no total.",
    },
    # Minerals, groups, bases
    "reserves.mineral.reserves_copper": {"zh": "铜", "en": "Copper"},
    "reserves.mineral.reserves_lead": {"zh": "铅", "en": "Lead"},
    "reserves.mineral.reserves_zinc": {"zh": "锌", "en": "Zinc"},
    "reserves.mineral.reserves_nickel": {"zh": "镍", "en": "Nickel"},
    "reserves.mineral.reserves_molybdenum": {"zh": "钼", "en": "Molybdenum"},
    "reserves.mineral.reserves_v2o5": {"zh": "五氧化二钒", "en": "V2O5"},
    "reserves.mineral.reserves_iron_ore": {"zh": "铁（矿石量）", "en": "Iron (ore)"},
    "reserves.mineral.reserves_gold": {"zh": "金", "en": "Gold"},
    "reserves.mineral.reserves_silver": {"zh": "银", "en": "Silver"},
    "reserves.mineral.reserves_magnesium_chloride": {"zh": "氯化镁", "en": "Magnesium chloride"},
    "reserves.group.base_metals": {"zh": "基本金属", "en": "Base metals"},
    "reserves.group.ferrous_alloy": {"zh": "黑色及合金金属", "en": "Ferrous and alloy metals"},
    "reserves.group.precious": {"zh": "贵金属", "en": "Precious metals"},
    "reserves.group.salt_lake": {"zh": "盐湖资源", "en": "Salt lake"},
    "reserves.basis.metal": {"zh": "金属量", "en": "Contained metal"},
    "reserves.basis.ore": {"zh": "矿石量", "en": "Ore tonnage"},
    "reserves.basis.salt": {"zh": "化合物量", "en": "Compound"},
    # Charts
    "reserves.chart.base_metals_metal": {
        "zh": "基本金属（金属量，{unit}）",
        "en": "Base metals (contained metal, {unit})",
    },
    "reserves.chart.ferrous_alloy_metal": {
        "zh": "合金金属（金属量，{unit}）",
        "en": "Alloy metals (contained, {unit})",
    },
    "reserves.chart.ferrous_alloy_ore": {"zh": "铁矿石（矿石量，{unit}）", "en": "Iron ore (ore tonnage, {unit})"},
    "reserves.chart.precious_metal": {"zh": "贵金属（{unit}）", "en": "Precious metals ({unit})"},
    "reserves.chart.salt_lake_salt": {
        "zh": "盐湖资源：氯化镁（{unit}）",
        "en": "Salt lake: magnesium chloride ({unit})",
    },
    "reserves.chart.change": {"zh": "{first}→{last} 年变化（%）", "en": "Change {first}→{last} (%)"},
    "reserves.change_caption": {
        "zh": "变化率为各矿产相对自身起始年份数值的百分比，由报告数字推算，因此不同单位的矿产可以并列比较；"
        "随侧栏年份改变终止年份。",
        "en": "Each change is a percentage of the mineral's own first-year figure (derived from the printed "
        "figures), which is why minerals in different units can stand side by side; the end year follows the "
        "sidebar's year.",
    },
    "reserves.chart.map": {
        "zh": "资产所在省份（示意图，非实际比例）",
        "en": "Assets by province (schematic, not to scale)",
    },
    "reserves.map_source": {"zh": "主要业务分布图；企业名录", "en": "Main business distribution map; entity register"},
    "reserves.map_caption": {
        "zh": "示意图，非实际比例：每个方块代表一个省级行政区，位置大致按方位排列，不表示边界、面积或实际位置；"
        "浅绿色方块为有资产的省份，灰色方块仅作方位参考。资产标记位于所在省份方块内，悬停可查看名称、类型、"
        "产能与运营主体；侧栏选择主体后，非该主体运营的资产以浅色显示。",
        "en": "Schematic, not to scale: each square stands for one province-level region, placed roughly by "
        "direction; it shows no boundaries, areas or true locations. Light green squares hold assets; grey squares "
        "are for orientation only. Each asset sits inside its province's square: hover for its name, kind, "
        "capacity and operator. When an entity is chosen in the sidebar, assets it does not operate are faded.",
    },
    "reserves.notice.no_assets": {
        "zh": "报告未将业务分布图上的任何资产明确归属于所选主体；地图与下表显示全部资产。",
        "en": "The report attributes none of the assets on its business map to the selected entity; the map and "
        "the table below show every asset.",
    },
    # Provinces (tile labels)
    "reserves.province.inner_mongolia": {"zh": "内蒙古", "en": "Inner Mongolia"},
    "reserves.province.xinjiang": {"zh": "新疆", "en": "Xinjiang"},
    "reserves.province.gansu": {"zh": "甘肃", "en": "Gansu"},
    "reserves.province.ningxia": {"zh": "宁夏", "en": "Ningxia"},
    "reserves.province.tibet": {"zh": "西藏", "en": "Tibet (Xizang)"},
    "reserves.province.qinghai": {"zh": "青海", "en": "Qinghai"},
    "reserves.province.shaanxi": {"zh": "陕西", "en": "Shaanxi"},
    "reserves.province.sichuan": {"zh": "四川", "en": "Sichuan"},
    "reserves.province.chongqing": {"zh": "重庆", "en": "Chongqing"},
    "reserves.province.yunnan": {"zh": "云南", "en": "Yunnan"},
    "reserves.province.guizhou": {"zh": "贵州", "en": "Guizhou"},
    # Assets
    "reserves.hover.kind": {"zh": "类型：", "en": "Kind: "},
    "reserves.hover.commodities": {"zh": "矿种：", "en": "Commodities: "},
    "reserves.hover.capacity": {"zh": "产能：", "en": "Capacity: "},
    "reserves.hover.operator": {"zh": "运营主体：", "en": "Operator: "},
    # Column headers
    "reserves.col.mineral": {"zh": "矿产", "en": "Mineral"},
    "reserves.col.value": {"zh": "保有资源储量（{unit}）", "en": "Resources and reserves ({unit})"},
    "reserves.col.group": {"zh": "类别", "en": "Group"},
    "reserves.col.basis": {"zh": "计量口径", "en": "Basis"},
    "reserves.col.change": {"zh": "期间变化（%）", "en": "Change over the period (%)"},
    "reserves.col.asset": {"zh": "资产", "en": "Asset"},
    "reserves.col.kind": {"zh": "类型", "en": "Kind"},
    "reserves.col.commodities": {"zh": "矿种", "en": "Commodities"},
    "reserves.col.operator": {"zh": "运营主体", "en": "Operator"},
    "reserves.slide.reserves": {"zh": "保有资源储量", "en": "Resources and reserves"},
    "reserves.slide.reserves_change": {"zh": "资源储量变化", "en": "Change in resources and reserves"},
}
