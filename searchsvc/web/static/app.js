// The search page: plain JS against the JSON API, no build step.
// Safety rule: everything from the API goes in with textContent, except hit.snippet, which the
// API builds as escaped text plus our own <mark> tags (search/snippets.py render_html).
"use strict";

// Languages and the page's strings come from the server (GET /languages, built from the language
// registry, searchsvc/languages.py): a language added there appears here with no change to this file.
const I18N = {};
const LANG_INFO = {};   // code -> {month_names, translation (whether a model is installed)}
let LANGS = [];
let SOURCE = null;
// The facets come with every answer (facet_list: name, widget kind, filter param, headings), so a
// facet registered on the server (searchsvc/facets.py) shows here with no change to this file.
let facetList = [];
let facetTitles = {};   // "facet_<name>" -> {lang: heading}, for headings a language lacks
const FACET_SHOWN = 6;  // values a facet shows before its "more" button
const FACET_PAGE = 100; // values one "more" asks GET /facets/{facet}/values for
const MAX_FILLED_DAYS = 400;  // a day timeline longer than this draws only the days with articles

const $ = (sel) => document.querySelector(sel);
let state = new URLSearchParams(location.search);
let lastQuery = null;   // the query string of the results on screen
let lastAnswer = null;  // the /search answer on screen
let requestSeq = 0;     // answers to stale requests are dropped

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role") node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child);
  return node;
}

function lang() {
  const l = state.get("lang") || localStorage.getItem("searchsvc.lang") || SOURCE;
  return LANGS.includes(l) ? l : SOURCE;
}

function t(key) {
  const strings = I18N[lang()] || {};
  if (key in strings) return strings[key];
  const titles = facetTitles[key];
  return titles ? titles[lang()] || titles[SOURCE] : undefined;
}

function valueFacets() { return facetList.filter((f) => f.kind === "values"); }

// "{n} results" with {n: 3} -> "3 results"
function fmt(template, values) { return template.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m)); }

async function loadLanguages() {
  const data = await api("/languages", "");
  SOURCE = data.source;
  LANGS = data.languages.map((l) => l.code);
  for (const l of data.languages) {
    I18N[l.code] = l.ui;
    LANG_INFO[l.code] = l;
  }
  const nav = $("#lang-switch");
  nav.replaceChildren(...data.languages.map((l) => el("button", { type: "button", "data-lang": l.code, lang: l.code, text: l.name })));
  for (const b of nav.querySelectorAll("button")) b.addEventListener("click", () => setLanguage(b.dataset.lang));
}

function applyLanguage() {
  const l = lang();
  document.documentElement.lang = l;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const text = t(node.dataset.i18n);
    if (text !== undefined) node.textContent = text;  // a facet heading before the first answer keeps its text
  }
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll("[data-i18n-label]")) {
    const text = t(node.dataset.i18nLabel);
    if (text !== undefined) node.setAttribute("aria-label", text);
  }
  document.title = t("title");
  for (const b of document.querySelectorAll("#lang-switch button")) b.setAttribute("aria-pressed", String(b.dataset.lang === l));
}

class ApiFailure extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function api(path, params) {
  let response;
  try {
    response = await fetch(`${path}?${params}`, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new ApiFailure(0, err.message);  // no answer at all: the network or the server is down
  }
  let data = {};
  try { data = await response.json(); } catch { /* an HTML error page from a proxy */ }
  if (!response.ok) throw new ApiFailure(response.status, data.error || response.statusText);
  return data;
}

async function runSearch(queryString, push = true) {
  state = new URLSearchParams(queryString);
  if (!state.get("lang")) state.set("lang", lang());
  const qs = state.toString();
  // a feed reader follows this search; an export takes every match away
  for (const [id, path] of [["#feed", "/search.atom"], ["#feed-link", "/search.atom"], ["#export-csv", "/export.csv"],
                            ["#export-jsonl", "/export.jsonl"]]) $(id).href = `${path}?${qs}`;
  const seq = ++requestSeq;
  $("#q").value = state.get("q") || "";  // the query stays in the box, whatever the answer
  $("#status").textContent = "…";
  try {
    const data = await api("/search", qs);
    if (seq !== requestSeq) return;
    lastQuery = qs;
    lastAnswer = data;
    if (push) history.pushState(null, "", `?${qs}`);
    render(data);
  } catch (err) {
    if (seq !== requestSeq) return;
    if (push) history.pushState(null, "", `?${qs}`);
    renderError(err);
  }
}

function render(data) {
  $("#q").value = data.query;
  $("#sort").value = data.sort;
  facetList = data.facet_list || [];
  facetTitles = Object.fromEntries(facetList.map((f) => [`facet_${f.name}`, f.titles || {}]));
  for (const facet of valueFacets()) facetSection(facet);
  applyLanguage();
  const status = $("#status");
  status.className = "";
  status.textContent = data.total ? `${fmt(t("found"), { n: data.total })} · ${data.timing.total_ms} ms` : t("none");
  $("#error-details").hidden = true;
  renderUnderstood(data.understood || []);
  renderNotice(data);
  renderTranslationNotice(data.hits);
  $("#take-away").hidden = !data.total;
  renderDidYouMean(data);
  renderHits(data.hits);
  for (const facet of valueFacets()) renderFacet(facet, (data.facets || {})[facet.name] || []);
  const calendar = facetList.find((f) => f.kind === "calendar");
  renderTimeline(calendar ? (data.facets || {})[calendar.name] || [] : [], data.filters);
  renderPagination(data);
  renderFiltersToggle();
}

function renderError(err) {
  // the query stays in the box; nothing of an earlier answer stays on screen as if it were this one's
  const status = $("#status");
  status.className = "error";
  status.textContent = t(err.status >= 400 && err.status < 500 ? "error_bad_request" : "error_server");
  const details = $("#error-details");
  details.querySelector("p").textContent = err.message;  // the API's own words, in English
  details.hidden = !err.message;
  for (const id of ["#understood", "#notice", "#translation-notice", "#did-you-mean", "#pagination", "#take-away"]) $(id).hidden = true;
  $("#hits").replaceChildren();
  for (const section of document.querySelectorAll("#facets .facet")) section.hidden = true;
  renderFiltersToggle();
}

function renderNotice(data) {
  // what the search changed about the query: keyboard layout repaired, text cut to the limit, ...
  const lines = [...(data.repaired_query ? [`${t("repaired")} «${data.repaired_query}»`] : []), ...(data.warnings || [])];
  const notice = $("#notice");
  notice.textContent = lines.join(" · ");
  notice.hidden = lines.length === 0;
}

function renderTranslationNotice(hits) {
  // on a Russian or Belarusian page a result with no text in that language shows its English text: say why
  const l = lang();
  const english = l !== SOURCE && hits.some((hit) => hit.lang === SOURCE);
  const notice = $("#translation-notice");
  notice.hidden = !english;
  if (english) notice.textContent = t(LANG_INFO[l] && LANG_INFO[l].translation === false ? "english_no_model" : "english_not_yet");
}

function renderUnderstood(understood) {
  // each date read out of the query, as a chip; removing it reruns the query with those words as words
  const line = $("#understood");
  line.replaceChildren();
  line.hidden = understood.length === 0;
  if (!understood.length) return;
  line.append(el("span", { text: t("understood") }));
  for (const u of understood) {
    const range = understoodRange(u);
    const remove = el("button", { type: "button", class: "chip-remove", "aria-label": fmt(t("remove_date"), { text: u.text }), text: "×" });
    remove.addEventListener("click", () => runSearch(u.remove));
    const chip = el("span", { class: "chip", "data-text": u.text }, [
      el("span", { text: range.toLowerCase() === u.text.toLowerCase() ? `«${u.text}»` : `«${u.text}» ${range}` }), remove,
    ]);
    line.append(chip);
    if (!u.applied) line.append(el("span", { class: "unused", text: t("understood_unused") }));
  }
}

function understoodRange(u) {
  // as the timeline names periods: "2023", "июнь 2023"; any other span as its first and last day
  const [firstYear, lastYear] = [u.date_from.slice(0, 4), u.date_to.slice(0, 4)];
  if (u.date_from.endsWith("-01-01") && u.date_to.endsWith("-12-31")) {
    return firstYear === lastYear ? firstYear : `${firstYear} – ${lastYear}`;
  }
  const month = u.date_from.slice(0, 7);
  const lastDay = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();
  if (u.date_to === `${month}-${String(lastDay).padStart(2, "0")}` && u.date_from === `${month}-01`) return periodLabel(month);
  return u.date_from === u.date_to ? u.date_from : `${u.date_from} – ${u.date_to}`;
}

function renderDidYouMean(data) {
  const box = $("#did-you-mean");
  box.hidden = !data.did_you_mean;
  if (!data.did_you_mean) return;
  const link = box.querySelector("a");
  link.textContent = data.did_you_mean;
  link.href = `?${data.did_you_mean_toggle}`;
  link.onclick = (e) => { e.preventDefault(); runSearch(data.did_you_mean_toggle); };
}

// the site's name in the reader's language (hit.site stays the canonical name the site filter takes)
function siteName(hit) { return hit.site == null ? t("unknown_site") : hit.site_label || hit.site; }

function renderHits(hits) {
  const list = $("#hits");
  list.replaceChildren();
  for (const hit of hits) {
    // the article page (title, text beside its translation, names, every source), in the reader's language
    const title = el("a", { text: hit.title, href: `/article/${encodeURIComponent(hit.id)}?lang=${lang()}` });
    const meta = el("p", { class: "meta" }, [
      el("time", { text: hit.published || "", dateTime: hit.published || "" }),
      el("span", { class: "site", text: siteName(hit) }),
    ]);
    if ((hit.sources || []).length > 1) meta.append(el("span", { class: "sources", text: fmt(t("sources"), { n: hit.sources.length }) }));
    for (const via of hit.matched_via || []) meta.append(el("span", { class: "via", text: t("via")[via] || via }));
    const snippet = el("p", { class: "snippet", lang: hit.lang });
    snippet.innerHTML = hit.snippet;  // escaped by the API; only <mark> is markup (see top)
    list.append(el("li", { class: "hit", "data-id": hit.id }, [el("h3", { lang: hit.lang }, [title]), meta, snippet]));
  }
}

// -- value facets: the first few values, "more", and a search box backed by GET /facets/{facet}/values
const facetViews = {};  // facet name -> {values: the answer's, expanded, found: a value search's answer}

function facetSection(facet) {
  // a checkbox list per value facet, in the server's order, after the timeline
  let section = document.querySelector(`.facet[data-facet="${facet.name}"]`);
  if (!section) {
    const find = el("input", { type: "search", class: "facet-find", maxLength: 100, "data-facet": facet.name });
    const more = el("button", { type: "button", class: "link more", "aria-expanded": "false",
      "aria-describedby": `facet-title-${facet.name}` });
    section = el("section", { class: "facet", "data-facet": facet.name, hidden: true }, [
      el("h3", { "data-i18n": `facet_${facet.name}`, id: `facet-title-${facet.name}` }), find,
      el("ul", { "aria-labelledby": `facet-title-${facet.name}` }),
      el("p", { class: "no-values", role: "status" }), more,
    ]);
    let timer = null;
    find.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => findValues(facet), 150); });
    find.addEventListener("keydown", (e) => { if (e.key === "Enter") e.preventDefault(); });  // not a search submit
    more.addEventListener("click", () => toggleMore(facet));
    $("#facets").append(section);
  }
  return section;
}

function facetParams(extra) {
  // the search on screen (its query, filters and dates) without what only /search takes
  const params = new URLSearchParams(lastQuery || state.toString());
  params.delete("page");
  params.delete("size");
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params;
}

function renderFacet(facet, values) {
  facetViews[facet.name] = { values, expanded: false, found: null };
  const section = facetSection(facet);
  const find = section.querySelector(".facet-find");
  find.value = "";
  const heading = t(`facet_${facet.name}`) || facet.name;
  find.placeholder = fmt(t("find_value"), { facet: heading });
  find.setAttribute("aria-label", find.placeholder);
  // a search box only where there is something to search through
  find.hidden = values.length <= FACET_SHOWN;
  section.hidden = values.length === 0;  // no heading over an empty list
  drawFacetValues(facet);
}

function drawFacetValues(facet) {
  const view = facetViews[facet.name];
  const section = facetSection(facet);
  const list = section.querySelector("ul");
  const searching = view.found !== null;
  const values = searching ? view.found.values : view.expanded && view.more ? view.more.values : view.values;
  const shown = searching || view.expanded ? values : values.slice(0, FACET_SHOWN);
  list.replaceChildren();
  for (const v of shown) {
    const box = el("input", { type: "checkbox", checked: !!v.selected });
    const item = el("label", { class: "facet-value" }, [
      box, el("span", { class: "label", text: v.label }), el("span", { class: "count", text: String(v.count) }),
    ]);
    box.addEventListener("change", () => runSearch(v.toggle));
    list.append(el("li", { "data-value": v.value }, [item]));
  }
  const none = section.querySelector(".no-values");
  none.textContent = searching && !shown.length ? t("no_values") : "";
  none.hidden = !(searching && !shown.length);
  const more = section.querySelector(".more");
  // "more" while there may be values not shown; "fewer" once every value is
  const hasMore = view.expanded ? view.more && view.more.total > view.more.values.length : view.values.length > FACET_SHOWN;
  more.hidden = searching || !(hasMore || view.expanded);
  more.textContent = hasMore ? t("more") : t("fewer");
  more.setAttribute("aria-expanded", String(view.expanded));
}

async function toggleMore(facet) {
  const view = facetViews[facet.name];
  if (view.expanded && !(view.more && view.more.total > view.more.values.length)) {
    view.expanded = false;  // "fewer"
    view.more = null;
    drawFacetValues(facet);
    return;
  }
  const limit = (view.more ? view.more.values.length : 0) + FACET_PAGE;
  try {
    const data = await api(`/facets/${encodeURIComponent(facet.name)}/values`, facetParams({ limit }));
    if (facetViews[facet.name] !== view) return;  // a new search came in the meantime
    view.more = data;
    view.expanded = true;
  } catch {
    view.expanded = true;  // the values of the answer, at least
  }
  drawFacetValues(facet);
}

async function findValues(facet) {
  const view = facetViews[facet.name];
  const typed = facetSection(facet).querySelector(".facet-find").value.trim();
  if (!typed) {
    view.found = null;
    drawFacetValues(facet);
    return;
  }
  try {
    const data = await api(`/facets/${encodeURIComponent(facet.name)}/values`, facetParams({ facet_q: typed, limit: 50 }));
    if (facetViews[facet.name] !== view || facetSection(facet).querySelector(".facet-find").value.trim() !== typed) return;
    view.found = data;
  } catch {
    view.found = { values: [], total: 0 };
  }
  drawFacetValues(facet);
}

// -- the timeline: every period between the first article and the last, empty ones drawn empty
function periodKeys(first, last, granularity) {
  // "2023-11", "2024-02" -> every month between them ("2023-11", "2023-12", "2024-01", "2024-02")
  const keys = [];
  if (granularity === "year") {
    for (let y = +first; y <= +last; y++) keys.push(String(y).padStart(4, "0"));
  } else if (granularity === "month") {
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      keys.push(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`);
      if (++m > 12) { m = 1; y++; }
    }
  } else {
    const start = Date.parse(`${first}T00:00:00Z`);
    const days = Math.round((Date.parse(`${last}T00:00:00Z`) - start) / 86400000);
    if (days > MAX_FILLED_DAYS) return null;
    for (let d = 0; d <= days; d++) keys.push(new Date(start + d * 86400000).toISOString().slice(0, 10));
  }
  return keys;
}

function periodLabel(key) {
  // an empty month's label, as the date facet labels the others ("серпень 2023")
  const parts = key.split("-");
  const names = (LANG_INFO[lang()] || {}).month_names;
  return parts.length === 2 && names ? `${names[+parts[1] - 1]} ${parts[0]}` : key;
}

function renderTimeline(values, filters) {
  const section = document.querySelector('.facet[data-facet="date"]');
  section.hidden = values.length === 0;  // no heading over an empty chart
  const chart = $("#histogram");
  chart.replaceChildren();
  const granularity = state.get("date_granularity") || "month";
  for (const b of document.querySelectorAll("#granularity button")) b.setAttribute("aria-pressed", String(b.dataset.granularity === granularity));
  const clear = $("#clear-dates");
  clear.hidden = !(filters && (filters.date_from || filters.date_to));
  clear.onclick = () => { const s = new URLSearchParams(lastQuery); s.delete("date_from"); s.delete("date_to"); s.delete("page"); runSearch(s.toString()); };
  if (!values.length) return;

  const byKey = Object.fromEntries(values.map((v) => [v.value, v]));
  const keys = periodKeys(values[0].value, values[values.length - 1].value, granularity) || values.map((v) => v.value);
  const max = Math.max(1, ...values.map((v) => v.count));
  // bars grouped by year: a year boundary is a group's edge, labelled under it
  const groups = new Map();
  for (const key of keys) {
    const year = key.slice(0, 4);
    if (!groups.has(year)) groups.set(year, []);
    groups.get(year).push(key);
  }
  let focusable = null;
  for (const [year, yearKeys] of groups) {
    const bars = el("div", { class: "bars" });
    for (const key of yearKeys) {
      const v = byKey[key];
      let bar;
      if (v && v.count > 0) {
        bar = el("button", {
          type: "button", class: v.selected ? "bar selected" : "bar", title: `${v.label}: ${v.count}`,
          "aria-label": `${v.label}: ${v.count}`, "aria-pressed": String(!!v.selected), "data-value": v.value, tabIndex: -1,
        }, [el("span", { class: "fill" })]);
        bar.firstChild.style.height = `${Math.max(6, Math.round((100 * v.count) / max))}%`;
        if (v.toggle) bar.addEventListener("click", () => runSearch(v.toggle));
        if (!focusable || v.selected) focusable = bar;
      } else {
        // an empty period: drawn, so a gap in time looks like one, but nothing to choose
        bar = el("span", { class: "bar empty", title: `${periodLabel(key)}: 0`, "data-value": key }, [el("span", { class: "fill" })]);
      }
      bars.append(bar);
    }
    const group = el("div", { class: "year", "data-year": year, title: year },
      [bars, el("span", { class: "year-label", text: year, "aria-hidden": "true" })]);
    group.style.flexGrow = String(yearKeys.length);
    chart.append(group);
  }
  fitYearLabels();
  if (focusable) focusable.tabIndex = 0;  // one tab stop; the arrow keys move along the bars
}

function fitYearLabels() {
  // a year with few bars is narrow: its label shortens to '19 rather than being cut to 201
  // (measured when drawn, when the filters panel opens and when the window changes size)
  for (const group of document.querySelectorAll("#histogram .year")) {
    const label = group.querySelector(".year-label");
    label.textContent = group.dataset.year;
    if (label.scrollWidth > label.clientWidth + 1) label.textContent = `’${group.dataset.year.slice(2)}`;
    if (label.scrollWidth > label.clientWidth + 1) label.textContent = "";  // the group's title still says it
  }
}

function moveAlongTimeline(e) {
  const bars = [...document.querySelectorAll("#histogram button.bar")];
  const at = bars.indexOf(document.activeElement);
  if (at < 0) return;
  const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: bars.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  const next = bars[Math.max(0, Math.min(bars.length - 1, to))];
  for (const b of bars) b.tabIndex = b === next ? 0 : -1;
  next.focus();
}

function renderPagination(data) {
  $("#page-info").textContent = data.pages > 1 ? fmt(t("page"), { p: data.page, n: data.pages }) : "";
  $("#pagination").hidden = !(data.pagination.prev || data.pagination.next);
  for (const [id, qs] of [["#prev", data.pagination.prev], ["#next", data.pagination.next]]) {
    const button = $(id);
    button.hidden = !qs;
    button.onclick = () => { runSearch(qs); window.scrollTo(0, 0); };
  }
}

// -- the filters panel: beside the results on a wide screen, opened with a button on a narrow one
function renderFiltersToggle() {
  const any = [...document.querySelectorAll("#facets .facet")].some((s) => !s.hidden);
  $("#filters-toggle").disabled = !any;
  if (!any) setFiltersOpen(false);
}

function setFiltersOpen(open, focus = false) {
  const toggle = $("#filters-toggle");
  toggle.setAttribute("aria-expanded", String(open));
  document.body.classList.toggle("filters-open", open);
  // the open panel covers the page: what is under it takes no focus until it closes
  for (const covered of document.querySelectorAll("body > header, #search-form, #results")) covered.inert = open;
  if (open) fitYearLabels();
  if (open && focus) $("#facets").focus();
  if (!open && focus) toggle.focus();
}

// -- suggestions: the WAI-ARIA combobox pattern (arrow keys move, Enter picks, Escape closes)
let suggestTimer = null;
let suggestSeq = 0;
let activeOption = -1;

function suggestionText(item) {
  return typeof item === "string" ? item : item.label || item.text || item.value || "";
}

function completeWith(typed, suggestion) {
  // a suggestion that continues the whole typed text replaces it ("Aleksandr Volf" -> "Aleksandr Volfovich");
  // any other completes the word being typed and keeps the words before it ("Belarus harv" -> "Belarus harvest")
  const whole = typed.trim();
  if (whole && suggestion.toLowerCase().startsWith(whole.toLowerCase())) return suggestion;
  const head = typed.match(/^(.*?)(\S*)$/s)[1];
  return head + suggestion;
}

function suggestionOptions() { return [...document.querySelectorAll("#suggestions [role=option]")]; }

function setActiveOption(index) {
  const options = suggestionOptions();
  activeOption = options.length ? (index + options.length) % options.length : -1;
  options.forEach((option, i) => option.setAttribute("aria-selected", String(i === activeOption)));
  const box = $("#q");
  if (activeOption >= 0) {
    box.setAttribute("aria-activedescendant", options[activeOption].id);
    options[activeOption].scrollIntoView({ block: "nearest" });
  } else {
    box.removeAttribute("aria-activedescendant");
  }
}

function openSuggestions(open) {
  $("#suggestions").hidden = !open;
  $("#q").setAttribute("aria-expanded", String(open));
  if (!open) setActiveOption(-1);
}

async function suggest() {
  const prefix = $("#q").value;
  if (prefix.trim().length < 2) { openSuggestions(false); return; }
  const params = new URLSearchParams({ q: prefix, lang: lang() });
  for (const facet of valueFacets()) for (const v of state.getAll(facet.param)) params.append(facet.param, v);
  const seq = ++suggestSeq;
  let data;
  try { data = await api("/suggest", params); } catch { return; }
  if (seq !== suggestSeq) return;
  const items = Array.isArray(data) ? data : data.suggestions || [];
  const list = $("#suggestions");
  list.replaceChildren();
  items.forEach((item, i) => {
    const text = suggestionText(item);
    const option = el("li", { role: "option", class: "suggestion", id: `suggestion-${i}`, "aria-selected": "false", "data-text": text },
      [el("span", { text })]);
    if (item.type) option.append(el("span", { class: "kind", text: t("kind")[item.type] || item.type }));
    if (item.count != null) option.append(el("span", { class: "count", text: String(item.count) }));
    option.addEventListener("mousedown", (e) => { e.preventDefault(); pick(text); });
    list.append(option);
  });
  setActiveOption(-1);
  openSuggestions(items.length > 0);
}

function pick(text) {
  const box = $("#q");
  box.value = completeWith(box.value, text);
  submit();
}

function closeSuggestions() {
  clearTimeout(suggestTimer);
  suggestSeq++;  // an answer still on its way is dropped
  openSuggestions(false);
}

function onQueryKey(e) {
  const open = !$("#suggestions").hidden;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    if (!suggestionOptions().length) return;
    e.preventDefault();
    openSuggestions(true);
    const step = e.key === "ArrowDown" ? 1 : -1;
    // from the box: down to the first, up to the last; then along the list, round at the ends
    setActiveOption(activeOption < 0 ? (step > 0 ? 0 : suggestionOptions().length - 1) : activeOption + step);
  } else if (e.key === "Enter" && open && activeOption >= 0) {
    e.preventDefault();
    pick(suggestionOptions()[activeOption].dataset.text);
  } else if (e.key === "Escape" && open) {
    e.preventDefault();
    closeSuggestions();
  }
}

function submit() {
  const s = new URLSearchParams(lastQuery || state.toString());
  s.set("q", $("#q").value);
  s.set("sort", $("#sort").value);
  s.set("lang", lang());
  s.delete("page");
  s.delete("dates");  // a new query: its dates are read again
  closeSuggestions();
  runSearch(s.toString());
}

function setLanguage(l) {
  localStorage.setItem("searchsvc.lang", l);
  const s = new URLSearchParams(lastQuery || state.toString());
  s.set("lang", l);
  state.set("lang", l);
  applyLanguage();
  runSearch(s.toString());
}

document.addEventListener("DOMContentLoaded", async () => {
  await loadLanguages();
  $("#search-form").addEventListener("submit", (e) => { e.preventDefault(); submit(); });
  $("#sort").addEventListener("change", submit);
  $("#q").addEventListener("input", () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
  $("#q").addEventListener("blur", closeSuggestions);
  $("#q").addEventListener("keydown", onQueryKey);
  $("#histogram").addEventListener("keydown", moveAlongTimeline);
  $("#filters-toggle").addEventListener("click", () => setFiltersOpen($("#filters-toggle").getAttribute("aria-expanded") !== "true", true));
  $("#facets-close").addEventListener("click", () => setFiltersOpen(false, true));
  $("#facets").addEventListener("keydown", (e) => {
    if (e.key === "Escape" && document.body.classList.contains("filters-open")) { e.preventDefault(); setFiltersOpen(false, true); }
  });
  for (const b of document.querySelectorAll("#granularity button")) {
    b.addEventListener("click", () => {
      const s = new URLSearchParams(lastQuery || state.toString());
      s.set("date_granularity", b.dataset.granularity);
      runSearch(s.toString());
    });
  }
  window.addEventListener("popstate", () => runSearch(location.search.slice(1), false));
  window.addEventListener("resize", fitYearLabels);
  // wide enough for the filters beside the results (style.css, 64rem): no panel to keep open
  const wide = matchMedia("(min-width: 64rem)");
  wide.addEventListener("change", () => { if (wide.matches) setFiltersOpen(false); });
  applyLanguage();
  runSearch(state.toString(), false);
});
