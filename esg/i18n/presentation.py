"""Strings of the investor-relations features: presentation mode, the slides, the PowerPoint deck and its workbook."""

STRINGS = {
    # Presentation mode
    "present.toggle": {"zh": "演示模式", "en": "Presentation mode"},
    "present.toggle_help": {
        "zh": "隐藏侧栏，放大字体，逐页展示精选图表（适合会议共享屏幕）。链接中的 present=1 与 slide=页码可直接打开某一页。",
        "en": "Hides the sidebar, enlarges type and steps through a curated sequence of charts for a shared screen. "
        "A link with present=1 and slide=N opens that slide.",
    },
    "present.previous": {"zh": "上一页", "en": "Previous"},
    "present.next": {"zh": "下一页", "en": "Next"},
    "present.exit": {"zh": "退出演示", "en": "Exit presentation"},
    "present.counter": {"zh": "第 {n} / {total} 页", "en": "Slide {n} of {total}"},
    "present.keys": {
        "zh": "键盘：→ 下一页，← 上一页，Esc 退出；也可用 Tab 选中按钮后按 Enter。",
        "en": "Keyboard: → next, ← previous, Esc exits; or Tab to a button and press Enter.",
    },
    "present.key_figures": {"zh": "关键数据", "en": "Key figures"},
    "present.presenter": {"zh": "演讲备注", "en": "Presenter notes"},
    "present.talking_points": {"zh": "要点", "en": "Talking points"},
    "present.scope_note": {
        "zh": "本页不适用的筛选：{filters}（本页为集团口径）",
        "en": "Filters this slide cannot apply: {filters} (group-level figures)",
    },
    # Talking points (components/talking_points.py)
    "present.tp.rose": {
        "zh": "{label}较 {year} 年上升至 {value}（{change}）。",
        "en": "{label} rose to {value} ({change} vs {year}).",
    },
    "present.tp.fell": {
        "zh": "{label}较 {year} 年下降至 {value}（{change}）。",
        "en": "{label} fell to {value} ({change} vs {year}).",
    },
    "present.tp.flat": {
        "zh": "{label}与 {year} 年持平，为 {value}。",
        "en": "{label} was unchanged on {year} at {value}.",
    },
    "present.tp.level": {"zh": "{label}：{value}", "en": "{label}: {value}"},
    "present.tp.levels": {"zh": "{items}。", "en": "{items}."},
    "present.tp.separator": {"zh": "；", "en": "; "},
    "present.tp.stop": {"zh": "。", "en": "."},
    "present.tp.source": {"zh": "{source}。", "en": "{source}."},
    # Slide headlines
    # Key figures of slides without KPI rows
    "present.kf.risks": {"zh": "{n} 项风险", "en": "{n} risks"},
    "present.kf.risk": {"zh": "{n} 项风险", "en": "{n} risk"},
    "present.kf.topics": {"zh": "{n} 项议题", "en": "{n} topics"},
    "present.kf.topic": {"zh": "{n} 项议题", "en": "{n} topic"},
    "present.kf.risks_total": {"zh": "新兴风险（合计）", "en": "Emerging risks, total"},
    "present.kf.items": {"zh": "{n} 项", "en": "{n} items"},
    "present.kf.item": {"zh": "{n} 项", "en": "{n} item"},
    "present.kpis_source": {
        "zh": "各指标所在报告表格见演示文稿备注与数据表",
        "en": "The report table of each figure is listed in the speaker notes and the workbook",
    },
    # Deck and workbook export
    "deck.export": {"zh": "导出演示文稿", "en": "Export deck"},
    "deck.export_help": {
        "zh": "PowerPoint 演示文稿（16:9）及其数据（Excel），语言与筛选条件与当前看板一致。",
        "en": "A PowerPoint deck (16:9) and its figures (Excel), in the dashboard's current language and filters.",
    },
    "deck.dialog_title": {"zh": "导出投资者演示文稿", "en": "Export the investor deck"},
    "deck.pick": {"zh": "图表（按顺序）", "en": "Charts (in order)"},
    "deck.pick_help": {
        "zh": "默认为演示模式的精选序列；可删减、增加或调整顺序。",
        "en": "The presentation sequence by default; remove, add or reorder charts.",
    },
    "deck.language": {"zh": "语言：{language}", "en": "Language: {language}"},
    "deck.build": {"zh": "生成 PowerPoint", "en": "Make the PowerPoint deck"},
    "deck.building": {"zh": "正在生成演示文稿……", "en": "Making the deck…"},
    "deck.rendering": {"zh": "正在绘制图表 {n}/{total}：{title}", "en": "Drawing chart {n} of {total}: {title}"},
    "deck.starting": {"zh": "正在启动图表渲染器……", "en": "Starting the chart renderer…"},
    "deck.assembling": {"zh": "正在组装幻灯片……", "en": "Putting the slides together…"},
    "deck.done": {"zh": "演示文稿已生成（{n} 页）", "en": "Deck ready ({n} slides)"},
    "deck.failed": {
        "zh": "演示文稿生成失败，请稍后重试或联系 ESG 团队。",
        "en": "The deck could not be made; try again or contact the ESG team.",
    },
    "deck.download_pptx": {"zh": "下载 PowerPoint", "en": "Download PowerPoint"},
    "deck.download_pdf": {"zh": "下载讲义 (PDF)", "en": "Download handout (PDF)"},
    "deck.download_xlsx": {"zh": "下载数据 (Excel)", "en": "Download figures (Excel)"},
    "deck.none_picked": {"zh": "请至少选择一张图表。", "en": "Pick at least one chart."},
    "deck.title": {"zh": "ESG 投资者交流材料", "en": "ESG investor presentation"},
    "deck.group_level": {
        "zh": "以下各页的数据报告仅披露集团口径，未列入本演示文稿：{slides}",
        "en": "Not in this deck (the report gives these figures for the group only): {slides}",
    },
    "deck.all_group_level": {
        "zh": "报告未披露该主体在以下各页的数据，各页均为集团口径：{slides}",
        "en": "The report gives no figures of this entity on these slides; all of them are group-level: {slides}",
    },
    "deck.filter_year": {"zh": "年份 {year}", "en": "Year {year}"},
    "deck.closing_title": {"zh": "免责声明与数据来源", "en": "Disclaimer and data source"},
    "deck.disclaimer_heading": {"zh": "免责声明（摘自报告）", "en": "Disclaimer (the report's, translated)"},
    # The zh text is the report's own wording (its "免责声明", p. 2); the en text is our translation of it.
    "deck.disclaimer": {
        "zh": "本报告包括前瞻性陈述，指除历史事实陈述外，公司预计或期待未来可能或即将发生的业务活动、事件或发展动态的陈述。"
        "受诸多可变因素影响，未来的实际结果或发展趋势可能会与这些前瞻性陈述出现重大差异，除非监管机构另有要求，"
        "公司并无义务或责任对前瞻性陈述进行更新。本报告以多种语言编制并发布，如果多版本的内容有分歧，以中文为准。",
        "en": "The report contains forward-looking statements, that is, statements other than statements of historical "
        "fact about business activities, events or developments the company expects or anticipates may or will occur "
        "in the future. Owing to many variable factors, actual future results or trends may differ materially from "
        "these forward-looking statements. Unless a regulator requires otherwise, the company has no obligation or "
        "responsibility to update them. The report is prepared and published in several languages; where versions "
        "differ, the Chinese text prevails.",
    },
    "deck.data_source_heading": {"zh": "数据来源", "en": "Data source"},
    "deck.data_source": {
        "zh": "西部矿业股份有限公司《2024 年环境、社会及公司治理报告》所印数值；每页注明所依据的报告表格。"
        "本演示文稿由 ESG 数据看板生成，图表数据可在 PowerPoint 中编辑查看。",
        "en": "Figures as printed in Western Mining Co., Ltd.'s 2024 Environmental, Social and Governance Report; each "
        "slide names the report table it comes from. Made by the ESG dashboard; the charts' figures can be opened "
        "in PowerPoint (Edit Data).",
    },
    "deck.title_note": {
        "zh": "所有数字均为报告所印数值；每页注明来源表格。",
        "en": "Every figure is the figure the report prints; each slide names its source table.",
    },
    "deck.footer": {"zh": "西部矿业 · 2024 年 ESG 报告", "en": "Western Mining · 2024 ESG Report"},
    "deck.picture_alt": {"zh": "图表：{title}", "en": "Chart: {title}"},
    "deck.sheet.chart": {"zh": "图表", "en": "Chart"},
    "deck.sheet.source": {"zh": "来源", "en": "Source"},
    "deck.sheet.filters": {"zh": "筛选", "en": "Filters"},
    "deck.sheet.notes": {"zh": "说明", "en": "Notes"},
    "deck.unit_per_row": {"zh": "见各行“单位”列", "en": "See the unit column of each row"},
    "deck.unit_none": {"zh": "无（定性排序）", "en": "None (qualitative ranking)"},
}
