"""The views of the app, in menu order and by section: file, title key and icon."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from esg.i18n import t


@dataclass(frozen=True)
class View:
    """One page of the app."""

    file: str
    title_key: str
    icon: str

    @property
    def name(self) -> str:
        """The view's name (its file stem), also its URL path."""
        return self.file.removeprefix("pages/").removesuffix(".py")


SECTIONS: dict[str, list[View]] = {
    "nav.section.overview": [
        View("pages/overview.py", "overview.title", ":material/dashboard:"),
        View("pages/materiality.py", "materiality.title", ":material/scatter_plot:"),
        View("pages/risks.py", "risks.title", ":material/grid_on:"),
    ],
    "nav.section.environment": [
        View("pages/emissions.py", "emissions.title", ":material/co2:"),
        View("pages/environment.py", "environment.title", ":material/eco:"),
        View("pages/reserves.py", "reserves.title", ":material/landscape:"),
    ],
    "nav.section.social_governance": [
        View("pages/safety.py", "safety.title", ":material/health_and_safety:"),
        View("pages/workforce.py", "workforce.title", ":material/groups:"),
        View("pages/governance.py", "governance.title", ":material/account_balance:"),
    ],
    "nav.section.data": [
        View("pages/subsidiaries.py", "subsidiaries.title", ":material/factory:"),
        View("pages/entity.py", "entity.title", ":material/apartment:"),
        View("pages/frameworks.py", "frameworks.title", ":material/fact_check:"),
        View("pages/explorer.py", "explorer.title", ":material/table_view:"),
        View("pages/editions.py", "editions.title", ":material/history:"),
    ],
}
# Only when an admin secret is configured (``admin_secret`` in .streamlit/secrets.toml); never in all_views().
UPDATE_DATA = View("pages/update_data.py", "update_data.title", ":material/upload_file:")


def all_views() -> list[View]:
    """Every view in menu order."""
    return [view for views in SECTIONS.values() for view in views]


def sections(admin: bool) -> dict[str, list[View]]:
    """The menu: every view by section, plus Update data at the end of the data section for an admin setup."""
    if not admin:
        return SECTIONS
    return {key: [*views, UPDATE_DATA] if key == "nav.section.data" else views for key, views in SECTIONS.items()}


def menu(lang: str, admin: bool) -> dict[str, list[st.Page]]:
    """The ``st.navigation`` menu in ``lang``: pages by section title. Made once per session, language and admin
    setting: making the 14 pages resolves every file, 1.2 ms a run measured in a script run (2026-12-01), a sixth of
    the 6-8 ms floor the benchmark holds the lightest views to."""
    key = f"_menu_{lang}_{admin}"
    if key not in st.session_state:
        st.session_state[key] = {
            t(section, lang): [
                st.Page(
                    view.file, title=t(view.title_key, lang), icon=view.icon, url_path=view.name, default=not (i or j)
                )
                for j, view in enumerate(views)
            ]
            for i, (section, views) in enumerate(sections(admin).items())
        }
    return st.session_state[key]
