extension AppScript {
    /// The answer desk on the precedents view: the form's filters and deadline dates (kept in the
    /// hash with the text), the character counter, and the suggested handling, applicable articles
    /// and deadline that `POST /api/precedents` returns beside the precedents.
    static let deskPart = #"""
      // ---- answer desk ----
      const DESK_FIELDS = { category: "precedents-category", response: "precedents-response", filter_category: "filter-category",
        filter_response: "filter-response", status: "filter-status", regime: "filter-regime", year: "filter-year", unit: "filter-unit",
        received: "deadline-received", corrected: "deadline-corrected", paused_from: "deadline-paused-from", paused_to: "deadline-paused-to" };

      function readPrecedentForm() {
        const form = { text: $("precedents-text").value };
        for (const [key, id] of Object.entries(DESK_FIELDS)) form[key] = $(id).value.trim();
        form.extended = $("deadline-extended").checked ? "1" : "";
        return form;
      }

      function writePrecedentForm(form) {
        $("precedents-text").value = form.text;
        for (const [key, id] of Object.entries(DESK_FIELDS)) $(id).value = form[key] || "";
        $("deadline-extended").checked = form.extended === "1";
        updateCounter();
        $("precedents-filters").open = ["filter_category", "filter_response", "status", "regime", "year", "unit"].some((k) => form[k]);
        $("precedents-dates").open = Boolean(form.received);
      }

      function formFromParams(params) {
        const form = { text: params.get("text") || "" };
        for (const key of Object.keys(DESK_FIELDS)) form[key] = params.get(key) || "";
        form.extended = params.get("extended") === "1" ? "1" : "";
        return form;
      }

      /** The request body of `POST /api/precedents` for a form (kept for the report's download). */
      function precedentBody(form) {
        const body = { text: form.text, category: form.category || null, response: form.response || null };
        for (const key of ["filter_category", "filter_response", "status", "regime", "year", "unit", "received", "corrected"]) {
          if (form[key]) body[key] = form[key];
        }
        if (form.received && form.extended) body.extended = true;
        if (form.received && form.paused_from && form.paused_to) body.paused = [form.paused_from + ".." + form.paused_to];
        lastDeskBody = body;
        return body;
      }

      /** Matched phrases as people read them: at least two characters, longer ones first, no phrase inside another. */
      function readablePhrases(phrases) {
        const sorted = phrases.filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
        return sorted.filter((p, index) => !sorted.slice(0, index).some((longer) => longer.includes(p))).slice(0, 8);
      }

      function updateCounter() {
        const limit = Number($("precedents-text").getAttribute("maxlength")) || 20000;
        const count = $("precedents-text").value.length;
        const counter = $("precedents-count");
        counter.textContent = count + " / " + limit + " 字" + (count >= limit ? "（已达上限）" : "");
        counter.classList.toggle("full", count >= limit);
      }

      let lastDeskBody = null;

      /** Downloads the 类案检索报告 of the last search (`POST /api/precedents/report?format=…`). */
      async function downloadReport(format) {
        if (!lastDeskBody) return;
        const status = $("precedents-status");
        try {
          const response = await fetch("/api/precedents/report?format=" + format, withToken({
            method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(lastDeskBody) }));
          if (!response.ok) {
            let message = "请求未被接受（" + response.status + "）。";
            try { message = (await response.json()).error.message; } catch (error) { /* keep the generic message */ }
            showStatus(status, "无法生成类案检索报告：" + message, "error");
            return;
          }
          const link = el("a", { href: URL.createObjectURL(await response.blob()), download: "类案检索报告." + format });
          document.body.append(link);
          link.click();
          link.remove();
        } catch (error) {
          showStatus(status, "无法生成类案检索报告：无法连接服务器，请稍后再试。", "error");
        }
      }

      function installDesk() {
        $("precedents-text").addEventListener("input", updateCounter);
        $("desk-report-md").addEventListener("click", () => downloadReport("md"));
        $("desk-report-html").addEventListener("click", () => downloadReport("html"));
        updateCounter();
      }

      function articleItem(a) {
        const version = a.version ? (a.in_force === false ? "类案引用的 " + a.version + " 施行版本（非现行）" : a.version + " 施行版本") : "库中未收录该条文";
        const sources = [];
        if ((a.cases || []).length) sources.push("类案引用：" + a.cases.join("、"));
        if ((a.corrected_cases || []).length) sources.push("被纠正类案引用：" + a.corrected_cases.join("、"));
        if (a.found_by_search) sources.push("条文检索命中");
        return el("li", { className: "result statute" + (a.in_force === false ? " superseded" : "") },
          el("h3", { className: "result-title", text: "《" + a.law + "》" + a.article }),
          el("p", { className: "meta", text: [version, sources.join("；")].filter(Boolean).join(" · ") }),
          a.text ? el("details", { className: "article-text" }, el("summary", { text: "条文内容" }), el("p", { className: "prose", text: a.text })) : null);
      }

      function renderDesk(data) {
        const desk = $("desk");
        if (!data || !data.suggestion) { desk.hidden = true; return; }
        desk.hidden = false;
        $("desk-suggestion").textContent = data.suggestion.text;
        const deadline = $("desk-deadline");
        if (data.deadline) {
          deadline.replaceChildren(el("p", {}, el("strong", { text: "答复期限：" + data.deadline.due }), " ", data.deadline.explanation));
        } else if (data.deadline_error) {
          deadline.replaceChildren(el("p", { className: "warning", text: "无法计算答复期限：" + data.deadline_error }));
        } else {
          deadline.replaceChildren(el("p", { className: "muted", text: "填写“收到申请日期”后可计算答复期限。" }));
        }
        const articles = data.articles || [];
        $("desk-articles-heading").textContent = "适用条文（" + articles.length + " 条，按 " + data.date + " 施行的版本）";
        $("desk-articles").replaceChildren(...articles.map(articleItem));
        $("desk-articles-box").hidden = articles.length === 0;
      }
    """#
}
