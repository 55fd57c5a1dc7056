/// The inline style sheet of `compilation.html`: screen and A4 print, Chinese system fonts only
/// (no web fonts, no CDN), a page break before each case.
enum HTMLStyle {
    static let css = """
        :root { --ink: #1a1a1a; --muted: #555; --rule: #c9c9c9; --accent: #8b1a1a; }
        html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Sans CJK SC", \
        "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", serif; color: var(--ink); line-height: 1.75; }
        body { max-width: 46em; margin: 2em auto; padding: 0 1.5em; font-size: 16px; }
        h1, h2, h3, h4 { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; \
        line-height: 1.4; }
        h2 { border-bottom: 2px solid var(--accent); padding-bottom: .2em; margin-top: 2em; }
        h3 { margin-top: 1.6em; }
        h4 { font-size: 1.15em; margin: 0 0 .8em; }
        p { margin: .4em 0; text-align: justify; text-indent: 2em; }
        p.meta, p.facts, p.response, p.basis, p.tags { text-indent: 0; }
        a { color: #1a4f8b; text-decoration: none; }
        .title-page { text-align: center; padding-top: 18vh; min-height: 60vh; }
        .title-page h1 { font-size: 2.1em; margin-bottom: 2.5em; letter-spacing: .05em; }
        .title-page p { text-indent: 0; text-align: center; font-size: 1.2em; margin: .5em 0; }
        nav.toc ol, nav.toc ul { list-style: none; padding-left: 1.2em; }
        nav.toc > ol { padding-left: 0; }
        nav.toc li { margin: .2em 0; }
        .badge { color: var(--accent); font-weight: bold; white-space: nowrap; }
        .label { font-weight: bold; margin-top: 1em; text-indent: 0; }
        .facts, .meta, .tags { color: var(--muted); font-size: .92em; }
        table { border-collapse: collapse; width: 100%; margin: .8em 0 1.2em; font-size: .92em; }
        th, td { border: 1px solid var(--rule); padding: .25em .6em; }
        th { background: #f2f2f2; }
        td.nowrap, th.nowrap { white-space: nowrap; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.group td { font-weight: bold; }
        tr.sub td:first-child { padding-left: 2em; }
        tr.total td { font-weight: bold; background: #f7f7f7; }
        ol.outcomes { padding-left: 1.5em; }
        ol.outcomes li { margin-bottom: .6em; }
        ol.outcomes p { text-indent: 0; }
        section.case { border-top: 1px solid var(--rule); padding-top: 1em; margin-top: 2em; }
        \(PageReference.css)
        @page { size: A4; margin: 22mm 20mm 22mm 20mm; @bottom-center { content: "第 " counter(page) " 页　共 " counter(pages) " 页"; font-size: 9pt; color: #555; } }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          a { color: inherit; }
          .title-page { padding-top: 60mm; min-height: 0; break-after: page; page-break-after: always; }
          nav.toc { break-after: page; page-break-after: always; }
          section.preface { break-after: page; page-break-after: always; }
          section.case { break-before: page; page-break-before: always; border-top: none; margin-top: 0; padding-top: 0; }
          h2, h3, h4, .label { break-after: avoid; page-break-after: avoid; }
          tr, li { break-inside: avoid; page-break-inside: avoid; }
          section.appendix, #cases { break-before: page; page-break-before: always; }
          #cases > section.category:first-of-type > section.case:first-of-type { break-before: auto; page-break-before: auto; }
        }
        """
}
