import CaseLibrary

extension AppScript {
    /// The spec's closed lists, for the case form's choices.
    static var vocabularyJSON: String {
        JSONWriter.compact(.object([
            ("categories", .array(Vocabulary.categories.map(JSONValue.string))),
            ("responses", .array(Vocabulary.responses.map(JSONValue.string))),
            ("details", .object(Vocabulary.responses.map { ($0, .array((Vocabulary.responseDetails[$0] ?? []).map(JSONValue.string))) })),
            ("applicantTypes", .array(Vocabulary.applicantTypes.map(JSONValue.string))),
            ("regimes", .array(Vocabulary.regimes.map(JSONValue.string))),
        ]))
    }

    /// "My records" (drafts, submitted, rejected, approved) and the reviewer's queue with approve
    /// and reject, and the form that adds or edits a case — warning about personal data before it
    /// is submitted.
    static let workPart = #"""
      // ---- my records and the review queue ----
      const STATE_NAMES = { draft: "草稿", submitted: "待审核", reviewed: "已审核", rejected: "已退回" };
      async function showWork(moveFocus) {
        focusHeading("work-heading", moveFocus);
        const status = $("work-status"), list = $("work-list");
        showStatus(status, "正在读取…");
        let data;
        try { data = await api("/api/work"); } catch (error) { showStatus(status, "读取失败：" + error.message, "error"); list.replaceChildren(); return; }
        const me = window.caselibMe || {};
        const reviewer = (me.rights || []).includes("review");
        showStatus(status, data.items.length ? "共 " + data.items.length + " 条。" : "没有记录。");
        list.replaceChildren(el("ul", { className: "work-list" }, ...data.items.map((item) => {
          const last = item.history.length ? item.history[item.history.length - 1] : null;
          const actions = [];
          const mine = item.history.length && item.history[0].user === me.name;
          if (mine && (item.state === "draft" || item.state === "rejected")) {
            actions.push(reviewButton(item.id, { action: "submit" }, "提交审核"));
            if (item.kind === "case") actions.push(el("a", { href: "#/edit?id=" + encodeURIComponent(item.id), text: "修改" }));
          }
          if (reviewer && item.state === "submitted" && !mine) {
            actions.push(reviewButton(item.id, { action: "approve", secrecy_checked: true }, "保密审查通过，批准", "确认已完成保密审查并批准公开？"));
            actions.push(rejectButton(item.id));
          }
          return el("li", {},
            el("a", { href: "#/records/" + encodeURIComponent(item.id), text: item.title }), " ",
            el("span", { className: "badge", text: STATE_NAMES[item.state] || item.state }), " ",
            last ? el("span", { className: "muted", text: last.user + " " + last.time.slice(0, 10) + (last.reason ? "：" + last.reason : "") }) : "",
            el("div", { className: "work-actions" }, ...actions));
        })));
      }

      function reviewButton(id, body, label, confirmText) {
        const button = el("button", { type: "button", text: label });
        button.addEventListener("click", async () => {
          if (confirmText && !window.confirm(confirmText)) return;
          try {
            await api("/api/records/" + encodeURIComponent(id) + "/review",
                      { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
            showWork(false);
          } catch (error) { showStatus($("work-status"), "操作失败：" + error.message, "error"); }
        });
        return button;
      }

      function rejectButton(id) {
        const button = el("button", { type: "button", text: "退回" });
        button.addEventListener("click", async () => {
          const reason = window.prompt("退回理由（必填）：");
          if (!reason || !reason.trim()) return;
          try {
            await api("/api/records/" + encodeURIComponent(id) + "/review",
                      { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "reject", reason: reason.trim() }) });
            showWork(false);
          } catch (error) { showStatus($("work-status"), "操作失败：" + error.message, "error"); }
        });
        return button;
      }

      // ---- the case form ----
      const VOCABULARY = \#(vocabularyJSON);
      const TEXT_FIELDS = [["title", "标题", 1], ["request", "申请内容", 4], ["response_note", "答复说明", 3],
                           ["consultation", "会商意见", 3], ["analysis", "评析", 4]];
      function choice(name, label, values, value) {
        const select = el("select", { id: "edit-" + name, name: name },
          el("option", { value: "", text: "（请选择）" }), ...values.map((v) => el("option", { value: v, text: v, selected: v === value })));
        return el("p", {}, el("label", { htmlFor: "edit-" + name, text: label }), select);
      }

      async function showEdit(params, moveFocus) {
        focusHeading("edit-heading", moveFocus);
        const form = $("edit-form"), status = $("edit-status");
        const id = params.get("id");
        let record = { kind: "case", review: { status: "draft", secrecy_checked: false } }, etag = null;
        if (id) {
          try {
            const response = await fetch("/api/records/" + encodeURIComponent(id), withToken({}));
            if (!response.ok) throw new Error("HTTP " + response.status);
            etag = response.headers.get("ETag");
            record = (await response.json()).record;
          } catch (error) { showStatus(status, "无法读取记录 " + id + "：" + error.message, "error"); return; }
        }
        const fields = [
          el("p", {}, el("label", { htmlFor: "edit-id", text: "编号" }),
            el("input", { id: "edit-id", name: "id", value: record.id || "", readOnly: Boolean(id), placeholder: "例如 2024-XH-0012" })),
          el("p", {}, el("label", { htmlFor: "edit-year", text: "年度" }), el("input", { id: "edit-year", name: "year", inputMode: "numeric", value: record.year || "" })),
          el("p", {}, el("label", { htmlFor: "edit-unit", text: "承办单位" }), el("input", { id: "edit-unit", name: "unit", value: record.unit || "" })),
          choice("applicant_type", "申请人类型", VOCABULARY.applicantTypes, record.applicant_type),
          choice("category", "类别", VOCABULARY.categories, record.category),
          choice("response", "答复结果", VOCABULARY.responses, record.response),
          choice("response_detail", "答复细项", [].concat(...Object.values(VOCABULARY.details)), record.response_detail),
          ...TEXT_FIELDS.map(([name, label, rows]) => el("p", {}, el("label", { htmlFor: "edit-" + name, text: label }),
            el("textarea", { id: "edit-" + name, name: name, rows: rows, value: record[name] || "" }))),
          el("p", {}, el("label", { htmlFor: "edit-legal_basis", text: "法律依据（每行一条）" }),
            el("textarea", { id: "edit-legal_basis", name: "legal_basis", rows: 2, value: (record.legal_basis || []).join("\n") })),
          el("div", { id: "edit-findings", className: "findings", role: "alert" }),
          el("p", {}, el("button", { type: "submit", text: id ? "保存修改" : "保存为草稿" })),
        ];
        form.replaceChildren(...fields);
        showStatus(status, id ? "修改已审核的案例后，案例将回到待审核状态。" : "");
        form.onsubmit = async (event) => {
          event.preventDefault();
          const body = Object.assign({}, record);
          for (const name of ["id", "unit", "applicant_type", "category", "response", "response_detail", ...TEXT_FIELDS.map((f) => f[0])]) {
            const value = $("edit-" + name).value.trim();
            if (value) body[name] = value; else delete body[name];
          }
          const year = parseInt($("edit-year").value, 10);
          if (year) body.year = year; else delete body.year;
          const basis = $("edit-legal_basis").value.split("\n").map((s) => s.trim()).filter(Boolean);
          if (basis.length) body.legal_basis = basis; else delete body.legal_basis;
          body.kind = "case";
          const json = { "Content-Type": "application/json" };
          let check;
          try { check = await api("/api/records/check", { method: "POST", headers: json, body: JSON.stringify(body) }); }
          catch (error) { showStatus(status, "检查失败：" + error.message, "error"); return; }
          if (check.problems.length) { showStatus(status, "请修正：" + check.problems.join("；"), "error"); return; }
          const box = $("edit-findings");
          if (check.findings.length && !box.dataset.confirmed) {
            box.replaceChildren(el("p", { text: "发现可能的个人信息，请先隐去后再保存（或再次点击保存以确认无误）：" }),
              el("ul", {}, ...check.findings.map((f) => el("li", { text: f.field + "：" + f.kind + "（" + f.masked + "）" }))));
            box.dataset.confirmed = "1";
            return;
          }
          try {
            const options = { method: id ? "PUT" : "POST", headers: Object.assign({}, json, etag ? { "If-Match": etag } : {}), body: JSON.stringify(body) };
            await api(id ? "/api/records/" + encodeURIComponent(id) : "/api/records", options);
            go("#/work");
          } catch (error) { showStatus(status, "保存失败：" + error.message, "error"); }
        };
      }
    """#
}
