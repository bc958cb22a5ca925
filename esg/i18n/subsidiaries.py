"""Strings of the subsidiaries view: the entity directory, an entity's figures, segment comparisons, coverage."""

STRINGS = {
    "subsidiaries.title": {"zh": "子公司与业务板块", "en": "Subsidiaries and segments"},
    "subsidiaries.intro": {
        "zh": "集团、分子公司及业务分布图所列矿山与冶炼资产的名录（链接至各主体页面）；各业务板块的对比；以及哪些主体在哪些年份有数据。",
        "en": "A directory of the group, its branches and subsidiaries and the mines and smelters on the report's "
        "business map (with links to each entity's page); the business segments side by side; and which entities "
        "have figures for which years.",
    },
    # Page filters and the entity chosen
    "subsidiaries.control.province": {"zh": "省份", "en": "Province"},
    "subsidiaries.control.province_help": {
        "zh": "只列出位于该省份的主体。",
        "en": "Lists only the entities in this province.",
    },
    "subsidiaries.control.business_segment": {"zh": "业务板块", "en": "Business segment"},
    "subsidiaries.control.business_segment_help": {
        "zh": "默认为侧边栏所选业务板块；只列出归属该板块的主体。",
        "en": "Starts at the segment chosen in the sidebar; lists only the entities of this segment.",
    },
    "subsidiaries.control.commodity": {"zh": "矿种 / 产品", "en": "Commodity"},
    "subsidiaries.control.commodity_help": {
        "zh": "只列出涉及该矿种或产品的主体。",
        "en": "Lists only the entities working this commodity.",
    },
    # Directory
    "subsidiaries.directory": {"zh": "主体名录", "en": "Entity directory"},
    "subsidiaries.caption.count": {
        "zh": "共 {count} 个主体。「数据条数」为报告针对该主体披露的数值个数；业务分布图上的矿山和冶炼厂在报告中没有单独数据。",
        "en": "{count} entities. “Figures” counts the values the report discloses for the entity; the mines and "
        "smelters on the business map have no figures of their own in the report.",
    },
    "subsidiaries.notice.no_entities": {"zh": "没有符合筛选条件的主体。", "en": "No entity matches the filters."},
    "subsidiaries.col.name": {"zh": "名称", "en": "Name"},
    "subsidiaries.col.short": {"zh": "简称", "en": "Short name"},
    "subsidiaries.col.kind": {"zh": "类型", "en": "Type"},
    "subsidiaries.col.parent": {"zh": "上级主体", "en": "Parent"},
    "subsidiaries.col.commodities": {"zh": "矿种 / 产品", "en": "Commodities"},
    "subsidiaries.col.iso45001": {"zh": "ISO 45001 认证年份", "en": "ISO 45001 certified"},
    "subsidiaries.col.field": {"zh": "项目", "en": "Field"},
    "subsidiaries.col.value": {"zh": "内容", "en": "Value"},
    "subsidiaries.col.figure": {"zh": "数值", "en": "Figure"},
    "subsidiaries.col.total": {"zh": "合计", "en": "Total"},
    # Entity detail
    "subsidiaries.field.name": {"zh": "全称", "en": "Full name"},
    "subsidiaries.field.kind": {"zh": "类型", "en": "Type"},
    "subsidiaries.field.parent": {"zh": "上级主体", "en": "Parent"},
    "subsidiaries.field.segment_basis": {"zh": "板块归属依据", "en": "How the segment was assigned"},
    "subsidiaries.field.commodities": {"zh": "矿种 / 产品", "en": "Commodities"},
    "subsidiaries.field.iso45001": {"zh": "ISO 45001 认证年份", "en": "ISO 45001 certification year"},
    "subsidiaries.field.figures": {"zh": "报告披露的数据条数", "en": "Figures the report gives"},
    "subsidiaries.iso_none": {"zh": "报告未列出", "en": "not listed in the report"},
    "subsidiaries.empty_field": {"zh": "报告未说明", "en": "not stated in the report"},
    "subsidiaries.iso_caption": {
        "zh": "ISO 45001 年份来自“健康安全管理体系认证汇总”图，名称行与年份行按版面顺序配对，属推断。",
        "en": "ISO 45001 years come from the report's certification summary chart, where names and years are paired "
        "by layout order: an inference.",
    },
    "subsidiaries.basis_caption": {
        "zh": "板块归属：报告未给出各子公司的板块划分，本看板依据报告中的矿山、冶炼厂名称及正文描述进行归属，依据见上表。",
        "en": "Segments: the report does not assign its subsidiaries to segments; the dashboard assigns them from the "
        "mines, smelters and descriptions the report gives, as stated in the table above.",
    },
    "subsidiaries.caption.figures": {
        "zh": "共 {count} 条（其中 {missing} 条报告印为“-”或“/”，显示为“未披露”）。",
        "en": "{count} rows ({missing} printed as “-” or “/” in the report, shown as “Not disclosed”).",
    },
    # Segment comparisons
    "subsidiaries.segments": {"zh": "业务板块对比（{year} 年）", "en": "Business segments compared ({year})"},
    "subsidiaries.segments_caption": {
        "zh": "矿山、冶炼与其他板块并列；报告未给出的板块或年份标为“未披露”，不以 0 表示。",
        "en": "Mining, smelting and other segments side by side; a segment or year the report does not give is "
        "marked “Not disclosed”, never drawn as 0.",
    },
    "subsidiaries.chart.ghg_total": {
        "zh": "各板块温室气体排放（范围一+二，{year} 年）<br><sup>{unit}</sup>",
        "en": "GHG emissions by segment (scope 1+2, {year})<br><sup>{unit}</sup>",
    },
    "subsidiaries.chart.energy_intensity": {
        "zh": "各板块单位产值能耗（{year} 年）<br><sup>{unit}</sup>",
        "en": "Energy intensity by segment ({year})<br><sup>{unit}</sup>",
    },
    "subsidiaries.group_line": {"zh": "集团：{value}", "en": "Group: {value}"},
    "subsidiaries.sum_caption.ghg_total": {
        "zh": "三个板块合计 {sum}；报告所印集团总量 {total}（差额 {diff}）。",
        "en": "The three segments add up to {sum}; the report's group total is {total} (difference {diff}).",
    },
    "subsidiaries.sum_caption.energy_intensity": {
        "zh": "集团单位产值能耗为 {total}（强度不可相加）。",
        "en": "The group's energy intensity is {total} (intensities do not add up).",
    },
    "subsidiaries.sum_missing": {
        "zh": "{year} 年报告未给出全部板块的数据，无法核对合计。",
        "en": "The report does not give every segment for {year}, so the total cannot be checked.",
    },
    "subsidiaries.water": {"zh": "各板块单位用水量（{year} 年）", "en": "Water intensity by segment ({year})"},
    "subsidiaries.water_caption": {
        "zh": "矿山板块按吨矿石处理量、冶炼及制造板块按吨产品产量计算，口径不同，不宜直接比较；其他板块报告未披露。",
        "en": "Mining is per tonne of ore processed, smelting and manufacturing per tonne of product: different "
        "denominators, so not directly comparable; the report gives no figure for the other segments.",
    },
    "subsidiaries.kpi.mining": {"zh": "矿山板块", "en": "Mining"},
    "subsidiaries.kpi.smelting": {"zh": "冶炼及制造板块", "en": "Smelting and manufacturing"},
    "subsidiaries.kpi.other": {"zh": "其他板块", "en": "Other segments"},
    # Coverage
    "subsidiaries.coverage": {"zh": "数据覆盖", "en": "Coverage"},
    "subsidiaries.coverage_caption": {
        "zh": "每个单元格为报告对该主体在该年披露的数值个数（不含印为“-”或“/”的未披露项）；0 表示报告在该年没有该主体的数据。",
        "en": "Each cell counts the figures the report discloses for the entity in that year (figures printed as "
        "“-” or “/” left out); 0 means the report has no figure for the entity in that year.",
    },
    # Entities without a business segment
    "subsidiaries.segment.unassigned": {"zh": "未归属板块", "en": "No segment"},
}
