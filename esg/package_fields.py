"""What every column of the exported data package means, in English and Chinese (``esg.package`` writes it into each
resource's table schema). A column the snapshot gains must be described here (``tests/test_package.py`` checks it)."""

from __future__ import annotations

# table -> (English, Chinese) description of the resource
TABLES: dict[str, tuple[str, str]] = {
    "indicators": (
        "Every figure printed in the report's tables and prose: one row per indicator, entity, segment and year, with "
        "the figure as printed, its unit as printed, the source table and section.",
        "报告表格与正文所印的每个数字：每个指标、主体、业务板块与年份一行，含所印数字、所印单位、来源表格与章节。",
    ),
    "entities": (
        "The group, its subsidiaries, branches and assets as the report names them.",
        "报告所列的集团、子公司、分公司及资产。",
    ),
    "materiality": (
        "The report's double-materiality topics with their published tier; matrix positions are derived.",
        "报告的双重重要性议题及其公布的层级；矩阵位置为推导所得。",
    ),
    "risks": (
        "The report's emerging risks by category; no likelihood or impact (the report's matrix positions are not in "
        "its text layer).",
        "报告的新兴风险及其类别；不含可能性与影响位置（报告矩阵位置未保留在文字层中）。",
    ),
    "climate_risks": (
        "Climate-related risks and opportunities as the report lists them.",
        "报告所列的气候相关风险与机遇。",
    ),
    "targets": ("The report's 2025 targets with their 2024 progress.", "报告的 2025 年目标及 2024 年进展。"),
    "frameworks": (
        "Framework codes: the report's own GRI and SSE content indices, and the GRI 14 Mining Sector Standard and IFRS "
        "S2 climate metrics mapped to the figures by the dashboard (mapping basis and rule in each row).",
        "框架代码：报告自身的 GRI 与上交所指引索引，以及看板映射到数字的 GRI 14 采矿业行业标准与 IFRS S2 气候指标"
        "（每行注明映射依据与规则）。",
    ),
    "framework_indicators": (
        "Which indicators answer which framework code (both ways): one row per code and indicator.",
        "各框架代码由哪些指标回应（双向）：每个代码与指标一行。",
    ),
    "quality": (
        "The data-quality checks: totals against their parts, ratios, and prose repeats against the tables, with the "
        "result; a discrepancy is the report contradicting itself (the printed figures are kept).",
        "数据质量核对：合计与分项、比率、正文复述与表格的核对及结果；不一致指报告中应当相符的数字不相符（保留所印数字）。",
    ),
    "directions": (
        "Whether a rise of an indicator is good (the dashboard's reading, used to colour changes); an indicator not "
        "listed has no direction.",
        "指标上升是否为好（看板的判断，用于变化的着色）；未列出的指标无方向。",
    ),
    "units": (
        "Every unit as printed, its English form, its dimension and the factor to the dimension's base unit.",
        "所印的每个单位、其英文形式、量纲及换算到该量纲基本单位的系数。",
    ),
}

_ZH = "Chinese"
_EN = "English"

# column -> (English, Chinese), shared by the tables that have a column of that name unless overridden per table
COMMON: dict[str, tuple[str, str]] = {
    "pillar": ("ESG pillar: E, S or G", "ESG 维度：E、S 或 G"),
    "name_zh": ("Name in Chinese, as printed", "中文名称（按报告所印）"),
    "name_en": ("Name in English", "英文名称"),
    "description_zh": ("Description in Chinese", "中文说明"),
    "description_en": ("Description in English", "英文说明"),
    "responses_zh": ("The report's responses, in Chinese", "报告所述应对措施（中文）"),
    "responses_en": ("The report's responses, in English", "报告所述应对措施（英文）"),
    "position_method_zh": ("How the derived position was constructed, in Chinese", "推导位置的构造方法（中文）"),
    "position_method_en": ("How the derived position was constructed, in English", "推导位置的构造方法（英文）"),
    "note_zh": ("Notes, in Chinese", "备注（中文）"),
    "note_en": ("Notes, in English", "备注（英文）"),
    "kind": ("Kind of row", "行的类别"),
    "category_zh": ("Category, in Chinese", "类别（中文）"),
    "category_en": ("Category, in English", "类别（英文）"),
    "indicator_id": ("Indicator id (see the indicators resource)", "指标编号（见 indicators 资源）"),
    "unit": ("Unit as printed in the report", "报告所印单位"),
    "unit_en": ("Unit in English", "英文单位"),
    "code": ("Framework code", "框架代码"),
    "framework": ("Framework: GRI, SSE, GRI14 or IFRS_S2", "框架：GRI、SSE、GRI14 或 IFRS_S2"),
    "year": ("Reporting year", "报告年份"),
    "basis": (
        "own: the report's own GRI/SSE index maps it; derived: mapped by the dashboard by the rule stated",
        "own：报告自身 GRI/上交所索引的对应；derived：看板按所述规则推导的对应",
    ),
    "rule_zh": ("The rule a derived mapping follows, in Chinese", "推导映射所依据的规则（中文）"),
    "rule_en": ("The rule a derived mapping follows, in English", "推导映射所依据的规则（英文）"),
}

FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "indicators": {
        "indicator_id": ("Stable English id of the quantity, the same in every year and entity", "指标的稳定英文编号"),
        "entity": ("Entity id (group for group-level figures; see the entities resource)", "主体编号（集团为 group）"),
        "segment": ("Business segment of the figure (mining, smelting, other) or empty", "业务板块或空"),
        "topic": ("Topic of the indicator", "指标主题"),
        "unit": ("Unit as printed in the report (the unit of value)", "报告所印单位（value 的单位）"),
        "value": (
            "The figure as a number in the printed unit; empty where the report prints '-' or '/' (not disclosed, "
            "never 0)",
            "以所印单位计的数值；报告印“-”或“/”（未披露）时为空，绝不为 0",
        ),
        "value_text": ("Text-valued figures (rating grades such as BB)", "文本型数字（如评级 BB）"),
        "printed": ("The figure exactly as printed (separators kept)", "报告所印原样数字（保留千位分隔符）"),
        "source_table": (
            "Title of the report table or chart the figure is printed in (Chinese)",
            "数字所在报告表格或图表标题",
        ),
        "source_table_en": ("Title of the source table in English", "来源表格英文标题"),
        "section_zh": ("Report chapter and section, in Chinese", "报告章节（中文）"),
        "section_en": ("Report chapter and section, in English", "报告章节（英文）"),
        "gri": (
            "GRI disclosures the report's own GRI index maps the table to (';'-separated)",
            "报告 GRI 索引对应的披露项",
        ),
        "note": ("Footnotes and caveats, in Chinese", "脚注与说明（中文）"),
        "note_en": ("Footnotes and caveats, in English", "脚注与说明（英文）"),
        "restated": ("Whether a later edition restated the figure (GRI 2-4)", "是否被后续版本重述（GRI 2-4）"),
        "original_value": ("The value before the restatement", "重述前的数值"),
        "restatement_reason": ("Why the figure was restated", "重述原因"),
        "source_file": ("Curated CSV file the figure was transcribed into", "数字录入的整理后 CSV 文件"),
        "source_line": ("Line of that file", "该文件中的行号"),
    },
    "entities": {
        "entity_id": ("Entity id", "主体编号"),
        "short_zh": ("Short name in Chinese", "中文简称"),
        "short_en": ("Short name in English", "英文简称"),
        "kind": ("group, subsidiary, branch, mine, smelter or saltlake", "集团、子公司、分公司、矿山、冶炼厂或盐湖"),
        "parent": ("Parent entity id", "上级主体编号"),
        "province_zh": ("Province, in Chinese", "所在省份（中文）"),
        "province_en": ("Province, in English", "所在省份（英文）"),
        "segment": (
            "Business segment the dashboard assigns (the report does not)",
            "看板所归属的业务板块（报告未给出）",
        ),
        "segment_basis_zh": ("How the segment was assigned, in Chinese", "板块归属依据（中文）"),
        "segment_basis_en": ("How the segment was assigned, in English", "板块归属依据（英文）"),
        "commodities": ("Commodities produced", "主要产品"),
        "capacity_zh": ("Capacity as printed, in Chinese", "产能（中文，按所印）"),
        "capacity_en": ("Capacity, in English", "产能（英文）"),
        "iso45001_year": ("Year of ISO 45001 certification", "ISO 45001 认证年份"),
    },
    "materiality": {
        "topic_id": ("Topic id", "议题编号"),
        "topic_zh": ("Topic, in Chinese", "议题（中文）"),
        "topic_en": ("Topic, in English", "议题（英文）"),
        "tier": ("Published tier: both, impact_only or neither", "公布的层级"),
        "tier_rank": ("Order within the tier as listed", "层级内的排列顺序"),
        "x_derived": (
            "Derived matrix position (financial materiality), 0-10; not published",
            "推导的矩阵横坐标（非公布）",
        ),
        "y_derived": (
            "Derived matrix position (impact materiality), 0-10; not published",
            "推导的矩阵纵坐标（非公布）",
        ),
        "indicator_topics": ("Indicator topics that answer the topic (';'-separated)", "回应该议题的指标主题"),
    },
    "risks": {
        "risk_id": ("Risk id", "风险编号"),
        "risk_zh": ("Risk, in Chinese", "风险（中文）"),
        "risk_en": ("Risk, in English", "风险（英文）"),
        "category": ("environmental, social or governance", "环境、社会或治理"),
        "category_basis_zh": ("How the category was assigned, in Chinese", "类别归属依据（中文）"),
        "category_basis_en": ("How the category was assigned, in English", "类别归属依据（英文）"),
        "impacts_zh": ("Impacts, in Chinese", "影响（中文）"),
        "impacts_en": ("Impacts, in English", "影响（英文）"),
    },
    "climate_risks": {
        "item_id": ("Item id", "条目编号"),
        "kind": ("physical_acute, physical_chronic, transition or opportunity", "急性物理、慢性物理、转型风险或机遇"),
        "horizons": ("Time horizons (short;medium;long)", "时间范围（短期、中期、长期）"),
    },
    "targets": {
        "target_id": ("Target id", "目标编号"),
        "area_zh": ("Target area, in Chinese", "目标领域（中文）"),
        "area_en": ("Target area, in English", "目标领域（英文）"),
        "target_2025_zh": ("The 2025 target as printed, in Chinese", "2025 年目标（中文，按所印）"),
        "target_2025_en": ("The 2025 target, in English", "2025 年目标（英文）"),
        "progress_2024_zh": ("2024 progress as printed, in Chinese", "2024 年进展（中文，按所印）"),
        "progress_2024_en": ("2024 progress, in English", "2024 年进展（英文）"),
        "indicator_id": ("The indicator measuring the target, if any", "衡量该目标的指标（如有）"),
        "target_value": ("Target as a number, in target_unit", "目标数值（以 target_unit 计）"),
        "target_unit": ("Unit of target_value and progress_value", "目标与进展数值的单位"),
        "progress_value": ("2024 progress as a number, in target_unit", "2024 年进展数值"),
    },
    "frameworks": {
        "group_zh": ("Standard or dimension, in Chinese", "标准或维度（中文）"),
        "group_en": ("Standard or dimension, in English", "标准或维度（英文）"),
        "disclosure_zh": ("Disclosure, in Chinese", "披露项（中文）"),
        "disclosure_en": ("Disclosure, in English", "披露项（英文）"),
        "location_zh": ("Where the report answers it (its index's page, '/' not reported)", "报告索引所列页码"),
        "location_en": ("Where the report answers it, in English", "报告回应位置（英文）"),
        "gri_refs": (
            "Derived codes: the GRI disclosures the topic or metric is matched to (';'-separated)",
            "推导的编号：该议题或指标所对应的 GRI 披露项",
        ),
        "indicator_refs": (
            "Derived codes: indicators named as answering it directly (';'-separated)",
            "推导的编号：直接回应该项的指标",
        ),
    },
    "framework_indicators": {
        "view": ("Dashboard view that shows the indicator", "展示该指标的看板页面"),
    },
    "quality": {
        "check_id": ("Check id (rule or prose repeat)", "核对编号"),
        "kind": ("sum, ratio, equal or prose", "合计、比率、相等或正文复述"),
        "year": ("Year checked", "核对年份"),
        "figures": ("The figures involved as printed, with units as printed", "涉及的所印数字及所印单位"),
        "figures_en": ("The figures involved, with English units", "涉及的数字（英文单位）"),
        "expected": (
            "Sum of parts, ratio, or the prose figure in the table's unit",
            "分项合计、比率或换算后的正文数字",
        ),
        "printed": ("The printed total", "所印合计"),
        "difference": ("printed - expected", "所印值减期望值"),
        "tolerance": ("Allowed difference, in the total's unit", "允许差异（合计的单位）"),
        "status": ("ok, rounding, discrepancy or not_checkable", "一致、舍入差异、不一致或无法核对"),
        "location_zh": ("Where in the report the figures are printed, in Chinese", "所涉数字在报告中的位置（中文）"),
        "location_en": ("Where in the report the figures are printed, in English", "所涉数字在报告中的位置（英文）"),
    },
    "directions": {
        "higher_is_better": ("true: a rise is good; false: a fall is good", "true：上升为好；false：下降为好"),
    },
    "units": {
        "dimension": ("Dimension (mass, energy, money, ...)", "量纲"),
        "factor": ("Factor to the dimension's base unit", "换算到基本单位的系数"),
    },
}
