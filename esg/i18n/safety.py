"""Strings of the safety view."""

STRINGS = {
    "safety.caption.fatalities": {
        "zh": "**工亡人数：报告未披露**。报告设定“工亡事故为零、重伤事故为零、轻伤事故为零、重大火灾爆炸事故为零”的安全"
        "生产目标，但未印工亡人数。",
        "en": "**Work fatalities: not disclosed.** The report sets the targets of zero work fatalities, zero serious "
        "and minor injuries and zero major fire or explosion accidents, and prints no fatality count.",
    },
    "safety.title": {"zh": "安全与健康", "en": "Safety and health"},
    "safety.intro": {
        "zh": "员工与承包商的工伤事故率、安全事件、安全生产投入、安全培训与取证，以及职业健康安全管理体系认证。",
        "en": "Injury rates of employees and contractors, safety incidents, safety investment, safety training and "
        "certification, and occupational health and safety management certification.",
    },
    "safety.kpis": {"zh": "安全绩效（{year} 年）", "en": "Safety performance ({year})"},
    "safety.kpi.ltir_employees": {"zh": "员工 LTIR", "en": "LTIR, employees"},
    "safety.kpi.trifr_employees": {"zh": "员工 TRIFR", "en": "TRIFR, employees"},
    "safety.kpi.trifr_contractors": {"zh": "承包商 TRIFR", "en": "TRIFR, contractors"},
    "safety.kpi.lti_count_employees": {"zh": "损失工时事件", "en": "Lost-time injuries"},
    "safety.kpi.work_injury_events_employees": {"zh": "工伤事件数", "en": "Work-injury events"},
    "safety.kpi.lost_time_hours_employees": {"zh": "损失工时", "en": "Hours lost"},
    "safety.kpi.process_safety_events": {"zh": "工艺安全事件", "en": "Process safety events"},
    "safety.kpi.safety_investment_total": {"zh": "安全生产投入", "en": "Safety investment"},
    "safety.kpi.iso45001_certified_units": {
        "zh": "通过 ISO 45001 认证的矿山和冶炼企业",
        "en": "Mines and smelters certified to ISO 45001",
    },
    "safety.kpi.iso45001_production_unit_rate": {
        "zh": "生产单位职业健康安全认证通过率",
        "en": "Production units with OHS certification",
    },
    "safety.kpi.iso45001_revenue_share": {
        "zh": "已认证子公司收入占比",
        "en": "Revenue share of certified subsidiaries",
    },
    "safety.kpi.occupational_health_check_rate": {
        "zh": "职业健康岗中体检率",
        "en": "In-service occupational health checks",
    },
    # sections
    "safety.tab.incidents": {"zh": "工伤与安全事件", "en": "Injuries and incidents"},
    "safety.tab.investment": {"zh": "安全生产投入", "en": "Safety investment"},
    "safety.tab.training": {"zh": "安全培训与取证", "en": "Training and certificates"},
    "safety.tab.management": {"zh": "职业健康安全管理", "en": "Health and safety management"},
    "safety.section.incidents": {"zh": "工伤事故率与安全事件", "en": "Injury rates and incidents"},
    "safety.section.investment": {"zh": "安全生产投入", "en": "Safety investment"},
    "safety.section.training": {"zh": "安全培训与取证", "en": "Safety training and certification"},
    "safety.section.management": {
        "zh": "职业健康安全管理体系（{year} 年）",
        "en": "Occupational health and safety management ({year})",
    },
    "safety.caption.scope": {
        "zh": "报告脚注 4–7：损失工时事件数、损失工时数、工伤事件数与百万工时损失工时事件率（LTIR）均未包含承包商；"
        "承包商仅披露可记录总工伤频率（TRIFR）。报告未印单位（“/”），LTIR 按每百万工时计算。",
        "en": "Report footnotes 4-7: lost-time injuries, hours lost, work-injury events and the lost-time injury rate "
        "(LTIR) exclude contractors; for contractors the report gives only the total recordable injury frequency rate "
        "(TRIFR). The rates are printed without a unit ('/'); LTIR is per million hours worked.",
    },
    "safety.table.footnotes": {"zh": "报告脚注与说明", "en": "Report footnotes and notes"},
    "safety.notice.management": {
        "zh": "报告未披露 {year} 年的这些数据（仅披露 2024 年）。",
        "en": "The report gives no figures here for {year} (they are printed for 2024 only).",
    },
    # charts
    "safety.chart.rates": {
        "zh": "工伤事故率（每百万工时）",
        "en": "Injury rates (per million hours worked)",
    },
    "safety.chart.incidents": {"zh": "安全事件（件）", "en": "Safety incidents (events)"},
    "safety.chart.lost_hours": {"zh": "员工损失工时数（小时）", "en": "Working hours lost, employees (hours)"},
    "safety.chart.investment": {"zh": "安全生产投入（万元）", "en": "Safety investment by item (RMB million)"},
    "safety.chart.training": {"zh": "安全生产培训场次（场）", "en": "Safety training sessions (sessions)"},
    "safety.chart.training_hours": {
        "zh": "人均安全生产培训时长（小时）",
        "en": "Safety training hours per person (hours)",
    },
    "safety.chart.certificates": {
        "zh": "新增取得证书（人次）",
        "en": "New safety certificates (person-times)",
    },
    "safety.axis.rate": {"zh": "每百万工时", "en": "Per million hours"},
    "safety.axis.events": {"zh": "件", "en": "Events"},
    "safety.axis.sessions": {"zh": "场", "en": "Sessions"},
    "safety.col.rate": {"zh": "事故率（每百万工时）", "en": "Rate (per million hours)"},
    "safety.col.events": {"zh": "事件数（件）", "en": "Events"},
    "safety.col.hours": {"zh": "损失工时（小时）", "en": "Hours lost"},
    "safety.col.investment": {"zh": "投入（万元）", "en": "Investment (RMB million)"},
    "safety.col.sessions": {"zh": "场次（场）", "en": "Sessions"},
    "safety.col.hours_per_person": {"zh": "人均时长（小时）", "en": "Hours per person"},
    "safety.col.certificates": {"zh": "新增取证（人次）", "en": "New certificates (person-times)"},
    "safety.quality.sum": {
        "zh": "{year} 年八个投入项目合计 {expected}，报告所印总额为 {printed}（相差属舍入）；图中同时显示各项目与所印总额。",
        "en": "In {year} the eight items add to {expected} while the report prints a total of {printed} (a rounding "
        "difference); the chart shows the items and the printed total.",
    },
    "safety.quality.equal": {
        "zh": "正文与表格数字不同：{year} 年正文称劳动防护用品投入 {printed}，表格印为 {expected}；图中采用表格数值。",
        "en": "Text and table differ: in {year} the text gives {printed} for personal protective equipment, the "
        "table {expected}; the chart uses the table.",
    },
    # series
    "safety.series.ltir_employees": {"zh": "员工 LTIR", "en": "LTIR, employees"},
    "safety.series.trifr_employees": {"zh": "员工 TRIFR", "en": "TRIFR, employees"},
    "safety.series.trifr_contractors": {"zh": "承包商 TRIFR", "en": "TRIFR, contractors"},
    "safety.series.lti_count_employees": {"zh": "损失工时事件", "en": "Lost-time injuries"},
    "safety.series.work_injury_events_employees": {"zh": "工伤事件", "en": "Work-injury events"},
    "safety.series.lost_time_hours_employees": {"zh": "损失工时数", "en": "Working hours lost"},
    "safety.series.safety_investment_hazard_rectification": {"zh": "隐患整改治理", "en": "Hazard rectification"},
    "safety.series.safety_investment_facilities": {"zh": "安全设施完善", "en": "Safety facilities"},
    "safety.series.safety_investment_ppe": {"zh": "安全防护用品", "en": "Protective equipment"},
    "safety.series.safety_investment_equipment_testing": {"zh": "安全设备检测", "en": "Equipment testing"},
    "safety.series.safety_investment_assessment": {"zh": "安全评价咨询", "en": "Assessment and consulting"},
    "safety.series.safety_investment_emergency": {"zh": "应急管理", "en": "Emergency management"},
    "safety.series.safety_investment_training": {"zh": "安全生产培训", "en": "Safety training"},
    "safety.series.safety_investment_other": {"zh": "其他支出", "en": "Other"},
    "safety.series.safety_investment_total": {"zh": "总额（报告所印）", "en": "Total (as printed)"},
    "safety.series.safety_managers_new_certificates": {"zh": "安全管理人员", "en": "Safety managers"},
    "safety.series.special_operations_new_certificates": {
        "zh": "特种作业人员",
        "en": "Special-operations workers",
    },
    "safety.series.special_equipment_operators_new_certificates": {
        "zh": "特种设备操作人员",
        "en": "Special-equipment operators",
    },
    "safety.slide.safety": {"zh": "安全绩效", "en": "Safety performance"},
    "safety.slide.safety_investment": {"zh": "安全生产投入", "en": "Safety investment"},
}
