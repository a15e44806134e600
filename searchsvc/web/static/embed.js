/* searchsvc embed: a news search box with results from this service, on another site.

   <div id="news-search"></div>
   <script src="https://search.example.by/embed.js" data-target="#news-search" data-lang="be" async></script>

   data-target: where the box goes (a CSS selector; default: a new element just before the script);
   data-lang: en, ru or be (default: the page's <html lang>, else en); data-size: results shown (default 10).
   It reads the public API of the server it was loaded from (GET /languages for the words in the
   reader's language, GET /search for the results), which answers any origin without credentials.
   Everything it shows is set as text: snippets are marked from snippet_text + snippet_spans, never
   parsed as HTML. The markup has classes searchsvc-* and no styles of its own: the site styles it.
*/
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;
  var api = new URL(script.src, document.baseURI).origin;
  var options = script.dataset;
  var size = Math.max(1, Math.min(50, parseInt(options.size || "10", 10) || 10));
  var root = options.target ? document.querySelector(options.target) : null;
  if (!root) {
    root = document.createElement("div");
    script.parentNode.insertBefore(root, script);
  }
  var wanted = (options.lang || document.documentElement.lang || "en").slice(0, 2).toLowerCase();

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  var form = el("form", "searchsvc-form");
  form.setAttribute("role", "search");
  var input = el("input", "searchsvc-q");
  input.type = "search";
  input.name = "q";
  input.maxLength = 512;
  var button = el("button", "searchsvc-go");
  button.type = "submit";
  var status = el("p", "searchsvc-status");
  status.setAttribute("role", "status");
  var list = el("ol", "searchsvc-hits");
  var more = el("a", "searchsvc-more");
  more.hidden = true;
  form.append(input, " ", button);
  root.append(form, status, list, more);

  // words in the reader's language from the service's own registry (GET /languages)
  var ui = {placeholder: "Search the news", search: "Search", found: "{n} results", none: "Nothing found.",
            error: "Search failed: "};
  var lang = "en";
  function label() {
    input.placeholder = ui.placeholder;
    input.setAttribute("aria-label", ui.placeholder);
    button.textContent = ui.search;
    root.lang = lang;
  }
  label();
  var ready = fetch(api + "/languages").then(function (r) { return r.json(); }).then(function (answer) {
    var known = (answer.languages || []).filter(function (l) { return l.code === wanted; })[0];
    if (known) {
      lang = known.code;
      for (var key in ui) if (typeof known.ui[key] === "string") ui[key] = known.ui[key];
      label();
    }
  }).catch(function () { /* the English words stay */ });

  function marked(text, spans) {
    var p = el("p", "searchsvc-snippet");
    var at = 0;
    (spans || []).forEach(function (span) {
      p.append(text.slice(at, span[0]), el("mark", null, text.slice(span[0], span[1])));
      at = span[1];
    });
    p.append(text.slice(at));
    return p;
  }

  function show(answer, query) {
    list.replaceChildren.apply(list, answer.hits.map(function (hit) {
      var item = el("li", "searchsvc-hit");
      var link = el("a", "searchsvc-title", hit.title);
      link.href = api + "/article/" + encodeURIComponent(hit.id) + "?lang=" + lang;
      item.lang = hit.lang || lang;
      var meta = el("span", "searchsvc-meta", " " + [hit.published, hit.site].filter(Boolean).join(" · "));
      item.append(link, meta, marked(hit.snippet_text || "", hit.snippet_spans));
      return item;
    }));
    status.textContent = answer.total ? ui.found.replace("{n}", answer.total) : ui.none;
    more.hidden = answer.total <= answer.hits.length;
    more.href = api + "/?" + new URLSearchParams({q: query, lang: lang});
    more.textContent = ui.found.replace("{n}", answer.total) + " →";
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    ready.then(function () {
      var params = new URLSearchParams({q: query, lang: lang, size: String(size)});
      return fetch(api + "/search?" + params).then(function (r) {
        return r.json().then(function (answer) {
          if (!r.ok) throw new Error(answer.error || String(r.status));
          show(answer, query);
        });
      });
    }).catch(function (error) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = ui.error + error.message;
    });
  });
})();
