"""Streamlit glue shared by dashboard.py and the pages: the store and the image exporter as cached
resources, the sidebar filters kept in the URL query string, chart options.

Only widget code lives here; what the widgets ask for is answered by `diplo.views` and the store.
"""
from __future__ import annotations

import functools
import json
import os
import threading
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from diplo import views
from diplo.charts import TYPE_LABELS
from diplo.export import ImageExporter
from diplo.model import EVENT_TYPES
from diplo.queries import LANGUAGES, Filters

ROOT = Path(__file__).resolve().parents[1]
LANGUAGE_NAMES = {"ar": "Arabic", "en": "English"}
# widget key -> (Filters field, URL key); URL keys come from Filters.to_params
WIDGETS = {
    "f_actors": "actors", "f_match": "actor_match", "f_countries": "countries", "f_types": "types",
    "f_languages": "languages", "f_outlets": "outlets", "f_planned": "include_planned",
}
PAGES = {"overview": "pages/timeline.py", "source": "pages/article.py", "relations": "pages/pairs.py",
         "add": "pages/ingest.py", "export": "pages/downloads.py"}
FILTER_PARAMS = ("actor", "match", "country", "type", "from", "to", "lang", "outlet", "planned", "modality")


def database_path() -> Path:
    """DIPLO_DB if set, else data/diplo.duckdb next to dashboard.py."""
    return Path(os.environ.get("DIPLO_DB") or ROOT / "data" / "diplo.duckdb")


@st.cache_resource(show_spinner="Opening the event store (the first run builds it from seeds/ and data/corpus/)…")
def open_store(path: str):
    """The EventStore, built on first run; one per process, shared by every session (never mutated)."""
    from diplo.firstrun import ensure_database
    from diplo.store import EventStore
    ensure_database(path)
    # the language data takes most of a second to load; the Relations and Add-articles pages need it,
    # so it loads in the background while the user looks at the overview
    threading.Thread(target=_load_language_data, daemon=True).start()
    return EventStore(path)


def _load_language_data() -> None:
    from diplo.lexicon import default_lexicon
    default_lexicon()


def store():
    """The store of this dashboard; a database that cannot be used stops the page with what to do."""
    from diplo.store import StoreError
    try:
        return open_store(str(database_path()))
    except StoreError as exc:
        st.error(f"The event database cannot be opened: {exc}", icon=":material/error:")
        st.stop()


@st.cache_resource(show_spinner=False)
def image_exporter() -> ImageExporter:
    """One long-lived Chromium for every session's image downloads (kaleido's sync server)."""
    return ImageExporter().start()


# a resource, not data: read twice a run (filters, then the sidebar), and a cache_data hit is a pickled
# copy of thousands of actor labels each time; nobody mutates it
@st.cache_resource(show_spinner=False, max_entries=4)
def filter_options(path: str, revision: int) -> dict:
    """Options of the sidebar widgets: actors (with Arabic names), countries, outlets, date bounds."""
    s = open_store(path)
    actors = s.actors()
    labels = {}
    for row in actors.itertuples(index=False):
        arabic = getattr(row, "name_ar", None)
        labels[row.name] = f"{row.name} · {arabic}" if isinstance(arabic, str) and arabic else row.name
    countries = sorted({c for c in actors["country"].dropna() if c})
    outlets = s.outlets()["outlet"].tolist()
    first, last = s.date_bounds()
    return {"actors": labels, "countries": countries, "outlets": outlets,
            "first": _day(first), "last": _day(last)}


def _day(value) -> date | None:
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
        return pd.Timestamp(value).date()
    except (TypeError, ValueError):
        return None


@st.cache_data(show_spinner=False, ttl=5)
def _revision(path: str) -> int:
    return open_store(path).count_events()


def store_revision() -> object:
    """Something that changes when events are added (so cached options refresh). Asked of the database at
    most every 5 s: a run whose data is all cached then never opens the file. The add-articles page clears
    the caches itself; an ingest from the command line shows within 5 s."""
    store()   # a database that cannot be used stops the page here, with what to do
    return _revision(str(database_path()))


# Page data, cached per (database, revision, filters): going back to a view costs nothing, and a new
# ingest (a new revision) is seen at once. Figures are cached as their JSON and rebuilt from it on every
# run: a chart whose JSON differs between two runs (a pickled Figure reorders its layout) gets a new
# widget id in Streamlit, which would drop the click that caused the run.
@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _counts(path: str, revision: int, filters: Filters) -> dict:
    return open_store(path).counts(filters)


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _timeline(path: str, revision: int, filters: Filters, lanes: tuple[str, ...]) -> tuple[str, int]:
    fig, undated = views.timeline(open_store(path), filters, lanes)
    return fig.to_json(), undated


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _entities(path: str, revision: int, filters: Filters, by: str) -> str:
    return views.entities(open_store(path), filters, by).to_json()


@st.cache_data(show_spinner=False, max_entries=32, ttl=3600)
def _network(path: str, revision: int, filters: Filters) -> tuple[str, pd.DataFrame, str]:
    fig, edges, note = views.network(open_store(path), filters)
    return fig.to_json(), edges, note


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _pair(path: str, revision: int, filters: Filters, actor_a: str, actor_b: str, since):
    return views.pair(open_store(path), filters, actor_a, actor_b, since)


@st.cache_data(show_spinner=False, max_entries=64, ttl=3600)
def _pair_since(path: str, revision: int, filters: Filters, actor_a: str, actor_b: str):
    return views.pair_since(open_store(path), actor_a, actor_b, filters)


def figure(spec: str) -> go.Figure:
    """A cached chart back as a Figure, the same JSON on every run."""
    return go.Figure(json.loads(spec), _validate=False)


def pair_since(filters: Filters, actor_a: str, actor_b: str):
    """Where the running count of two actors' contacts starts by default."""
    return _pair_since(str(database_path()), store_revision(), filters, actor_a, actor_b)


def actor_labels() -> dict[str, str]:
    """Every actor's name -> 'Name · الاسم' (for pickers that search both scripts)."""
    return filter_options(str(database_path()), store_revision())["actors"]


def network(filters: Filters) -> tuple:
    """(who-met-whom figure, edge table, note)."""
    spec, edges, note = _network(str(database_path()), store_revision(), filters)
    return figure(spec), edges, note


def pair(filters: Filters, actor_a: str, actor_b: str, since) -> pd.DataFrame:
    """Calls and meetings between two actors with their running count."""
    return _pair(str(database_path()), store_revision(), filters, actor_a, actor_b, since)


def report_figures(filters: Filters, lanes, by: str) -> dict:
    """The charts of the report bundle, from the same caches as the pages."""
    return {"timeline": timeline(filters, lanes)[0], "entities": entities(filters, by),
            "network": network(filters)[0]}


def counts(filters: Filters) -> dict:
    """Headline numbers of the filtered events."""
    return _counts(str(database_path()), store_revision(), filters)


def timeline(filters: Filters, lanes) -> tuple:
    """(timeline figure, number of events placed at their article's date)."""
    spec, undated = _timeline(str(database_path()), store_revision(), filters, tuple(lanes))
    return figure(spec), undated


def entities(filters: Filters, by: str):
    """The entity-frequency figure."""
    return figure(_entities(str(database_path()), store_revision(), filters, by))


def _query_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _load_from_url(options: dict) -> None:
    """On the first run of a session, put the URL's filters into the widgets."""
    if st.session_state.get("_filters_loaded"):
        return
    try:
        filters = Filters.from_params(_query_params())
    except ValueError:
        filters = Filters()
    known_actors = options["actors"]
    st.session_state["f_actors"] = [a for a in filters.actors if a in known_actors]
    st.session_state["f_match"] = filters.actor_match == "all"
    st.session_state["f_countries"] = [c for c in filters.countries if c in options["countries"]]
    st.session_state["f_types"] = list(filters.types)
    st.session_state["f_languages"] = [x for x in filters.languages if x in LANGUAGES]
    st.session_state["f_outlets"] = [o for o in filters.outlets if o in options["outlets"]]
    st.session_state["f_planned"] = filters.include_planned
    st.session_state["f_dates"] = _date_range(filters.date_from, filters.date_to, options)
    st.session_state["_filters_loaded"] = True


def _date_range(start: date | None, end: date | None, options: dict) -> tuple:
    first, last = options["first"], options["last"]
    if first is None or last is None:
        return ()
    start = min(max(start or first, first), last)
    end = max(min(end or last, last), start)
    return (start, end)


def reset_filters() -> None:
    """Back to no filters (a widget callback: runs before the next script run)."""
    for key in (*WIDGETS, "f_dates"):
        st.session_state.pop(key, None)
    st.session_state["_filters_loaded"] = False
    for key in FILTER_PARAMS:
        st.query_params.pop(key, None)


def request_actor(name: str) -> None:
    """Ask for one more actor in the filter; applied before the sidebar is drawn on the next run."""
    st.session_state["_requested_actor"] = name


def _apply_requested_actor(options: dict) -> None:
    name = st.session_state.pop("_requested_actor", None)
    if name and name in options["actors"]:
        current = list(st.session_state.get("f_actors", []))
        if name not in current:
            st.session_state["f_actors"] = current + [name]


def prepare_filters() -> Filters:
    """The filters of this run, from the URL (first run of a session) and the sidebar widgets' state, before
    the page reads them; the sidebar itself is drawn after the page (`sidebar_filters`)."""
    options = filter_options(str(database_path()), store_revision())
    _load_from_url(options)
    _apply_requested_actor(options)
    state = st.session_state
    actors = list(state.get("f_actors") or [])
    date_from = date_to = None
    picked = state.get("f_dates") or ()
    picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
    if options["first"] and options["last"] and picked:
        if picked[0] > options["first"]:
            date_from = picked[0]
        if len(picked) > 1 and picked[1] < options["last"]:
            date_to = picked[1]
    filters = Filters(actors=actors, actor_match="all" if state.get("f_match") and len(actors) > 1 else "any",
                      countries=list(state.get("f_countries") or []), types=list(state.get("f_types") or []),
                      date_from=date_from, date_to=date_to, languages=list(state.get("f_languages") or []),
                      outlets=list(state.get("f_outlets") or []), include_planned=bool(state.get("f_planned", True)))
    _write_to_url(filters)
    st.session_state["filters"] = filters
    return filters


def sidebar_filters() -> None:
    """The global filters in the sidebar. Their values were read by `prepare_filters` at the start of the
    run; the widgets are drawn last so that the page's counts and charts reach the browser first."""
    options = filter_options(str(database_path()), store_revision())
    labels = options["actors"]
    with st.sidebar:
        st.subheader("Filters")
        actors = st.multiselect(
            "Actors", list(labels), key="f_actors", format_func=lambda name: labels.get(name, name),
            placeholder="Search in English or Arabic", help="People, countries, organisations and groups.")
        st.toggle("Only events with all of them", key="f_match", disabled=len(actors) < 2)
        st.multiselect("Countries", options["countries"], key="f_countries", placeholder="ISO codes, e.g. FRA, RUS")
        st.multiselect("Event types", list(EVENT_TYPES), key="f_types", format_func=lambda t: TYPE_LABELS.get(t, t),
                       placeholder="All types")
        if options["first"] and options["last"]:
            st.date_input("Dates", key="f_dates", min_value=options["first"], max_value=options["last"],
                          format="YYYY-MM-DD")
        st.multiselect("Language", list(LANGUAGES), key="f_languages", format_func=lambda x: LANGUAGE_NAMES.get(x, x),
                       placeholder="Arabic and English")
        st.multiselect("Outlet", options["outlets"], key="f_outlets", placeholder="All outlets")
        st.toggle("Include planned events", key="f_planned")
        st.button("Reset filters", on_click=reset_filters, icon=":material/restart_alt:", width="stretch")


def _write_to_url(filters: Filters) -> None:
    params = filters.to_params()
    for key in FILTER_PARAMS:
        wanted = params.get(key)
        if wanted is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get_all(key) != wanted:
            st.query_params[key] = wanted


def current_filters() -> Filters:
    """The filters set in the sidebar on this run."""
    return st.session_state.get("filters", Filters())


def page_style() -> None:
    """Less empty space above the page title, so a 1280x800 screen shows the charts."""
    st.html("<style>[data-testid='stMainBlockContainer']{padding-top:2.2rem;}"
            "[data-testid='stSidebarUserContent']{padding-bottom:2rem;}"
            # pasted Arabic runs right to left: each paragraph takes the direction of its first letter
            "[data-testid='stTextArea'] textarea{unicode-bidi:plaintext;text-align:start;}</style>")


# Runs in the browser: once the page's first chart is on screen (its svg in the document, then one frame),
# or after 10 s whatever happens, tell the server so (trigger "painted"). Our own constant code; it reads
# nothing from the page's content.
_AFTER_PAINT_JS = """
export default function ({ setTriggerValue }) {
  let sent = false;
  const drawn = () => document.querySelector('[data-testid="stPlotlyChart"] .main-svg');
  const send = () => {
    if (sent) return;
    sent = true;
    observer.disconnect();
    clearTimeout(timer);
    setTriggerValue("painted", true);
  };
  const afterFrame = () => requestAnimationFrame(() => setTimeout(send, 0));
  const observer = new MutationObserver(() => { if (drawn()) afterFrame(); });
  const timer = setTimeout(send, 10000);
  if (drawn()) afterFrame(); else observer.observe(document.body, { subtree: true, childList: true });
  return () => { observer.disconnect(); clearTimeout(timer); };
}
"""
PAINTED = "_first_chart_painted"


@functools.cache
def _after_paint_signal():
    return st.components.v2.component("diplo_after_first_paint", js=_AFTER_PAINT_JS)


def _mark_painted() -> None:
    st.session_state[PAINTED] = True


def first_chart_painted(key: str) -> bool:
    """Whether this session's browser has painted a chart yet. Until it has, a small script waits for the
    first chart on screen and then reruns the caller (a fragment): what can wait, such as a second chart
    below the first, is then drawn without delaying the first chart of the session."""
    if st.session_state.get(PAINTED):
        return True
    _after_paint_signal()(key=key, on_painted_change=_mark_painted, height=0)
    return False


def chart_config(filename: str) -> dict:
    """plotly options: the camera button saves a PNG named after the chart."""
    return {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"],
            "toImageButtonOptions": {"format": "png", "filename": filename, "scale": 2}}


def selected_points(key: str) -> list[dict]:
    """The points clicked in the chart with this key (empty when none)."""
    state = st.session_state.get(key)
    try:
        return list(state["selection"]["points"])
    except (KeyError, TypeError):
        return []


def custom_value(point: dict, index: int = 0):
    """customdata[index] of a clicked point (Streamlit sends customdata as a dict keyed "0", "1"...)."""
    custom = point.get("customdata")
    if isinstance(custom, dict):
        return custom.get(str(index))
    if isinstance(custom, (list, tuple)) and len(custom) > index:
        return custom[index]
    return custom if index == 0 and isinstance(custom, str) else None


def page_params(**values) -> dict[str, list[str] | str]:
    """The current filter parameters plus page-specific ones, for st.switch_page(query_params=...)."""
    params = dict(current_filters().to_params())
    params.update({k: v for k, v in values.items() if v is not None})
    return params
