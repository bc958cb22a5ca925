"""Strings of the Update data view (admin only): sign-in, template, upload, validation, preview, confirmation."""

STRINGS = {
    "update_data.title": {"zh": "更新数据", "en": "Update data"},
    "update_data.intro": {
        "zh": "导入新一年的数据或更正以前年份的数据（重述）。文件先被完整检查并预览变更，确认后才会写入新版本；"
        "已有版本不会被修改。",
        "en": "Import next year's figures or correct earlier ones (restatements). The file is checked completely "
        "and the changes previewed; only after you confirm is the new edition written. Existing editions are never "
        "modified.",
    },
    "update_data.not_configured": {
        "zh": "未配置管理员口令，此页面不可用。",
        "en": "No admin secret is configured; this page is not available.",
    },
    "update_data.secret": {"zh": "管理员口令", "en": "Admin secret"},
    "update_data.sign_in": {"zh": "登录", "en": "Sign in"},
    "update_data.wrong_secret": {
        "zh": "口令不正确。多次失败后每次尝试都需要等待更久。",
        "en": "Wrong secret. After repeated failures each try takes longer.",
    },
    "update_data.sign_out": {"zh": "退出", "en": "Sign out"},
    "update_data.step.template": {"zh": "1. 下载模板", "en": "1. Download the template"},
    "update_data.template_help": {
        "zh": "模板包含 {edition} 版本的全部数据。新增一年：复制行并修改 year 与 value；更正以前年份：修改 value 并填写 "
        "reason。不要使用公式。",
        "en": "The template holds every figure of edition {edition}. A new year: copy rows, change year and value. "
        "A correction of an earlier year: change value and give the reason. No formulas.",
    },
    "update_data.template_xlsx": {"zh": "下载模板（Excel）", "en": "Download template (Excel)"},
    "update_data.template_csv": {"zh": "下载模板（CSV）", "en": "Download template (CSV)"},
    "update_data.step.upload": {"zh": "2. 上传并检查", "en": "2. Upload and check"},
    "update_data.edition": {"zh": "新版本（报告年份）", "en": "New edition (report year)"},
    "update_data.upload": {
        "zh": "数据文件（.xlsx，或 UTF-8 / GB18030 编码的 .csv；最大 5 MB）",
        "en": "Data file (.xlsx, or .csv in UTF-8 or GB18030; at most 5 MB)",
    },
    "update_data.invalid": {
        "zh": "文件未通过检查，没有写入任何数据。发现 {count} 个问题：",
        "en": "The file did not pass the checks; nothing was written. {count} problem(s):",
    },
    "update_data.blocked": {
        "zh": "现在无法导入，没有写入任何数据：{reason}",
        "en": "The import cannot run now; nothing was written: {reason}",
    },
    "update_data.col.file": {"zh": "文件", "en": "File"},
    "update_data.col.line": {"zh": "行", "en": "Row"},
    "update_data.col.column": {"zh": "列", "en": "Column"},
    "update_data.col.expected": {"zh": "应为", "en": "Expected"},
    "update_data.col.found": {"zh": "实际内容", "en": "Found"},
    "update_data.to_confirm": {
        "zh": "{count} 个新数值需要确认：与核对规则不符，或与上一年相比变化异常。请逐条核对后再导入。",
        "en": "{count} new figure(s) need confirming: they break a reconciliation rule or jump from the year before."
        " Check each before importing.",
    },
    "update_data.valid": {
        "zh": "文件通过检查（{rows} 行，与 {base} 版本比较）。以下为导入后的变更：",
        "en": "The file passed the checks ({rows} rows, compared with edition {base}). What the import would change:",
    },
    "update_data.metric.added": {"zh": "新增", "en": "Added"},
    "update_data.metric.restated": {"zh": "重述", "en": "Restated"},
    "update_data.metric.unchanged": {"zh": "未变", "en": "Unchanged"},
    "update_data.metric.removed": {"zh": "删除", "en": "Removed"},
    "update_data.preview.restated": {"zh": "重述的数据", "en": "Restated figures"},
    "update_data.preview.added": {"zh": "新增的数据", "en": "Added figures"},
    "update_data.preview.removed": {"zh": "将不再出现在新版本中的数据", "en": "Figures the new edition will not have"},
    "update_data.carry_forward": {
        "zh": "保留文件中没有的上一版本数值（仅含新年度的文件）",
        "en": "Keep the previous edition's figures the file does not give (a file of the new year only)",
    },
    "update_data.carry_forward_help": {
        "zh": "不勾选时，文件即完整的新版本：缺少超过 20 个数值的文件会被拒绝。",
        "en": "Unticked, the file is the whole new edition: a file leaving out more than 20 figures is refused.",
    },
    "update_data.withdraw": {"zh": "撤回一个版本", "en": "Withdraw an edition"},
    "update_data.withdraw_button": {"zh": "撤回（保留在磁盘上）", "en": "Withdraw (kept on disk)"},
    "update_data.withdrawn": {
        "zh": "版本 {edition} 已撤回：数据保留在磁盘上，看板不再显示，撤回已记录。",
        "en": "Edition {edition} withdrawn: kept on disk, no longer shown, the withdrawal recorded.",
    },
    "update_data.step.confirm": {"zh": "3. 确认导入", "en": "3. Confirm"},
    "update_data.confirm": {
        "zh": "我已核对以上变更，确认导入为 {edition} 版本",
        "en": "I have checked the changes above and want them as edition {edition}",
    },
    "update_data.import": {"zh": "导入", "en": "Import"},
    "update_data.done": {
        "zh": "已写入 {edition} 版本：新增 {added}，重述 {restated}，未变 {unchanged}，删除 {removed}。",
        "en": "Edition {edition} written: {added} added, {restated} restated, {unchanged} unchanged, {removed} removed.",
    },
}
