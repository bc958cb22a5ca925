"""Strings of the navigation menu."""

STRINGS = {
    "nav.section.overview": {"zh": "概览", "en": "Overview"},
    "nav.section.environment": {"zh": "环境", "en": "Environment"},
    "nav.section.social_governance": {"zh": "社会与治理", "en": "Social and governance"},
    "nav.section.data": {"zh": "数据", "en": "Data"},
}
