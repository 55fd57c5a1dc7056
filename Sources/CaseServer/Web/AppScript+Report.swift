extension AppScript {
    /// The annual-report tables in the 年度汇编 view: year and quarter → `/api/reports/{year}`, the
    /// HTML opened in a new tab once the JSON form says every check passed; 表三/表四 CSV links.
    static let reportPart = #"""
      // ---- annual-report tables 三 and 四 (from the register) ----
      function reportURL(year, quarter, format) {
        return "/api/reports/" + encodeURIComponent(year) + "?format=" + format + (quarter ? "&quarter=" + quarter : "");
      }

      function updateReportLinks() {
        const year = $("report-year").value.trim(), quarter = $("report-quarter").value;
        const suffix = year + (quarter ? "-Q" + quarter : "");
        for (const format of ["csv3", "csv4"]) {
          const link = $("report-" + format);
          link.setAttribute("href", reportURL(year, quarter, format));
          link.setAttribute("download", (format === "csv3" ? "table3-" : "table4-") + suffix + ".csv");
        }
      }

      async function submitReport(event) {
        event.preventDefault();
        const status = $("report-status");
        const year = $("report-year").value.trim(), quarter = $("report-quarter").value;
        if (!/^\d{4}$/.test(year)) { showStatus(status, "请填写四位数的年度，例如 2024。", "error"); $("report-year").focus(); return; }
        const tab = event.isTrusted ? window.open("", "_blank") : null;
        showStatus(status, "正在统计…");
        let response, body = null;
        try {
          response = await fetch(reportURL(year, quarter, "json"), withToken({}));
          body = await response.json();
        } catch (error) {
          if (tab) tab.close();
          showStatus(status, response ? "HTTP " + response.status : "无法连接服务器，请稍后再试。", "error");
          return;
        }
        if (!response.ok || !body.passed) {
          if (tab) tab.close();
          const failed = (body.checks || []).filter((c) => !c.passed).map((c) => c.name + "：" + c.figures).join("；");
          showStatus(status, "无法生成报表：" + (body.error ? body.error.message : "核对不符：" + failed), "error");
          return;
        }
        // The page holds the token, not the browser: the tables are fetched and handed over as a blob.
        let url = reportURL(year, quarter, "html");
        try {
          const html = await fetch(url, withToken({}));
          if (html.ok) url = URL.createObjectURL(await html.blob());
        } catch (error) { /* the link below still names the address */ }
        if (tab) tab.location.href = url;
        showStatus(status, body.title + "：核对全部相符。");
        status.append(" ", el("a", { href: url, target: "_blank", rel: "noopener", text: "在新标签页打开" }));
      }

      document.addEventListener("DOMContentLoaded", () => {
        if (!$("report-form")) return;
        if (!$("report-year").value) $("report-year").value = String(new Date().getFullYear() - 1);
        updateReportLinks();
        $("report-form").addEventListener("submit", submitReport);
        $("report-year").addEventListener("input", updateReportLinks);
        $("report-quarter").addEventListener("change", updateReportLinks);
      });
    """#
}
