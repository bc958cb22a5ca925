"""Strings of the editions view, the restatement marks on charts and tables, and the broken-snapshot messages."""

STRINGS = {
    "editions.title": {"zh": "版本与重述", "en": "Editions and restatements"},
    "editions.intro": {
        "zh": "每年的报告是一个数据版本。以前年份的数据如有更正（重述，GRI 2-4），新版本会同时保留原披露值、重述值和原因。",
        "en": "Each year's report is one edition of the data. When a figure of an earlier year is corrected "
        "(a restatement, GRI 2-4), the new edition keeps the value first published, the restated value and the reason.",
    },
    "editions.heading.list": {"zh": "数据版本", "en": "Editions"},
    "editions.col.edition": {"zh": "版本", "en": "Edition"},
    "editions.col.status": {"zh": "状态", "en": "Status"},
    "editions.col.origin": {"zh": "来源", "en": "Origin"},
    "editions.status.ok": {"zh": "可用", "en": "Usable"},
    "editions.status.broken": {"zh": "无法使用：{problems}", "en": "Unusable: {problems}"},
    "editions.origin.build": {"zh": "由整理后的源数据构建", "en": "Built from the curated sources"},
    "editions.origin.import": {
        "zh": "在 {base} 版本基础上导入 {file}",
        "en": "Imported from {file} on top of edition {base}",
    },
    "editions.chart.coverage": {"zh": "{edition} 版本各年份的数据条数", "en": "Figures by year in edition {edition}"},
    "editions.coverage.restated": {"zh": "其中重述", "en": "of which restated"},
    "editions.coverage.y": {"zh": "条", "en": "figures"},
    "editions.table.restatements": {"zh": "{edition} 版本中的重述", "en": "Restatements in edition {edition}"},
    "editions.notice.no_restatements": {
        "zh": "{edition} 版本没有重述以前年份的数据。",
        "en": "Edition {edition} restates no figure of an earlier year.",
    },
    "editions.control.figure": {"zh": "查看重述指标的趋势", "en": "Show the trend of a restated figure"},
    "editions.control.figure_help": {
        "zh": "该指标各年份的数据，重述的年份标出原披露值。",
        "en": "Every year of the figure, the restated years marked with the value first published.",
    },
    "editions.chart.series": {"zh": "{name}（{unit}）", "en": "{name} ({unit})"},
    # Headers of the import preview (components/importing.py); the editions view uses common.col.*.
    "editions.col.original": {"zh": "原披露值", "en": "Originally published"},
    "editions.col.value": {"zh": "重述值", "en": "Restated value"},
    "editions.col.reason": {"zh": "重述原因", "en": "Reason"},
    "editions.table.package": {"zh": "{edition} 版本的开放数据包", "en": "Edition {edition} as an open data package"},
    "editions.caption.package": {
        "zh": "Frictionless 数据包：datapackage.json（每张表的字段类型、中英文说明、主键与外键、许可与来源）及每张表一个 "
        "UTF-8 CSV，含数据质量核对与框架映射；可由 Python、R、Excel 等工具直接读取。命令行：python -m esg "
        "export-package OUT_DIR。",
        "en": "A Frictionless data package: datapackage.json (each table's field types, descriptions in English and "
        "Chinese, keys, licence and source) and one UTF-8 CSV per table, the quality checks and the framework mapping "
        "included; tools such as Python, R or Excel read it as it is. From a script: python -m esg export-package "
        "OUT_DIR.",
    },
    "editions.col.resource": {"zh": "资源", "en": "Resource"},
    "editions.col.rows": {"zh": "行数", "en": "Rows"},
    "editions.col.about": {"zh": "内容", "en": "Contents"},
    # Restatement marks, used on every chart and table that shows a restated figure.
    "editions.mark.restated": {"zh": "重述值", "en": "Restated"},
    "editions.mark.original": {"zh": "原披露值", "en": "Originally published"},
    "editions.mark.hover": {
        "zh": "{year}：重述为 {restated}<br>原披露 {original}<br>原因：{reason}",
        "en": "{year}: restated to {restated}<br>originally {original}<br>Reason: {reason}",
    },
    "editions.mark.note": {
        "zh": "↺ {name}，{year} 年：原披露 {original}，重述为 {restated}。原因：{reason}",
        "en": "↺ {name}, {year}: originally {original}, restated to {restated}. Reason: {reason}",
    },
    "editions.mark.column": {"zh": "重述", "en": "Restated"},
    "editions.mark.cell": {"zh": "↺ 原披露 {original}：{reason}", "en": "↺ originally {original}: {reason}"},
    # A broken snapshot at start-up.
    "editions.broken": {
        "zh": "报告版本 {edition} 的数据无法使用：{problems}。该版本已从版本列表中移除，当前显示 {fallback} 版本。"
        "详细信息已写入服务器日志。",
        "en": "The data of edition {edition} cannot be used: {problems}. It is left out of the edition list; "
        "showing edition {fallback}. Details are in the server log.",
    },
    "editions.broken_all": {
        "zh": "没有可用的数据版本（{problems}）。请联系 ESG 团队。详细信息已写入服务器日志。",
        "en": "No edition of the data can be used ({problems}). Please contact the ESG team. Details are in the "
        "server log.",
    },
    "editions.no_editions": {"zh": "没有任何数据版本", "en": "there is no edition at all"},
    "editions.problem.missing": {"zh": "{file} 缺失", "en": "{file} is missing"},
    "editions.problem.manifest": {
        "zh": "清单 {file} 无法读取或不属于该版本",
        "en": "its manifest {file} cannot be read or belongs to another edition",
    },
    "editions.problem.checksum": {
        "zh": "{file} 与清单中的校验和不一致（文件被改动或损坏）",
        "en": "{file} does not match the checksum in the manifest (changed or damaged)",
    },
    "editions.problem.corrupt": {"zh": "{file} 已损坏，无法读取", "en": "{file} is corrupt and cannot be read"},
    "editions.problem.schema": {
        "zh": "{file} 的列或类型与数据约定不符",
        "en": "{file} does not have the columns and types of the data contract",
    },
}
