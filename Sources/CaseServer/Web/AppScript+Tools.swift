extension AppScript {
    /// The record view's cited provisions, the cases citing an article (`#/statutes/LAW/ARTICLE`)
    /// and the yearly compilation (`#/compilation?year=…`; a `year` in the address checks it at once).
    static let toolsPart = #"""
      // ---- cited provisions and the cases citing an article ----
      function statuteHash(law, article) {
        return "#/statutes/" + encodeURIComponent(law) + "/" + encodeURIComponent(article);
      }

      /** The record's citations, one entry per provision (the fields citing it merged). */
      function citationsSection(citations) {
        const merged = [];
        const byKey = new Map();
        for (const c of citations || []) {
          const key = [c.law, c.provision || c.article, c.version || ""].join("|");
          if (byKey.has(key)) { byKey.get(key).fields.push(c.field); continue; }
          const entry = Object.assign({}, c, { fields: [c.field] });
          byKey.set(key, entry);
          merged.push(entry);
        }
        if (merged.length === 0) return null;
        return section("引用的法律条文", el("ul", { className: "citations" }, merged.map((c) => el("li", { className: "citation" + (c.resolved ? "" : " unresolved") },
          el("p", { className: "citation-head" }, el("strong", { text: "《" + c.law + "》" }), c.provision || c.article,
            c.version ? el("span", { className: "muted", text: "（" + c.version + " 施行的版本）" }) : null,
            el("span", { className: "muted", text: " 见于" + Array.from(new Set(c.fields.map(fieldName))).join("、") })),
          c.resolved && c.provision_text
            ? el("details", { className: "provision", open: true }, el("summary", { text: "条文" }), el("p", { className: "prose", text: c.provision_text }))
            : el("p", { className: "unresolved-note", text: (c.version_hint === "earlier" ? "所指的修订前版本不在条文库中，不显示条文（"
                : c.version_hint === "later" ? "所指的修订后版本不在条文库中，不显示条文（" : "未能对应到所指版本的法规文本（") + c.text + "）" }),
          c.resolved ? el("p", { className: "citation-links" }, el("a", { href: statuteHash(c.law, c.article), text: "适用该条的案例" })) : null))));
      }

      let statuteGeneration = 0;
      async function showStatuteCases(law, article) {
        const generation = ++statuteGeneration;
        const view = $("statute-view");
        const heading = el("h1", { tabindex: "-1" }, "适用该条的案例：《" + law + "》" + article);
        const status = el("div", { className: "status", role: "status", "aria-live": "polite", text: "正在查找…" });
        const back = el("p", { className: "back" }, el("button", { type: "button", className: "link-button", onclick: () => history.back(), text: "‹ 返回" }));
        view.replaceChildren(back, el("article", { className: "record" }, heading, status));
        document.title = "《" + law + "》" + article + " - 政府信息公开案例库";
        heading.focus();
        let data;
        try {
          data = await api("/api/statutes/" + encodeURIComponent(law) + "/" + encodeURIComponent(article) + "/cases");
        } catch (error) {
          if (generation === statuteGeneration) showStatus(status, "查找出错：" + error.message, "error");
          return;
        }
        if (generation !== statuteGeneration) return;
        const cases = data.cases || [];
        if (cases.length === 0) { showStatus(status, "案例库中没有适用该条的案例。", "empty"); return; }
        showStatus(status, "共 " + data.count + " 个案例适用《" + data.law + "》" + data.article);
        status.after(el("ol", { className: "results statute-cases" }, cases.map((c) => el("li", { className: "result" },
          el("h2", { className: "result-title" }, recordLink(c), c.status === "corrected" ? [" ", correctedFlag()] : null),
          el("p", { className: "meta" }, statusBadge(c.status, c.status_label), " ",
            [c.year, c.unit, c.category, c.response].filter((v) => v !== undefined && v !== "").join(" · "),
            el("span", { className: "record-id", text: c.id }))))));
      }

      // ---- yearly compilation ----
      function compilationURL(year, format) {
        return "/api/compilations/" + encodeURIComponent(year) + "?format=" + format;
      }

      function updateCompilationLinks() {
        const year = $("compilation-year").value.trim();
        for (const format of ["md", "csv"]) {
          const link = $("compilation-" + format);
          link.setAttribute("href", compilationURL(year, format));
          link.setAttribute("download", "案例汇编-" + year + "." + format);
        }
      }

      function showCompilation(params, moveFocus) {
        document.title = "年度汇编 - 政府信息公开案例库";
        const year = params.get("year");
        if (year) $("compilation-year").value = year;
        else if (!$("compilation-year").value) $("compilation-year").value = String(new Date().getFullYear() - 1);
        updateCompilationLinks();
        focusHeading("compilation-heading", moveFocus);
        if (year) checkCompilation(year, null);
      }

      function submitCompilation(event) {
        event.preventDefault();
        const year = $("compilation-year").value.trim();
        if (!/^\d{4}$/.test(year)) { showStatus($("compilation-status"), "请填写四位数的年度，例如 2024。", "error"); $("compilation-year").focus(); return; }
        // Open the tab while the click still counts as the user's, then point it at the compilation.
        checkCompilation(year, event.isTrusted ? window.open("", "_blank") : null);
      }

      /** Asks for the HTML compilation; on success opens it in `tab` (or offers a link), else shows the API's message. */
      async function checkCompilation(year, tab) {
        const status = $("compilation-status");
        const url = compilationURL(year, "html");
        showStatus(status, "正在生成 " + year + " 年度汇编…");
        let response;
        try {
          response = await fetch(url, withToken({}));
        } catch (error) {
          if (tab) tab.close();
          showStatus(status, "无法连接服务器，请稍后再试。", "error");
          return;
        }
        if (!response.ok) {
          if (tab) tab.close();
          let message = "HTTP " + response.status;
          try { const body = await response.json(); if (body && body.error) message = body.error.message; } catch (error) { /* not JSON */ }
          const hint = response.status === 422 ? "（请在案例库的 compilation.conf 中设置 office = 发布机关）" : "";
          showStatus(status, "无法生成汇编：" + message + hint, "error");
          return;
        }
        // The page holds the token, not the browser: the document is handed over as a blob.
        const blobURL = URL.createObjectURL(await response.blob());
        if (tab) tab.location.href = blobURL;
        showStatus(status, year + " 年度汇编已生成。");
        status.append(" ", el("a", { href: blobURL, target: "_blank", rel: "noopener", text: "在新标签页打开" }));
      }
    """#
}
