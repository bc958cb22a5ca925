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
    "present.scope_note": {
        "zh": "本页不适用的筛选：{filters}（本页为集团口径）",
        "en": "Filters this slide cannot apply: {filters} (group-level figures)",
    },
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
    "deck.download_xlsx": {"zh": "下载数据 (Excel)", "en": "Download figures (Excel)"},
    "deck.none_picked": {"zh": "请至少选择一张图表。", "en": "Pick at least one chart."},
    "deck.title": {"zh": "ESG 投资者交流材料", "en": "ESG investor presentation"},
    "deck.filters": {
        "zh": "年份 {year} · {entity} · {segment} · {pillar}",
        "en": "{year} · {entity} · {segment} · {pillar}",
    },
    "deck.all_segments": {"zh": "全部业务板块", "en": "All segments"},
    "deck.all_pillars": {"zh": "全部维度", "en": "All pillars"},
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
