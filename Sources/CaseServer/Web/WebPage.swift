/// The web page's HTML: a static shell that `app.js` fills in from the JSON API.
///
/// Without script the search form still submits (`GET /?q=…`); everything else needs script.
enum WebPage {
    /// The page's categories for the precedent form, from the interchange format's vocabulary.
    static let categoryOptions = [
        "历史信息类", "课题类", "行政处罚类", "户籍类", "交通管理类", "出入境类", "治安管理类", "消防类", "刑事司法类",
        "内部管理类", "其他",
    ].map { "<option value=\"\($0)\">\($0)</option>" }.joined(separator: "\n              ")

    /// The response groups for the precedent form (`response`), from the same vocabulary.
    static let responseOptions = ["予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"]
        .map { "<option value=\"\($0)\">\($0)</option>" }.joined(separator: "\n              ")

    /// The case statuses for the precedent filter, with their labels.
    static let statusOptions = [("unchallenged", "未经复议诉讼"), ("upheld", "经复议诉讼维持"), ("corrected", "被纠正"), ("other", "其他结果")]
        .map { "<option value=\"\($0.0)\">\($0.1)</option>" }.joined(separator: "\n              ")

    /// The HTML document.
    static let html = """
        <!doctype html>
        <html lang="zh-CN">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>政府信息公开案例库</title>
          <link rel="stylesheet" href="/assets/app.css">
          <script src="/assets/app.js" defer></script>
        </head>
        <body>
          <a class="skip-link" href="#main">跳到主要内容</a>
          <header class="site-header">
            <div class="wrap">
              <p class="site-title"><a href="/">政府信息公开案例库</a></p>
              <nav class="tabs" aria-label="功能">
                <a id="tab-search" href="/">案例检索</a>
                <a id="tab-precedents" href="#/precedents">查找先例</a>
                <a id="tab-compilation" href="#/compilation">年度汇编</a>
                <a id="tab-course" href="#/course">课程</a>
                <a id="tab-work" href="#/work">我的记录</a>
              </nav>
              <div id="access-bar" class="access-bar" role="status" aria-live="polite"></div>
            </div>
          </header>
          <main id="main" class="wrap" tabindex="-1">
            <section id="search-view" aria-labelledby="search-heading">
              <h1 id="search-heading" class="visually-hidden">案例检索</h1>
              <form id="search-form" class="search-form" role="search" action="/" method="get">
                <label for="q">检索词</label>
                <div class="search-row">
                  <input id="q" name="q" type="search" autocomplete="off" spellcheck="false"
                         placeholder="例如：户籍底册 第三方 不予公开" aria-describedby="q-hint">
                  <button type="submit">检索</button>
                </div>
                <p id="q-hint" class="hint">可用 "短语" 精确匹配，-词 排除，类别:户籍类、年份:2019..2023、结果:纠正 等筛选；可直接输入案例编号、文号或条文（如 条例第十五条）。</p>
              </form>
              <div class="search-layout">
                <aside id="facets" class="facets" aria-label="筛选条件"></aside>
                <div class="search-main">
                  <div id="search-status" class="status" role="status" aria-live="polite"></div>
                  <ol id="results" class="results"></ol>
                  <nav id="pager" class="pager" aria-label="分页"></nav>
                </div>
              </div>
            </section>

            <section id="record-view" class="record-view" hidden></section>

            <section id="statute-view" class="record-view" hidden></section>

            <!-- 查找先例: posts {"text", "category", "response"} to /api/precedents; the form's state is
                 kept in the hash (#/precedents?text=…&category=…&response=…) so a search can be shared. -->
            <section id="precedents-view" class="precedents-view" aria-labelledby="precedents-heading" hidden>
              <h1 id="precedents-heading" tabindex="-1">查找先例</h1>
              <p class="hint">粘贴新收到的申请内容，查找处理过的相似案例及其复议、诉讼结果。</p>
              <form id="precedents-form" class="precedents-form">
                <label for="precedents-text">申请内容</label>
                <textarea id="precedents-text" name="text" rows="6" required maxlength="\(LibraryRoutes.maxApplicationLength)"
                          aria-describedby="precedents-count"></textarea>
                <p id="precedents-count" class="hint counter" aria-live="polite">0 / \(LibraryRoutes.maxApplicationLength) 字</p>
                <div class="form-row">
                  <div>
                    <label for="precedents-category">类别加权（可选）</label>
                    <select id="precedents-category" name="category" aria-describedby="precedents-category-hint">
                      <option value="">不加权</option>
                      \(categoryOptions)
                    </select>
                    <p id="precedents-category-hint" class="hint">同类别案例排名靠前，其他类别仍会列出。</p>
                  </div>
                  <div>
                    <label for="precedents-response">拟作答复加权（可选）</label>
                    <select id="precedents-response" name="response" aria-describedby="precedents-response-hint">
                      <option value="">不加权</option>
                      \(responseOptions)
                    </select>
                    <p id="precedents-response-hint" class="hint">选择后，作出同样答复的案例排名靠前。</p>
                  </div>
                </div>
                <details id="precedents-filters" class="form-box">
                  <summary>筛选（只保留符合条件的案例）</summary>
                  <div class="form-grid">
                    <div><label for="filter-category">类别</label>
                      <select id="filter-category"><option value="">不限</option>
                      \(categoryOptions)
                      </select></div>
                    <div><label for="filter-response">答复</label>
                      <select id="filter-response"><option value="">不限</option>
                      \(responseOptions)
                      </select></div>
                    <div><label for="filter-status">复议诉讼结果</label>
                      <select id="filter-status"><option value="">不限</option>
                      \(statusOptions)
                      </select></div>
                    <div><label for="filter-regime">适用条例</label>
                      <select id="filter-regime"><option value="">不限</option><option value="2019">2019 年版</option><option value="2008">2008 年版</option></select></div>
                    <div><label for="filter-year">年份</label><input id="filter-year" type="text" placeholder="例如 2019..2024" inputmode="numeric"></div>
                    <div><label for="filter-unit">承办单位</label><input id="filter-unit" type="text" placeholder="例如 徐汇分局"></div>
                  </div>
                </details>
                <details id="precedents-dates" class="form-box">
                  <summary>答复期限（按《条例》第三十三条计算，可选）</summary>
                  <div class="form-grid">
                    <div><label for="deadline-received">收到申请日期</label><input id="deadline-received" type="date"></div>
                    <div><label for="deadline-corrected">补正材料收到日期</label><input id="deadline-corrected" type="date"></div>
                    <div><label for="deadline-paused-from">征求第三方意见：开始</label><input id="deadline-paused-from" type="date"></div>
                    <div><label for="deadline-paused-to">征求第三方意见：结束</label><input id="deadline-paused-to" type="date"></div>
                    <div class="checkbox"><label><input id="deadline-extended" type="checkbox"> 已延长答复期限（再加 20 个工作日）</label></div>
                  </div>
                </details>
                <div><button type="submit">查找先例</button></div>
              </form>
              <section id="desk" class="desk" aria-labelledby="desk-heading" hidden>
                <h2 id="desk-heading">拟答复参考</h2>
                <p class="notice" role="note">以下为类案参考，不是答复决定：请结合本案事实和会商意见作出答复。</p>
                <p id="desk-suggestion" class="suggestion"></p>
                <div id="desk-deadline" class="deadline"></div>
                <p class="downloads">类案检索报告：<button type="button" id="desk-report-md" class="link-button">下载 Markdown</button>
                  · <button type="button" id="desk-report-html" class="link-button">下载网页版（可打印为 PDF）</button></p>
                <details id="desk-articles-box" class="desk-articles">
                  <summary id="desk-articles-heading">适用条文</summary>
                  <ol id="desk-articles" class="results"></ol>
                </details>
              </section>
              <details id="statutes-for-application" class="related-statutes" hidden>
                <summary id="related-statutes-heading">相关法条（按申请内容查找）</summary>
                <div id="related-statutes-status" class="status" role="status" aria-live="polite"></div>
                <ol id="related-statutes" class="results"></ol>
              </details>
              <div id="precedents-status" class="status" role="status" aria-live="polite"></div>
              <ol id="precedents-results" class="results precedents"></ol>
            </section>

            <!-- 年度汇编: checks /api/compilations/{year}?format=html, then opens it in a new tab;
                 Markdown and CSV are plain download links. -->
            <section id="compilation-view" class="tool-view" aria-labelledby="compilation-heading" hidden>
              <h1 id="compilation-heading" tabindex="-1">年度汇编</h1>
              <p class="hint">生成某一年度已审核案例的汇编（已脱敏）。</p>
              <form id="compilation-form" class="tool-form">
                <label for="compilation-year">年度</label>
                <div class="search-row narrow">
                  <input id="compilation-year" name="year" type="number" min="1900" max="2999" step="1" required inputmode="numeric">
                  <button type="submit">打开汇编（新标签页）</button>
                </div>
                <p class="downloads">下载：<a id="compilation-md" href="#" download>Markdown</a>
                  · <a id="compilation-csv" href="#" download>统计表 CSV</a></p>
              </form>
              <div id="compilation-status" class="status" role="status" aria-live="polite"></div>
              <!-- 年度报告表: /api/reports/{year}?quarter=Q, counted from the register (Cases/ledger/). -->
              <h2 id="report-heading">年度报告表三、表四</h2>
              <p class="hint">按申请登记台账统计政府信息公开年度报告的表三（收到和处理申请情况）和表四（行政复议、行政诉讼情况），格式同国办公开办函〔2021〕30号；选季度即为季度通报。</p>
              <form id="report-form" class="tool-form" aria-labelledby="report-heading">
                <label for="report-year">年度</label>
                <div class="search-row narrow">
                  <input id="report-year" name="year" type="number" min="1990" max="2100" step="1" required inputmode="numeric">
                  <select id="report-quarter" name="quarter" aria-label="季度">
                    <option value="">全年</option><option value="1">第一季度</option><option value="2">第二季度</option>
                    <option value="3">第三季度</option><option value="4">第四季度</option>
                  </select>
                  <button type="submit">打开报表（新标签页）</button>
                </div>
                <p class="downloads">下载：<a id="report-csv3" href="#" download>表三 CSV</a>
                  · <a id="report-csv4" href="#" download>表四 CSV</a></p>
              </form>
              <div id="report-status" class="status" role="status" aria-live="polite"></div>
            </section>

            <!-- 课程: a course draft kept in localStorage; "生成课程包" posts it to /api/courses?format=html,
                 "生成 PDF" to ?format=pdf.
                 #/course?spec=<JSON> replaces the draft with that spec (a shareable draft);
                 &active=N sets the current session; &build=1 generates the pack at once. -->
            <section id="work-view" class="tool-view" aria-labelledby="work-heading" hidden>
              <h1 id="work-heading">我的记录与审核</h1>
              <p class="hint">新增的案例先存为草稿，提交后由审核人员（不能是本人）审核；审核通过前，其他成员看不到。</p>
              <p><a class="button-link" href="#/edit">新增案例</a></p>
              <div id="work-status" class="status" role="status" aria-live="polite"></div>
              <div id="work-list"></div>
            </section>
            <section id="edit-view" class="tool-view" aria-labelledby="edit-heading" hidden>
              <h1 id="edit-heading">新增或修改案例</h1>
              <form id="edit-form" class="edit-form" novalidate></form>
              <div id="edit-status" class="status" role="status" aria-live="polite"></div>
            </section>
            <section id="course-view" class="tool-view" aria-labelledby="course-heading" hidden>
              <h1 id="course-heading" tabindex="-1">课程</h1>
              <p class="hint">编排培训课程：每个课节可用检索式选取材料，也可在检索结果中点“加入课程”挑选案例（先在此处设定当前课节）。草稿保存在本浏览器中。</p>
              <form id="course-form" class="tool-form">
                <div class="form-grid">
                  <div><label for="course-title">课程名称</label><input id="course-title" type="text" required></div>
                  <div><label for="course-audience">培训对象</label><input id="course-audience" type="text" placeholder="例如：新警培训"></div>
                  <div><label for="course-date">日期</label><input id="course-date" type="date"></div>
                </div>
                <h2 class="subheading">课节</h2>
                <ol id="course-sessions" class="course-sessions"></ol>
                <p><button type="button" id="course-add-session" class="secondary">＋ 添加课节</button></p>
                <p class="actions">
                  <button type="submit">生成课程包</button>
                  <button type="button" id="course-pdf" class="secondary">生成 PDF（带页码）</button>
                  <button type="button" id="course-clear" class="secondary">清空草稿</button>
                </p>
              </form>
              <div id="course-status" class="status" role="status" aria-live="polite"></div>
              <p id="course-download" class="downloads"></p>
            </section>
          </main>
          <footer class="site-footer">
            <div class="wrap">内部使用 · 数据以案例库记录为准 · <a href="/openapi.json">API 说明</a></div>
          </footer>
        </body>
        </html>

        """
}
