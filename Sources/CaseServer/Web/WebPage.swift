/// The web page's HTML: a static shell that `app.js` fills in from the JSON API.
///
/// Without script the search form still submits (`GET /?q=…`); everything else needs script.
enum WebPage {
    /// The page's categories for the precedent form, from the interchange format's vocabulary.
    static let categoryOptions = [
        "历史信息类", "课题类", "行政处罚类", "户籍类", "交通管理类", "出入境类", "治安管理类", "消防类", "刑事司法类",
        "内部管理类", "其他",
    ].map { "<option value=\"\($0)\">\($0)</option>" }.joined(separator: "\n              ")

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
              </nav>
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
                <p id="q-hint" class="hint">可用 "短语" 精确匹配，-词 排除，category:户籍类、year:2019..2023 等筛选。</p>
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

            <!-- ===== 查找先例 (find precedents) =====
                 Posts {"text", "category"} to /api/precedents (built separately) and lists
                 title, score, status flag and why for each result. -->
            <section id="precedents-view" class="precedents-view" aria-labelledby="precedents-heading" hidden>
              <h1 id="precedents-heading">查找先例</h1>
              <p class="hint">粘贴新收到的申请内容，查找处理过的相似案例及其复议、诉讼结果。</p>
              <form id="precedents-form" class="precedents-form">
                <label for="precedents-text">申请内容</label>
                <textarea id="precedents-text" name="text" rows="8" required></textarea>
                <label for="precedents-category">类别（可选）</label>
                <select id="precedents-category" name="category">
                  <option value="">不限</option>
                  \(categoryOptions)
                </select>
                <div><button type="submit">查找先例</button></div>
              </form>
              <div id="precedents-status" class="status" role="status" aria-live="polite"></div>
              <ol id="precedents-results" class="results"></ol>
            </section>
          </main>
          <footer class="site-footer">
            <div class="wrap">内部使用 · 数据以案例库记录为准 · <a href="/openapi.json">API 说明</a></div>
          </footer>
        </body>
        </html>

        """
}
