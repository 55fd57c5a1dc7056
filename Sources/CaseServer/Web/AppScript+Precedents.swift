extension AppScript {
    /// The find-precedents view and the precedent card (also used by similar cases' badges).
    ///
    /// `#/precedents?text=…&category=…&response=…` fills in the form and submits it; submitting
    /// writes the form back into the hash, so the address can be shared.
    static let precedentsPart = #"""
      // ---- precedents ----
      const FIELD_NAMES = { title: "标题", request: "申请内容", analysis: "评析", consultation: "会商意见", response_note: "答复说明",
        tags: "标签", legal_basis: "法律依据", body: "正文", summary: "摘要" };
      const BOOST_NAMES = { "same category": "同类别", "same response": "同答复结果", "upheld in litigation": "诉讼维持",
        "upheld on reconsideration": "复议维持", "decided under the 2008 Regulations": "适用2008年条例" };

      function fieldName(field) {
        return FIELD_NAMES[field] || FIELD_NAMES[String(field).replace(/\[\d+\]$/, "")] || field;
      }

      function boostName(name) {
        const age = /^age (\d+) years?$/.exec(name);
        return age ? "年代久远 " + age[1] + " 年" : BOOST_NAMES[name] || name;
      }

      /** How close a result is, in words, from its score's share of the best score (no raw score is shown). */
      function closeness(score, best) {
        if (score === undefined || score === null || !best) return "";
        const share = Number(score) / Number(best);
        return "相关度" + (share >= 0.8 ? "高" : share >= 0.5 ? "中" : "一般");
      }

      function statusBadge(status, label) {
        if (!status) return null;
        return el("span", { className: "badge status-" + status, text: label || STATUS_NAMES[status] || status });
      }

      function outcomeHistory(outcomes) {
        if (!outcomes || outcomes.length === 0) return null;
        return el("ol", { className: "history", "aria-label": "复议诉讼经过" }, outcomes.map((o) => el("li", { className: "effect-" + o.effect },
          el("span", { className: "nowrap", text: o.date || "日期不详" }), " ", o.stage || "", " ", o.body || "", " ",
          el("strong", { text: o.result || "" }), o.effect === "corrected" ? [" ", correctedFlag()] : null)));
      }

      function passageList(passages) {
        if (!passages || passages.length === 0) return null;
        return el("div", { className: "passages" }, passages.map((p) => {
          const text = el("span", {});
          setSnippet(text, p.html);
          return el("p", { className: "passage" }, el("span", { className: "passage-field", text: fieldName(p.field) + "：" }), text);
        }));
      }

      function whyBlock(why) {
        if (!why) return null;
        const rows = [];
        const phrases = readablePhrases(why.phrases || []);
        if (phrases.length) rows.push(["共同词语", phrases.join("、")]);
        const thesaurus = (why.terms || []).filter((t) => t.source === "thesaurus").map((t) => t.term);
        if (thesaurus.length) rows.push(["同义词表", thesaurus.join("、")]);
        // Field terms are index bigrams (处罚、罚决、的行…): unreadable as a list, so only how many matched is shown.
        if ((why.fields || []).length) {
          rows.push(["命中字段", why.fields.map((f) => fieldName(f.field) + "（" + (f.terms || []).length + " 词）").join("、")]);
        }
        if ((why.boosts || []).length) rows.push(["排序调整", why.boosts.map((b) => boostName(b.name) + (Number(b.size) >= 0 ? "（靠前）" : "（靠后）")).join("；")]);
        if (rows.length === 0) return null;
        return el("details", { className: "why" }, el("summary", { text: "为什么列出此案" }),
          el("dl", {}, rows.flatMap(([label, value]) => [el("dt", { text: label }), el("dd", { text: value })])));
      }

      /** One precedent as a card. */
      function precedentCard(p) {
        const response = p.response ? p.response + (p.response_detail ? "（" + p.response_detail + "）" : "") : "";
        const facts = [p.year, p.unit, p.category].filter((v) => v !== undefined && v !== "").join(" · ");
        return el("li", { className: "result precedent" + (p.corrected ? " is-corrected" : "") },
          el("h2", { className: "result-title" }, el("a", { href: "#/records/" + encodeURIComponent(p.id), text: p.title || p.id }),
            p.corrected ? [" ", correctedFlag()] : null),
          p.corrected && p.warning ? el("p", { className: "warning", role: "note", text: p.warning }) : null,
          el("p", { className: "meta" }, statusBadge(p.status, p.status_label), " ", facts, el("span", { className: "record-id", text: p.id }),
            p.answer_days !== undefined ? el("span", { className: "answer-days", text: "答复用时 " + p.answer_days + " 个工作日" }) : null),
          response ? el("p", { className: "sub-row", text: "答复：" + response }) : null,
          (p.legal_basis || []).length ? el("p", { className: "sub-row", text: "依据：" + p.legal_basis.join("；") }) : null,
          outcomeHistory(p.outcomes),
          passageList(p.passages),
          whyBlock(p.why));
      }

      /** Shows the form; `#/precedents?text=…&category=…&response=…` fills it in and submits it. */
      function showPrecedents(params, moveFocus) {
        document.title = "查找先例 - 政府信息公开案例库";
        const text = params.get("text") || "";
        if (!text) { focusHeading("precedents-heading", moveFocus); return; }
        const form = formFromParams(params);
        if (JSON.stringify(form) === JSON.stringify(readPrecedentForm()) && $("precedents-results").children.length > 0) return;
        writePrecedentForm(form);
        runPrecedents(form);
      }

      function submitPrecedents(event) {
        event.preventDefault();
        const form = readPrecedentForm();
        form.text = form.text.trim();
        if (!form.text) { showStatus($("precedents-status"), "请先填写申请内容。", "error"); $("precedents-text").focus(); return; }
        const params = new URLSearchParams();
        for (const [key, value] of Object.entries(form)) if (value) params.set(key, value);  // text, boosts, filters, dates
        history.replaceState(null, "", location.pathname + location.search + "#/precedents?" + params.toString());
        runPrecedents(form);
      }

      /** The statute articles that answer the application (`GET /api/statutes/search`), under the precedents. */
      async function runRelatedStatutes(text, generation) {
        const section = $("statutes-for-application");
        const status = $("related-statutes-status");
        const list = $("related-statutes");
        section.hidden = false;
        list.replaceChildren();
        showStatus(status, "正在查找相关法条…");
        try {
          const data = await api("/api/statutes/search?limit=5&q=" + encodeURIComponent(text));
          if (generation !== precedentGeneration) return;
          const results = (data && data.results) || [];
          if (results.length === 0) { showStatus(status, "库中没有找到相关法条（可用 caselib statutes import 导入法规）。", "empty"); return; }
          status.textContent = "";
          list.replaceChildren(...results.map((r) => el("li", { className: "result statute" },
            el("h3", { className: "result-title", text: "《" + (r.law || "") + "》" + (r.article || "") }),
            el("p", { className: "meta", text: [r.version ? r.version + " 施行" : "", r.chapter || ""].filter(Boolean).join(" · ") }),
            r.snippet ? (() => { const p = el("p", { className: "snippet" }); setSnippet(p, r.snippet); return p; })() : null)));
        } catch (error) {
          if (generation === precedentGeneration) showStatus(status, "查找相关法条出错：" + error.message, "error");
        }
      }

      let precedentGeneration = 0;
      async function runPrecedents(form) {
        const generation = ++precedentGeneration;
        runRelatedStatutes(form.text, generation);
        const status = $("precedents-status");
        const list = $("precedents-results");
        showStatus(status, "正在查找先例…");
        list.replaceChildren();
        $("desk").hidden = true;
        let data;
        try {
          data = await api("/api/precedents", {
            method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(precedentBody(form)),
          });
        } catch (error) {
          if (generation === precedentGeneration) showStatus(status, "查找先例出错：" + error.message, "error");
          return;
        }
        if (generation !== precedentGeneration) return;
        const results = (data && data.results) || [];
        renderDesk(data);
        if (results.length === 0) {
          showStatus(status, "没有找到可参考的先例。可以补充申请内容的细节，或取消类别、答复结果的加权和筛选。", "empty");
          return;
        }
        const corrected = results.filter((p) => p.corrected).length;
        showStatus(status, "找到 " + results.length + " 个可参考的先例" + (corrected ? "，其中 " + corrected + " 个答复已被纠正（仅供警示）" : ""));
        list.replaceChildren(...results.map(precedentCard));
      }
    """#
}
