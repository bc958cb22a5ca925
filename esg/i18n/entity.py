"""Strings of the entity page: one entity's profile and figures, entities compared, the coverage matrix."""

STRINGS = {
    "entity.title": {"zh": "主体页面", "en": "Entity page"},
    "entity.intro": {
        "zh": "一个分子公司的概况、报告为其披露的全部数据（按议题分组并注明来源表格）以及报告未披露的内容；主体之间的对比；"
        "以及各主体在各议题下的数据条数。",
        "en": "One subsidiary's or branch's profile, every figure the report gives for it (by topic, with the tables "
        "they come from) and what the report does not give; entities compared; and how many figures each entity has "
        "by topic.",
    },
    "entity.tab.entity": {"zh": "概况与数据", "en": "Profile and figures"},
    "entity.tab.compare": {"zh": "主体对比", "en": "Compare entities"},
    "entity.tab.coverage": {"zh": "覆盖矩阵", "en": "Coverage matrix"},
    "entity.control.entity_id": {"zh": "选择主体", "en": "Choose an entity"},
    "entity.control.entity_id_help": {
        "zh": "默认为侧边栏所选主体；报告披露了数据的主体排在前面。",
        "en": "Starts at the entity chosen in the sidebar; the entities the report gives figures for come first.",
    },
    "entity.control.topic": {"zh": "显示的议题", "en": "Topic shown"},
    "entity.control.topic_help": {
        "zh": "只显示该议题下的数据。",
        "en": "Shows only the figures of this topic.",
    },
    "entity.control.compared": {"zh": "对比的主体", "en": "Entities compared"},
    "entity.control.compared_help": {
        "zh": "不选择时对比报告披露了数据的全部主体。",
        "en": "With none chosen, every entity the report gives figures for is compared.",
    },
    "entity.control.compared_placeholder": {"zh": "全部有数据的主体", "en": "All entities with figures"},
    "entity.figures": {"zh": "报告披露的数据", "en": "Figures in the report"},
    "entity.notice.no_figures": {
        "zh": "报告没有针对{name}单独披露任何数据：各页面显示的均为集团口径的数据。",
        "en": "The report gives no figures of its own for {name}: every view shows the group's figures for it.",
    },
    "entity.notice.not_given": {
        "zh": "报告为{name}单独披露了 {count} 项数据，涉及：{topics}。报告未单独披露{name}以下议题的数据：{others}"
        "（相关页面显示集团口径）。",
        "en": "The report gives {count} figures of {name}'s own, on: {topics}. It gives none of {name}'s own on: "
        "{others} (those views show the group's figures).",
    },
    "entity.compare": {"zh": "主体对比", "en": "Entities compared"},
    "entity.col.group": {"zh": "集团（报告所印）", "en": "Group (as printed)"},
    "entity.caption.compare": {
        "zh": "仅列出至少两个所选主体都有的数据，各自按报告所印单位显示；空白表示该主体没有这一数据；集团列仅在报告印有集团数值时填写。",
        "en": "Only the figures at least two of the entities share, each in the unit the report prints it in; blank: "
        "the entity has no such figure; the group column is filled only where the report prints a group figure.",
    },
    "entity.notice.nothing_shared": {
        "zh": "所选主体没有共同的数据可供对比。",
        "en": "The entities chosen share no figure to compare.",
    },
    "entity.coverage": {"zh": "主体 × 议题", "en": "Entity × topic"},
    "entity.caption.coverage": {
        "zh": "每个数字为报告为该主体在该议题下单独披露的数据条数，点击进入该主体页面的这一议题；空白表示没有。",
        "en": "Each number counts the figures the report gives of the entity's own on the topic; click it to open the "
        "entity's page at that topic; blank: none.",
    },
    "entity.caption.without": {
        "zh": "其余 {count} 个主体报告没有单独披露数据：{names}。",
        "en": "The report gives no figures of their own for the other {count} entities: {names}.",
    },
    "entity.caption.links": {
        "zh": "主体页面（报告披露了其数据的主体）：",
        "en": "Entity pages (entities with figures):",
    },
    "entity.caption.other_links": {
        "zh": "报告未单独披露数据的主体：{links}",
        "en": "Entities without figures of their own: {links}",
    },
}
