/// The web page's script (`/assets/app.js`): search with facets and paging, the record view with
/// its cited provisions, similar cases, find precedents, the yearly compilation and the course builder.
///
/// One script in one closure, kept in parts by concern: this file holds the helpers, routing, search
/// and the record view; ``precedentsPart`` the precedent cards; ``toolsPart`` cited statutes and the
/// compilation; ``coursePart`` the course builder.
///
/// Safety rule: record text is only ever inserted with `textContent`. The one exception is the
/// search snippet and the precedent passages, which the API has already HTML-escaped except for
/// `<mark>`; they are parsed in an inert `<template>` and every element other than `<mark>` is
/// replaced by its text.
enum AppScript {
    /// The JavaScript source.
    static let source = [corePart, precedentsPart, deskPart, toolsPart, coursePart, reportPart, accessPart, workPart, startupPart].joined(separator: "\n")

    /// Helpers, routing, search and the record view (opens the closure).
    static let corePart = #"""
    "use strict";
    (function () {
      const PAGE_SIZE = 10;
      const MAX_OFFSET = 10000;
      const FACETS = [["kind", "类型"], ["category", "类别"], ["year", "年份"], ["response", "答复结果"]];
      const FILTERS = ["kind", "category", "year", "response", "unit", "law"];
      const KIND_NAMES = { case: "案例", outcome: "复议诉讼结果", training: "培训材料", statute: "法条" };
      const STATUS_NAMES = { unchallenged: "未经复议诉讼", upheld: "经复议诉讼维持", corrected: "被纠正", other: "其他结果" };
      const EFFECT_NAMES = { corrected: "纠正", upheld: "维持", other: "其他" };
      const REVIEW_NAMES = { draft: "草稿", submitted: "待审核", reviewed: "已审核", rejected: "退回" };
      const $ = (id) => document.getElementById(id);

      /** Makes an element; strings among children become text nodes (never HTML). */
      function el(tag, props, ...children) {
        const node = document.createElement(tag);
        for (const [key, value] of Object.entries(props || {})) {
          if (value === undefined || value === null || value === false) continue;
          if (key === "text") node.textContent = String(value);
          else if (key === "className") node.className = value;
          else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
          else node.setAttribute(key, value === true ? "" : String(value));
        }
        for (const child of children.flat(Infinity)) {
          if (child === undefined || child === null || child === false) continue;
          node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
        return node;
      }

      /** Puts an API snippet (escaped HTML with <mark>) into `node`, keeping only <mark> elements. */
      function setSnippet(node, html) {
        const template = document.createElement("template");
        template.innerHTML = String(html || "");
        for (const element of Array.from(template.content.querySelectorAll("*")).reverse()) {
          if (element.tagName !== "MARK" || element.attributes.length > 0) {
            element.replaceWith(document.createTextNode(element.textContent));
          }
        }
        node.replaceChildren(template.content);
      }

      /** Fetches JSON; throws an Error with the API's message on failure. */
      async function api(url, options) {
        let response;
        try {
          response = await fetch(url, withToken(options));
        } catch (error) {
          throw new Error("无法连接服务器，请稍后再试。");
        }
        let body = null;
        try { body = await response.json(); } catch (error) { body = null; }
        if (response.status === 401) askForToken(body && body.error ? body.error.message : "");
        if (!response.ok) {
          const detail = body && body.error ? body.error.message
            : response.status >= 500 ? "服务器内部错误（" + response.status + "），请稍后再试。" : "请求未被接受（" + response.status + "）。";
          const failure = new Error(detail);
          failure.status = response.status;
          throw failure;
        }
        return body;
      }

      function showStatus(node, text, kind) {
        node.className = "status" + (kind ? " " + kind : "");
        node.textContent = text;
      }

      // ---- URL state: ?q=…&category=…&page=… for searches, #/records/ID for a record ----
      function readState() {
        const params = new URLSearchParams(location.search);
        const filters = {};
        for (const name of FILTERS) filters[name] = params.getAll(name).filter((v) => v !== "");
        const page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
        return { q: params.get("q") || "", filters, page };
      }

      function searchURL(state) {
        const params = new URLSearchParams();
        if (state.q) params.set("q", state.q);
        for (const name of FILTERS) for (const value of state.filters[name] || []) params.append(name, value);
        if (state.page > 1) params.set("page", String(state.page));
        const text = params.toString();
        return "/" + (text ? "?" + text : "");
      }

      function go(url) {
        history.pushState(null, "", url);
        route();
      }

      /** A link that navigates within the page on a plain click and works as a real link otherwise. */
      function pageLink(url, props, ...children) {
        return el("a", Object.assign({ href: url, onclick: (event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          go(url);
        } }, props), ...children);
      }

      const VIEWS = ["search", "record", "statute", "precedents", "compilation", "course", "work", "edit"];
      const TABS = { search: "tab-search", precedents: "tab-precedents", compilation: "tab-compilation", course: "tab-course", work: "tab-work" };
      let routedOnce = false;
      let routedHref = null;

      /** Shows the view the URL names: `#/records/ID[/similar]`, `#/statutes/LAW/ARTICLE`,
       *  `#/precedents?…`, `#/compilation?…`, `#/course?…`, else the search (`?q=…`). */
      function route(event) {
        if (event && event.type === "hashchange" && location.href === routedHref) return;  // popstate already routed it
        routedHref = location.href;
        const hash = location.hash;
        if (routedOnce && hash && !hash.startsWith("#/")) return;  // an in-page anchor such as the skip link
        const record = /^#\/records\/([A-Za-z0-9._-]{1,64})(\/similar)?$/.exec(hash);
        const statute = /^#\/statutes\/([^/?]+)\/([^/?]+)$/.exec(hash);
        const tool = /^#\/(precedents|compilation|course|work|edit)(\?.*)?$/.exec(hash);
        const view = record ? "record" : statute ? "statute" : tool ? tool[1] : "search";
        for (const name of VIEWS) $(name + "-view").hidden = name !== view;
        for (const [name, tab] of Object.entries(TABS)) {
          const current = name === view || (name === "search" && (view === "record" || view === "statute"));
          $(tab).setAttribute("aria-current", current ? "page" : "false");
        }
        $("tab-search").setAttribute("href", location.pathname + location.search);
        const params = new URLSearchParams(tool ? tool[2] || "" : "");
        const moveFocus = routedOnce;
        routedOnce = true;
        if (view === "record") showRecord(record[1], Boolean(record[2]));
        else if (view === "statute") showStatuteCases(decodeSegment(statute[1]), decodeSegment(statute[2]));
        else if (view === "precedents") showPrecedents(params, moveFocus);
        else if (view === "compilation") showCompilation(params, moveFocus);
        else if (view === "course") showCourse(params, moveFocus);
        else if (view === "work") showWork(moveFocus);
        else if (view === "edit") showEdit(params, moveFocus);
        else showSearch();
      }

      function decodeSegment(text) {
        try { return decodeURIComponent(text); } catch (error) { return text; }
      }

      /** Moves focus to a view's heading (after navigation, not on first load). */
      function focusHeading(id, moveFocus) {
        if (moveFocus) $(id).focus();
      }

      // ---- search ----
      let searchGeneration = 0;
      async function showSearch() {
        const state = readState();
        const generation = ++searchGeneration;
        $("q").value = state.q;
        document.title = (state.q ? state.q + " - " : "") + "政府信息公开案例库";
        const params = new URLSearchParams();
        params.set("q", state.q);
        for (const name of FILTERS) for (const value of state.filters[name]) params.append(name, value);
        params.set("offset", String(Math.min((state.page - 1) * PAGE_SIZE, MAX_OFFSET)));
        params.set("limit", String(PAGE_SIZE));
        showStatus($("search-status"), "正在检索…");
        let data;
        try {
          data = await api("/api/search?" + params.toString());
        } catch (error) {
          if (generation !== searchGeneration) return;
          $("results").replaceChildren();
          $("pager").replaceChildren();
          $("facets").replaceChildren();
          showStatus($("search-status"), "检索出错：" + error.message, "error");
          return;
        }
        if (generation !== searchGeneration) return;
        renderFacets(state, data.facets || {});
        renderResults(state, data);
      }

      function renderResults(state, data) {
        const results = data.results || [];
        if (results.length === 0) {
          const what = state.q ? "与“" + state.q + "”相符的记录" : "符合条件的记录";
          showStatus($("search-status"), "没有找到" + what + "。请尝试更少或不同的检索词，或清除筛选条件。", "empty");
        } else {
          const first = data.offset + 1;
          const named = (data.references || []).length ? "（已识别：" + data.references.join("；") + "）" : "";
          showStatus($("search-status"), "共 " + data.total + " 条，显示第 " + first + "–" + (data.offset + results.length) + " 条" + named);
        }
        $("results").replaceChildren(...results.map((hit) => {
          const snippet = el("p", { className: "snippet" });
          setSnippet(snippet, hit.snippet);
          const meta = [KIND_NAMES[hit.kind] || hit.kind, hit.year, hit.category, hit.response, hit.response_detail, hit.unit,
            hit.stage, hit.result, hit.date].filter((v) => v !== undefined && v !== "");
          return el("li", { className: "result" + (hit.corrected ? " is-corrected" : "") },
            el("h2", { className: "result-title" }, el("a", { href: "#/records/" + encodeURIComponent(hit.id), text: hit.title }),
              hit.corrected ? [" ", correctedFlag()] : null),
            el("p", { className: "meta" }, hit.kind === "case" ? [statusBadge(hit.status, hit.status_label), " "] : null, meta.join(" · "),
              el("span", { className: "record-id", text: hit.id })),
            (hit.exact || []).length ? el("p", { className: "match-note exact", text: "精确匹配：" + hit.exact.join("；") }) : null,
            (hit.thesaurus || []).length ? el("p", { className: "match-note", text: "同义词表：" + hit.thesaurus.slice(0, 3).join("；")
              + (hit.thesaurus.length > 3 ? " 等" : "") }) : null,
            snippet, addToCourseButton(hit));
        }));
        renderPager(state, data.total);
      }

      function renderFacets(state, facets) {
        const sections = [];
        const active = FILTERS.some((name) => state.filters[name].length > 0);
        if (active) {
          sections.push(pageLink(searchURL({ q: state.q, filters: {}, page: 1 }), { className: "clear-filters", text: "清除全部筛选" }));
        }
        for (const [name, label] of FACETS) {
          const counts = facets[name] || [];
          if (counts.length === 0) continue;
          const shown = name === "year" ? counts.slice().sort((a, b) => b.value.localeCompare(a.value)) : counts;
          sections.push(el("section", { className: "facet" },
            el("h2", { text: label }),
            el("ul", {}, shown.map((entry) => {
              const selected = state.filters[name].includes(entry.value);
              const values = selected ? state.filters[name].filter((v) => v !== entry.value) : state.filters[name].concat([entry.value]);
              const filters = Object.assign({}, state.filters, { [name]: values });
              const text = name === "kind" ? KIND_NAMES[entry.value] || entry.value : entry.value;
              return el("li", {}, pageLink(searchURL({ q: state.q, filters, page: 1 }),
                { className: selected ? "facet-value selected" : "facet-value", "aria-current": selected ? "true" : false,
                  title: selected ? "取消此筛选" : "只看" + text },
                el("span", { className: "facet-label", text }), el("span", { className: "count", text: entry.count })));
            }))));
        }
        // On a narrow screen the facets are folded, so the first result stays on the first screen.
        const chosen = FILTERS.reduce((n, name) => n + state.filters[name].length, 0);
        const box = el("details", { className: "facet-box", open: window.matchMedia("(min-width: 48rem)").matches },
          el("summary", { text: "筛选" + (chosen ? "（已选 " + chosen + " 项）" : "") }), ...sections);
        $("facets").replaceChildren(sections.length ? box : "");
      }

      function renderPager(state, total) {
        const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(MAX_OFFSET / PAGE_SIZE) + 1);
        if (pages <= 1) { $("pager").replaceChildren(); return; }
        const at = (page) => searchURL(Object.assign({}, state, { page }));
        $("pager").replaceChildren(
          state.page > 1 ? pageLink(at(state.page - 1), { rel: "prev", text: "‹ 上一页" }) : el("span", { className: "disabled", text: "‹ 上一页" }),
          el("span", { className: "page-number", text: "第 " + state.page + " / " + pages + " 页" }),
          state.page < pages ? pageLink(at(state.page + 1), { rel: "next", text: "下一页 ›" }) : el("span", { className: "disabled", text: "下一页 ›" }));
      }

      // ---- record view ----
      function section(title, ...content) {
        return el("section", { className: "record-section" }, el("h2", { text: title }), ...content);
      }

      function textSection(title, text) {
        return text ? section(title, el("p", { className: "prose", text })) : null;
      }

      function facts(pairs) {
        return el("dl", { className: "facts" }, pairs.filter(([, value]) => value !== undefined && value !== null && value !== "")
          .flatMap(([label, value]) => [el("dt", { text: label }), el("dd", { text: value })]));
      }

      function recordLink(summary) {
        return el("a", { href: "#/records/" + encodeURIComponent(summary.id), text: summary.title || summary.id });
      }

      function correctedFlag() {
        return el("strong", { className: "flag corrected", text: "【被纠正】" });
      }

      function outcomeTable(outcomes) {
        if (outcomes.length === 0) return el("p", { className: "muted", text: "本案没有复议或诉讼记录。" });
        return el("div", { className: "table-scroll" }, el("table", { className: "outcomes" },
          el("thead", {}, el("tr", {}, ["阶段", "复议机关 / 法院", "日期", "结果", "摘要"].map((h) => el("th", { scope: "col", text: h })))),
          el("tbody", {}, outcomes.map((o) => el("tr", { className: "effect-" + o.effect },
            el("td", { className: "nowrap" }, el("a", { href: "#/records/" + encodeURIComponent(o.id), text: o.stage })),
            el("td", {}, o.body || "", o.number ? el("div", { className: "muted", text: o.number }) : null),
            el("td", { className: "nowrap", text: o.date }),
            el("td", {}, o.result, " ", o.effect === "corrected" ? correctedFlag() : el("span", { className: "muted", text: "（" + (EFFECT_NAMES[o.effect] || "") + "）" })),
            el("td", { className: "prose", text: o.summary }))))));
      }

      function caseBody(record, data) {
        const response = record.response + (record.response_detail ? "（" + record.response_detail + "）" : "");
        return [
          facts([["编号", record.id], ["类型", "案例"], ["年份", record.year], ["承办单位", record.unit], ["类别", record.category],
            ["答复结果", response], ["受理日期", record.received], ["答复日期", record.answered], ["适用条例", record.regime ? record.regime + " 年版" : ""],
            ["申请人类型", record.applicant_subtype ? record.applicant_type + "（" + record.applicant_subtype + "）" : record.applicant_type], ["疑难申请", record.hard ? "是" : ""], ["复议诉讼", data.status_label || STATUS_NAMES[data.status]],
            ["审核状态", record.review ? REVIEW_NAMES[record.review.status] || record.review.status : ""], ["范围", record.scope === "restricted" ? "限制查看" : ""],
            ["标签", (record.tags || []).join("、")]]),
          textSection("申请内容", record.request),
          textSection("答复说明", record.response_note),
          (record.legal_basis || []).length ? section("法律依据", el("ul", {}, record.legal_basis.map((b) => el("li", { text: b })))) : null,
          textSection("会商意见", record.consultation),
          textSection("评析", record.analysis),
          section("复议诉讼情况", outcomeTable(data.outcomes || [])),
        ];
      }

      function outcomeBody(record, data) {
        return [
          facts([["编号", record.id], ["类型", "复议诉讼结果"], ["阶段", record.stage], ["复议机关 / 法院", record.body],
            ["文号", record.number], ["日期", record.date], ["结果", record.result + "（" + (EFFECT_NAMES[data.effect] || "") + "）"]]),
          section("所涉案例", data.case ? el("p", {}, recordLink(data.case)) : el("p", { className: "muted", text: "案例库中没有该案例：" + record.case })),
          textSection("摘要", record.summary),
        ];
      }

      function trainingBody(record, data) {
        return [
          facts([["编号", record.id], ["类型", "培训材料"], ["日期", record.date], ["作者", record.author], ["对象", record.audience],
            ["主题", (record.topics || []).join("、")]]),
          (data.cases || []).length ? section("涉及案例", el("ul", {}, data.cases.map((c) => el("li", {}, recordLink(c))))) : null,
          textSection("内容", record.body),
        ];
      }

      let recordGeneration = 0;
      async function showRecord(id, withSimilar) {
        const generation = ++recordGeneration;
        const view = $("record-view");
        const back = el("p", { className: "back" }, el("a", { href: location.pathname + location.search, text: "‹ 返回检索结果" }));
        const status = el("div", { className: "status", role: "status", "aria-live": "polite", text: "正在读取…" });
        view.replaceChildren(back, status);
        let data;
        try {
          data = await api("/api/records/" + encodeURIComponent(id));
        } catch (error) {
          if (generation === recordGeneration) showStatus(status, (error.status === 404 ? "没有找到该记录：" : "读取出错：") + error.message, "error");
          return;
        }
        if (generation !== recordGeneration) return;
        const record = data.record;
        const heading = el("h1", { tabindex: "-1" }, record.title || (record.stage + " " + record.body),
          data.status === "corrected" || data.effect === "corrected" ? [" ", correctedFlag()] : null);
        const body = record.kind === "case" ? caseBody(record, data) : record.kind === "outcome" ? outcomeBody(record, data) : trainingBody(record, data);
        const similarURL = "#/records/" + encodeURIComponent(id) + "/similar";
        const similar = el("section", { className: "record-section similar", id: "similar" },
          el("h2", {}, withSimilar ? "相似案例" : el("a", { href: similarURL, text: "相似案例" })));
        status.remove();
        const citations = data.citations ? citationsSection(data.citations) : null;
        view.replaceChildren(back, el("article", { className: "record kind-" + record.kind }, heading, ...body.filter(Boolean), citations, similar));
        document.title = (record.title || record.id) + " - 政府信息公开案例库";
        if (withSimilar) loadSimilar(id, similar, generation); else heading.focus();
      }

      async function loadSimilar(id, container, generation) {
        const status = el("div", { className: "status", role: "status", "aria-live": "polite", text: "正在查找相似案例…" });
        container.append(status);
        try {
          const data = await api("/api/records/" + encodeURIComponent(id) + "/similar?limit=10");
          if (generation !== recordGeneration) return;
          if (data.results.length === 0) { showStatus(status, "没有找到相似案例。", "empty"); return; }
          status.remove();
          const best = data.results.length ? data.results[0].score : 0;
          container.append(el("ol", { className: "similar-list" }, data.results.map((c) => el("li", {}, recordLink(c),
            c.corrected ? [" ", correctedFlag()] : null, " ", statusBadge(c.status, c.status_label),
            el("span", { className: "muted", text: " " + [c.year, c.category, c.response, closeness(c.score, best)].filter(Boolean).join(" · ") })))));
          container.querySelector("h2").setAttribute("tabindex", "-1");
          container.querySelector("h2").focus();
        } catch (error) {
          if (generation === recordGeneration) showStatus(status, "查找相似案例出错：" + error.message, "error");
        }
      }
    """#

    /// Installs the event handlers and shows the first view (closes the closure).
    static let startupPart = #"""
      document.addEventListener("DOMContentLoaded", () => {
        $("search-form").addEventListener("submit", (event) => {
          event.preventDefault();
          const state = readState();
          go(searchURL({ q: $("q").value.trim(), filters: state.filters, page: 1 }));
        });
        $("precedents-form").addEventListener("submit", submitPrecedents);
        installDesk();
        $("compilation-form").addEventListener("submit", submitCompilation);
        $("compilation-year").addEventListener("input", updateCompilationLinks);
        installCourseForm();
        installAccess();
        window.addEventListener("popstate", route);
        window.addEventListener("hashchange", route);
        route();
      });
    })();
    """#
}
