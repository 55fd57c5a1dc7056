extension AppScript {
    /// The course builder (`#/course`): a draft in `localStorage`, sessions chosen by query, by
    /// records picked from search results (cases corrected on reconsideration or in court flagged
    /// 【被纠正】) and by statute articles, and the pack from `POST /api/courses?format=html` or, as a
    /// page-numbered PDF, `?format=pdf`.
    ///
    /// `#/course?spec=<JSON spec>` replaces the draft with that spec (so a draft can be shared, and
    /// tests can drive the view); `&active=N` makes session N (from 0) the one search results are
    /// added to; `&build=1` also generates the pack.
    static let coursePart = #"""
      // ---- course builder ----
      const COURSE_KEY = "caselib.courseDraft";

      function emptyDraft() {
        return { title: "", audience: "", date: "", sessions: [emptySession()], active: null };
      }

      function emptySession() {
        return { title: "", query: "", articles: "", records: [], limit: "" };
      }

      function loadDraft() {
        try {
          const draft = JSON.parse(localStorage.getItem(COURSE_KEY) || "null");
          if (draft && Array.isArray(draft.sessions)) return draft;
        } catch (error) { /* no storage or a broken draft: start afresh */ }
        return emptyDraft();
      }

      function saveDraft(draft) {
        try { localStorage.setItem(COURSE_KEY, JSON.stringify(draft)); } catch (error) { /* storage unavailable: the draft lives in this page only */ }
      }

      /** A draft from a course spec (records become {id, title: id}). */
      function draftFromSpec(spec) {
        const sessions = (Array.isArray(spec.sessions) ? spec.sessions : []).map((s) => ({
          title: String(s.title || ""), query: String(s.query || ""), limit: s.limit ? String(s.limit) : "",
          articles: (Array.isArray(s.articles) ? s.articles : []).map(String).join("；"),
          records: (Array.isArray(s.records) ? s.records : []).map((id) => ({ id: String(id), title: String(id) })),
        }));
        return { title: String(spec.title || ""), audience: String(spec.audience || ""), date: String(spec.date || ""),
          sessions: sessions.length ? sessions : emptyDraft().sessions, active: null };
      }

      /** The JSON spec `POST /api/courses` reads; empty fields are left out. */
      function specFromDraft(draft) {
        const spec = { title: draft.title.trim(), sessions: [] };
        if (draft.audience.trim()) spec.audience = draft.audience.trim();
        if (draft.date) spec.date = draft.date;
        for (const s of draft.sessions) {
          const session = { title: s.title.trim() };
          if (s.query.trim()) session.query = s.query.trim();
          const articles = String(s.articles || "").trim();
          if (articles) session.articles = [articles];
          if (s.records.length) session.records = s.records.map((r) => r.id);
          if (String(s.limit).trim()) session.limit = Number(s.limit);
          spec.sessions.push(session);
        }
        return spec;
      }

      /** "加入课程" for a search hit when the draft has an active session. */
      function addToCourseButton(hit) {
        if (hit.kind !== "case" && hit.kind !== "training") return null;
        const draft = loadDraft();
        const session = draft.active === null || draft.active === undefined ? null : draft.sessions[draft.active];
        if (!session) return null;
        const label = "课节“" + (session.title || "第 " + (draft.active + 1) + " 节") + "”";
        const added = session.records.some((r) => r.id === hit.id);
        const button = el("button", { type: "button", className: "secondary small", disabled: added,
          text: added ? "已在" + label + "中" : "加入课程：" + label });
        button.addEventListener("click", () => {
          const current = loadDraft();
          const target = current.sessions[current.active];
          if (!target) return;
          if (!target.records.some((r) => r.id === hit.id)) target.records.push({ id: hit.id, title: hit.title || hit.id });
          saveDraft(current);
          if (hit.kind === "case") resolveRecordTitles(current);
          button.disabled = true;
          button.textContent = "已加入" + label;
        });
        return el("p", { className: "course-add" }, button);
      }

      /** Replaces the ids shown for records imported from a spec by their titles (unknown ids stay as
          they are) and learns whether each case was corrected on reconsideration or in court. */
      async function resolveRecordTitles(draft) {
        const pending = draft.sessions.flatMap((s) => s.records).filter((r) => r.title === r.id || r.corrected === undefined);
        if (pending.length === 0) return;
        for (const record of pending) {
          try {
            const data = await api("/api/records/" + encodeURIComponent(record.id));
            if (data && data.record && data.record.title) record.title = data.record.title;
            record.corrected = Boolean(data && data.status === "corrected");
          } catch (error) {
            if (record.title === record.id) record.title = record.id + "（未找到该记录）";
            record.corrected = false;
          }
        }
        if (draft !== courseDraft) {
          // A draft added to from the search page: keep what was learned in the stored draft.
          const stored = loadDraft();
          for (const mine of stored.sessions.flatMap((s) => s.records)) {
            const known = pending.find((r) => r.id === mine.id);
            if (known) { mine.title = known.title; mine.corrected = known.corrected; }
          }
          saveDraft(stored);
          return;
        }
        saveDraft(draft);
        renderSessions(draft);
      }

      function labelled(label, input) {
        const id = "course-field-" + Math.random().toString(36).slice(2);
        input.id = id;
        return el("div", {}, el("label", { for: id, text: label }), input);
      }

      function renderSessions(draft) {
        const change = (session, key) => (event) => { session[key] = event.target.value; saveDraft(draft); };
        $("course-sessions").replaceChildren(...draft.sessions.map((s, index) => {
          const active = draft.active === index;
          const records = s.records.length
            ? el("ul", { className: "course-records" }, s.records.map((r, at) => el("li", {},
              el("a", { href: "#/records/" + encodeURIComponent(r.id), text: r.title }), r.title === r.id ? null : el("span", { className: "record-id", text: r.id }),
              r.corrected ? [" ", el("strong", { className: "flag corrected", title: "经复议或诉讼被纠正：课程包中标注【被纠正】，仅作警示", text: "【被纠正】" })] : null, " ",
              el("button", { type: "button", className: "link-button", "aria-label": "从课节移除 " + r.title,
                onclick: () => { s.records.splice(at, 1); saveDraft(draft); renderSessions(draft); }, text: "移除" }))))
            : el("p", { className: "muted", text: "尚未挑选案例。" });
          return el("li", { className: "course-session" + (active ? " active" : "") },
            el("fieldset", {}, el("legend", { text: "第 " + (index + 1) + " 节" + (active ? "（当前课节）" : "") }),
              el("div", { className: "form-grid" },
                labelled("课节标题", el("input", { type: "text", value: s.title, required: true, oninput: change(s, "title") })),
                labelled("检索式（可选）", el("input", { type: "search", value: s.query, placeholder: "例如：第三方意见", oninput: change(s, "query") })),
                labelled("相关条文（可选，全文印出）", el("input", { type: "text", value: s.articles || "", placeholder: "例如：《政府信息公开条例》第十五条、第三十二条", oninput: change(s, "articles") })),
                labelled("检索结果每类最多选用（条）", el("input", { type: "number", min: "1", max: "50", value: s.limit, placeholder: "3", oninput: change(s, "limit") }))),
              el("p", { className: "subheading", text: "挑选的案例" }), records,
              el("p", { className: "actions" },
                el("button", { type: "button", className: "secondary", "aria-pressed": active ? "true" : "false",
                  onclick: () => { draft.active = active ? null : index; saveDraft(draft); renderSessions(draft); showActiveHint(draft); },
                  text: active ? "取消当前课节" : "设为当前课节" }),
                el("button", { type: "button", className: "secondary", "aria-label": "删除第 " + (index + 1) + " 节", onclick: () => {
                  draft.sessions.splice(index, 1);
                  if (draft.active === index) draft.active = null; else if (draft.active > index) draft.active -= 1;
                  if (draft.sessions.length === 0) draft.sessions = emptyDraft().sessions;
                  saveDraft(draft); renderSessions(draft); showActiveHint(draft);
                }, text: "删除课节" }))));
        }));
      }

      function showActiveHint(draft) {
        const session = draft.active === null ? null : draft.sessions[draft.active];
        const status = $("course-status");
        if (!session) { showStatus(status, ""); return; }
        showStatus(status, "当前课节：第 " + (draft.active + 1) + " 节。到");
        status.append(el("a", { href: "/", text: "案例检索" }), "中检索，在结果上点“加入课程”即可加入此课节。");
      }

      let courseDraft = null;
      function showCourse(params, moveFocus) {
        document.title = "课程 - 政府信息公开案例库";
        const spec = params.get("spec");
        if (spec !== null) {
          try {
            courseDraft = draftFromSpec(JSON.parse(spec));
            const active = Number(params.get("active"));
            if (params.get("active") !== null && Number.isInteger(active) && courseDraft.sessions[active]) courseDraft.active = active;
            saveDraft(courseDraft);
          } catch (error) {
            courseDraft = loadDraft();
            showStatus($("course-status"), "地址中的课程（spec）不是有效的 JSON，未导入。", "error");
          }
          history.replaceState(null, "", location.pathname + location.search + "#/course");
        } else {
          courseDraft = loadDraft();
        }
        $("course-title").value = courseDraft.title;
        $("course-audience").value = courseDraft.audience;
        $("course-date").value = courseDraft.date;
        renderSessions(courseDraft);
        $("course-download").replaceChildren();
        if (spec === null) showActiveHint(courseDraft);
        focusHeading("course-heading", moveFocus);
        resolveRecordTitles(courseDraft);
        if (params.get("build") === "1" && spec !== null) buildCourse("html");
        if (params.get("build") === "pdf" && spec !== null) buildCourse("pdf");
      }

      function installCourseForm() {
        for (const key of ["title", "audience", "date"]) {
          $("course-" + key).addEventListener("input", (event) => { if (courseDraft) { courseDraft[key] = event.target.value; saveDraft(courseDraft); } });
        }
        $("course-add-session").addEventListener("click", () => {
          courseDraft.sessions.push(emptySession());
          saveDraft(courseDraft);
          renderSessions(courseDraft);
          const inputs = $("course-sessions").querySelectorAll("li:last-child input");
          if (inputs.length) inputs[0].focus();
        });
        $("course-clear").addEventListener("click", () => {
          if (!confirm("清空课程草稿？")) return;
          courseDraft = emptyDraft();
          saveDraft(courseDraft);
          showCourse(new URLSearchParams(), false);
          $("course-title").focus();
        });
        $("course-form").addEventListener("submit", (event) => { event.preventDefault(); buildCourse("html"); });
        $("course-pdf").addEventListener("click", () => { if ($("course-form").reportValidity()) buildCourse("pdf"); });
      }

      let packURL = null;
      /** Builds the pack as HTML or as a PDF with page numbers (slower: printed by the server). */
      async function buildCourse(format) {
        const status = $("course-status");
        const download = $("course-download");
        const pdf = format === "pdf";
        download.replaceChildren();
        showStatus(status, pdf ? "正在生成 PDF 课程包（需要几十秒）…" : "正在生成课程包…");
        let response;
        try {
          response = await fetch("/api/courses?format=" + (pdf ? "pdf" : "html"), withToken({
            method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(specFromDraft(courseDraft)),
          }));
        } catch (error) {
          showStatus(status, "无法连接服务器，请稍后再试。", "error");
          return;
        }
        if (!response.ok) {
          let message = "HTTP " + response.status;
          try { const body = await response.json(); if (body && body.error) message = body.error.message; } catch (error) { /* not JSON */ }
          showStatus(status, "无法生成课程包：" + message, "error");
          return;
        }
        const blob = await response.blob();
        if (packURL) URL.revokeObjectURL(packURL);
        packURL = URL.createObjectURL(new Blob([blob], { type: pdf ? "application/pdf" : "text/html;charset=utf-8" }));
        const name = (courseDraft.title.trim() || "课程包").replace(/[\\/:*?"<>|]/g, "_") + (pdf ? ".pdf" : ".html");
        showStatus(status, "课程包已生成（" + Math.max(1, Math.round(blob.size / 1024)) + " KB）。");
        const link = el("a", { href: packURL, download: name, className: "download-link", text: "下载课程包：" + name });
        download.replaceChildren(link);
        link.focus();
      }
    """#
}
