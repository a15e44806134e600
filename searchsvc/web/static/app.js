// The search page: plain JS against the JSON API, no build step.
// Safety rule: everything from the API goes in with textContent, except hit.snippet, which the
// API builds as escaped text plus our own <mark> tags (search/snippets.py render_html).
"use strict";

// Languages and the page's strings come from the server (GET /languages, built from the language
// registry, searchsvc/languages.py): a language added there appears here with no change to this file.
const I18N = {};
let LANGS = [];
let SOURCE = null;
// The facets come with every answer (facet_list: name, widget kind, filter param, headings), so a
// facet registered on the server (searchsvc/facets.py) shows here with no change to this file.
let facetList = [];
let facetTitles = {};   // "facet_<name>" -> {lang: heading}, for headings a language lacks

const $ = (sel) => document.querySelector(sel);
let state = new URLSearchParams(location.search);
let lastQuery = null;   // the query string of the results on screen
let requestSeq = 0;     // answers to stale requests are dropped

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, value);
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
  for (const l of data.languages) I18N[l.code] = l.ui;
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
  document.title = t("title");
  for (const b of document.querySelectorAll("#lang-switch button")) b.setAttribute("aria-pressed", String(b.dataset.lang === l));
}

async function api(path, params) {
  const response = await fetch(`${path}?${params}`, { headers: { Accept: "application/json" } });
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

async function runSearch(queryString, push = true) {
  state = new URLSearchParams(queryString);
  if (!state.get("lang")) state.set("lang", lang());
  const qs = state.toString();
  const seq = ++requestSeq;
  $("#status").textContent = "…";
  try {
    const data = await api("/search", qs);
    if (seq !== requestSeq) return;
    lastQuery = qs;
    if (push) history.pushState(null, "", `?${qs}`);
    render(data);
  } catch (err) {
    if (seq !== requestSeq) return;
    $("#status").textContent = t("error") + err.message;
    $("#status").className = "error";
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
  renderNotice(data);
  renderDidYouMean(data);
  renderHits(data.hits);
  for (const facet of valueFacets()) renderFacetList(facet.name, (data.facets || {})[facet.name] || []);
  const calendar = facetList.find((f) => f.kind === "calendar");
  renderHistogram(calendar ? (data.facets || {})[calendar.name] || [] : [], data.filters);
  renderPagination(data);
}

function renderNotice(data) {
  // what the search changed about the query: keyboard layout repaired, text cut to the limit, ...
  const lines = [...(data.repaired_query ? [`${t("repaired")} «${data.repaired_query}»`] : []), ...(data.warnings || [])];
  const notice = $("#notice");
  notice.textContent = lines.join(" · ");
  notice.hidden = lines.length === 0;
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

function renderHits(hits) {
  const list = $("#hits");
  list.replaceChildren();
  for (const hit of hits) {
    // the article page (title, text beside its translation, names, every source), in the reader's language
    const title = el("a", { text: hit.title, href: `/article/${encodeURIComponent(hit.id)}?lang=${lang()}` });
    const meta = el("p", { class: "meta" }, [
      el("time", { text: hit.published || "", dateTime: hit.published || "" }),
      el("span", { class: "site", text: hit.site }),
    ]);
    if ((hit.sources || []).length > 1) meta.append(el("span", { class: "sources", text: fmt(t("sources"), { n: hit.sources.length }) }));
    for (const via of hit.matched_via || []) meta.append(el("span", { class: "via", text: t("via")[via] || via }));
    const snippet = el("p", { class: "snippet" });
    snippet.innerHTML = hit.snippet;  // escaped by the API; only <mark> is markup (see top)
    list.append(el("li", { class: "hit", "data-id": hit.id }, [el("h3", {}, [title]), meta, snippet]));
  }
}

function facetSection(facet) {
  // a checkbox list per value facet, in the server's order, after the date histogram
  let section = document.querySelector(`.facet[data-facet="${facet.name}"]`);
  if (!section) {
    section = el("section", { class: "facet", "data-facet": facet.name, hidden: true },
      [el("h2", { "data-i18n": `facet_${facet.name}` }), el("ul")]);
    $("#facets").append(section);
  }
  return section;
}

function renderFacetList(name, values) {
  const section = document.querySelector(`.facet[data-facet="${name}"]`);
  const list = section.querySelector("ul");
  list.replaceChildren();
  section.hidden = values.length === 0;
  for (const v of values) {
    const box = el("input", { type: "checkbox", checked: !!v.selected });
    const item = el("label", { class: "facet-value" }, [
      box, el("span", { class: "label", text: v.label }), el("span", { class: "count", text: String(v.count) }),
    ]);
    box.addEventListener("change", () => runSearch(v.toggle));
    list.append(el("li", { "data-value": v.value }, [item]));
  }
}

function renderHistogram(values, filters) {
  const chart = $("#histogram");
  chart.replaceChildren();
  const max = Math.max(1, ...values.map((v) => v.count));
  for (const v of values) {
    const bar = el("button", {
      type: "button", class: v.selected ? "bar selected" : "bar", title: `${v.label}: ${v.count}`,
      "aria-label": `${v.label}: ${v.count}`, "data-value": v.value,
    }, [el("span", { class: "fill" })]);
    bar.firstChild.style.height = `${Math.max(4, Math.round((100 * v.count) / max))}%`;
    if (v.toggle) bar.addEventListener("click", () => runSearch(v.toggle));
    chart.append(bar);
  }
  if (values.length) {
    chart.append(el("div", { class: "axis" }, [
      el("span", { text: values[0].label }), el("span", { text: values[values.length - 1].label }),
    ]));
  }
  const granularity = state.get("date_granularity") || "month";
  for (const b of document.querySelectorAll("#granularity button")) b.setAttribute("aria-pressed", String(b.dataset.granularity === granularity));
  const clear = $("#clear-dates");
  clear.hidden = !(filters && (filters.date_from || filters.date_to));
  clear.onclick = () => { const s = new URLSearchParams(lastQuery); s.delete("date_from"); s.delete("date_to"); s.delete("page"); runSearch(s.toString()); };
}

function renderPagination(data) {
  $("#page-info").textContent = data.pages > 1 ? fmt(t("page"), { p: data.page, n: data.pages }) : "";
  for (const [id, qs] of [["#prev", data.pagination.prev], ["#next", data.pagination.next]]) {
    const button = $(id);
    button.hidden = !qs;
    button.onclick = () => { runSearch(qs); window.scrollTo(0, 0); };
  }
}

// -- suggestions -------------------------------------------------------------------------------
let suggestTimer = null;
let suggestSeq = 0;

function suggestionText(item) {
  return typeof item === "string" ? item : item.label || item.text || item.value || "";
}

async function suggest() {
  const prefix = $("#q").value;
  const list = $("#suggestions");
  if (prefix.trim().length < 2) { list.hidden = true; return; }
  const params = new URLSearchParams({ q: prefix, lang: lang() });
  for (const facet of valueFacets()) for (const v of state.getAll(facet.param)) params.append(facet.param, v);
  const seq = ++suggestSeq;
  let data;
  try { data = await api("/suggest", params); } catch { return; }
  if (seq !== suggestSeq) return;
  const items = Array.isArray(data) ? data : data.suggestions || [];
  list.replaceChildren();
  for (const item of items) {
    const text = suggestionText(item);
    const option = el("li", { role: "option", class: "suggestion" }, [el("span", { text })]);
    if (item.type) option.append(el("span", { class: "kind", text: t("kind")[item.type] || item.type }));
    if (item.count != null) option.append(el("span", { class: "count", text: String(item.count) }));
    option.addEventListener("mousedown", (e) => { e.preventDefault(); $("#q").value = text; submit(); });
    list.append(option);
  }
  list.hidden = items.length === 0;
}

function closeSuggestions() {
  clearTimeout(suggestTimer);
  suggestSeq++;  // an answer still on its way is dropped
  $("#suggestions").hidden = true;
}

function submit() {
  const s = new URLSearchParams(lastQuery || state.toString());
  s.set("q", $("#q").value);
  s.set("sort", $("#sort").value);
  s.set("lang", lang());
  s.delete("page");
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
  $("#q").addEventListener("keydown", (e) => { if (e.key === "Escape") closeSuggestions(); });
  for (const b of document.querySelectorAll("#granularity button")) {
    b.addEventListener("click", () => {
      const s = new URLSearchParams(lastQuery || state.toString());
      s.set("date_granularity", b.dataset.granularity);
      runSearch(s.toString());
    });
  }
  window.addEventListener("popstate", () => runSearch(location.search.slice(1), false));
  applyLanguage();
  runSearch(state.toString(), false);
});
