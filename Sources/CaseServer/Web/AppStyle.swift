/// The web page's style sheet (`/assets/app.css`): system CJK fonts, visible focus, print-friendly.
enum AppStyle {
    /// The CSS source.
    static let source = #"""
    :root {
      --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --tint: #f6f8fa;
      --accent: #0b4f9c; --accent-soft: #e7f0fb; --danger: #b42318; --danger-soft: #fdecea; --mark: #fff1a8;
      --focus: #1a73e8;
    }
    * { box-sizing: border-box; }
    html { font-size: 16px; }
    body {
      margin: 0; color: var(--ink); background: var(--paper); line-height: 1.7;
      font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC",
        "Microsoft YaHei", sans-serif;
    }
    a { color: var(--accent); text-underline-offset: 0.15em; }
    a:hover { text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
    [hidden] { display: none !important; }
    .wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem 1rem; z-index: 10; }
    .skip-link:focus { left: 0.5rem; }
    .muted { color: var(--muted); }
    .nowrap { white-space: nowrap; }

    .site-header { border-bottom: 1px solid var(--line); background: var(--tint); }
    .site-header .wrap { display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
    .site-title { margin: 0.75rem 0; font-size: 1.25rem; font-weight: 700; letter-spacing: 0.05em; }
    .site-title a { color: var(--ink); text-decoration: none; }
    .tabs { display: flex; gap: 0.25rem; }
    .tabs a { padding: 0.4rem 0.9rem; border-radius: 6px; text-decoration: none; color: var(--ink); }
    .tabs a[aria-current="page"] { background: var(--accent); color: #fff; }
    main { padding-top: 1.25rem; padding-bottom: 2.5rem; outline: none; }

    label { display: block; font-weight: 600; margin-bottom: 0.35rem; }
    input[type="search"], input[type="text"], input[type="number"], input[type="date"], textarea, select {
      font: inherit; color: inherit; border: 1px solid #8c959f; border-radius: 6px; padding: 0.5rem 0.7rem; background: var(--paper);
    }
    textarea { width: 100%; resize: vertical; }
    select { margin-bottom: 0.9rem; }
    button {
      font: inherit; font-weight: 600; border: 1px solid var(--accent); background: var(--accent); color: #fff;
      border-radius: 6px; padding: 0.5rem 1.3rem; cursor: pointer;
    }
    button:hover { background: #083d79; }
    button.secondary { background: var(--paper); color: var(--accent); }
    button.secondary:hover { background: var(--accent-soft); }
    button.small { font-size: 0.85rem; padding: 0.2rem 0.7rem; }
    button:disabled { opacity: 0.6; cursor: default; }
    .link-button { background: none; border: none; color: var(--accent); padding: 0; font-weight: 400; text-decoration: underline; }
    .link-button:hover { background: none; }
    .search-row { display: flex; gap: 0.5rem; }
    .search-row input { flex: 1; min-width: 0; font-size: 1.05rem; }
    .hint { color: var(--muted); font-size: 0.875rem; margin: 0.35rem 0 1rem; }

    .search-layout { display: grid; grid-template-columns: 15rem 1fr; gap: 2rem; align-items: start; }
    @media (max-width: 48rem) { .search-layout { grid-template-columns: 1fr; } }
    .facets { border-right: 1px solid var(--line); padding-right: 1rem; }
    .facet h2 { font-size: 0.95rem; margin: 1rem 0 0.35rem; color: var(--muted); }
    .facet:first-child h2 { margin-top: 0; }
    .facet ul { list-style: none; margin: 0; padding: 0; }
    .facet-value {
      display: flex; justify-content: space-between; gap: 0.5rem; padding: 0.15rem 0.5rem; border-radius: 4px;
      text-decoration: none; color: var(--ink);
    }
    .facet-value:hover { background: var(--tint); }
    .facet-value.selected { background: var(--accent-soft); color: var(--accent); font-weight: 600; }
    .facet-value.selected .facet-label::before { content: "✓ "; }
    .count { color: var(--muted); font-variant-numeric: tabular-nums; }
    .clear-filters { display: inline-block; margin-bottom: 0.5rem; font-size: 0.9rem; }

    .status { margin: 0 0 0.75rem; color: var(--muted); min-height: 1.5em; }
    .status.error { color: var(--danger); background: var(--danger-soft); border-left: 4px solid var(--danger); padding: 0.5rem 0.75rem; }
    .status.empty { color: var(--ink); background: var(--tint); border-left: 4px solid var(--line); padding: 0.5rem 0.75rem; }
    .results { list-style: none; margin: 0; padding: 0; }
    .result { padding: 0.9rem 0; border-bottom: 1px solid var(--line); }
    .result:first-child { padding-top: 0; }
    .result-title { font-size: 1.1rem; margin: 0 0 0.2rem; line-height: 1.5; }
    .meta { margin: 0 0 0.3rem; color: var(--muted); font-size: 0.875rem; }
    .record-id { margin-left: 0.75rem; font-family: ui-monospace, monospace; font-size: 0.8rem; }
    .snippet { margin: 0; }
    mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; }
    .why { margin: 0.2rem 0 0; }
    .pager { display: flex; gap: 1rem; align-items: center; justify-content: center; margin-top: 1.25rem; }
    .pager a, .pager .disabled { padding: 0.35rem 0.8rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; }
    .pager .disabled { color: #aab2bb; }

    .back { margin: 0 0 1rem; }
    .record h1 { font-size: 1.5rem; line-height: 1.4; margin: 0 0 1rem; outline: none; }
    .flag.corrected { color: var(--danger); white-space: nowrap; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem; margin: 0 0 1.5rem;
      padding: 0.9rem 1.1rem; background: var(--tint); border-radius: 8px; }
    .facts dt { color: var(--muted); }
    .facts dd { margin: 0; }
    .record-section { margin: 0 0 1.5rem; }
    .record-section h2 { font-size: 1.1rem; border-bottom: 2px solid var(--line); padding-bottom: 0.2rem; margin: 0 0 0.6rem; outline: none; }
    .prose { white-space: pre-wrap; margin: 0; }
    .outcomes { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
    .outcomes th, .outcomes td { border: 1px solid var(--line); padding: 0.45rem 0.6rem; text-align: left; vertical-align: top; }
    .outcomes th { background: var(--tint); white-space: nowrap; }
    .outcomes td:nth-child(2) { min-width: 9em; }
    .outcomes tr.effect-corrected td { background: var(--danger-soft); }
    .similar-list { margin: 0; padding-left: 1.5rem; }
    .precedents-view h1 { font-size: 1.4rem; margin: 0 0 0.25rem; }
    .precedents-form { max-width: 48rem; margin-bottom: 1.5rem; }
    .form-row { display: flex; gap: 1.5rem; flex-wrap: wrap; }
    .form-row .hint { margin-top: -0.6rem; }

    .badge { display: inline-block; font-size: 0.8rem; line-height: 1.4; padding: 0.05rem 0.5rem; border-radius: 999px;
      border: 1px solid var(--line); background: var(--tint); color: var(--ink); white-space: nowrap; }
    .badge.status-upheld { border-color: #1a7f37; color: #1a7f37; background: #e9f7ee; }
    .badge.status-corrected { border-color: var(--danger); color: var(--danger); background: var(--danger-soft); font-weight: 700; }
    .badge.status-pending { border-color: #9a6700; color: #7d5300; background: #fff8c5; }
    .precedent { padding: 1rem 1.1rem; margin-bottom: 0.9rem; border: 1px solid var(--line); border-radius: 8px; }
    .precedent:first-child { padding-top: 1rem; }
    .precedent.is-corrected { border-color: var(--danger); border-left-width: 6px; }
    .precedent .flag.corrected { font-size: 1.05rem; }
    .warning { margin: 0.1rem 0 0.5rem; color: var(--danger); background: var(--danger-soft); padding: 0.35rem 0.7rem; border-radius: 4px; font-weight: 600; }
    .score { margin-left: 0.75rem; font-variant-numeric: tabular-nums; }
    .sub-row { margin: 0 0 0.2rem; font-size: 0.95rem; }
    .history { list-style: none; margin: 0.3rem 0; padding: 0.3rem 0.7rem; font-size: 0.9rem; background: var(--tint); border-radius: 6px; }
    .history li { margin: 0.1rem 0; }
    .history li.effect-corrected { color: var(--danger); }
    .passages { margin: 0.4rem 0; }
    .passage { margin: 0 0 0.25rem; }
    .passage-field { color: var(--muted); font-size: 0.85rem; margin-right: 0.25rem; }
    details.why { margin-top: 0.4rem; font-size: 0.9rem; }
    details.why summary { cursor: pointer; color: var(--accent); width: max-content; }
    details.why dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.35rem 0 0; }
    details.why dt { color: var(--muted); }
    details.why dd { margin: 0; }

    .citations { list-style: none; margin: 0; padding: 0; }
    .citation { margin: 0 0 0.8rem; padding: 0.5rem 0.8rem; border-left: 4px solid var(--accent-soft); }
    .citation.unresolved { border-left-color: var(--line); }
    .citation-head { margin: 0 0 0.2rem; }
    .provision summary { cursor: pointer; color: var(--muted); width: max-content; }
    .provision .prose { background: var(--tint); padding: 0.5rem 0.7rem; border-radius: 6px; }
    .unresolved-note { margin: 0; color: var(--muted); }
    .citation-links { margin: 0.2rem 0 0; font-size: 0.9rem; }

    .tool-view h1 { font-size: 1.4rem; margin: 0 0 0.25rem; outline: none; }
    .tool-form { max-width: 56rem; margin-bottom: 1rem; }
    .search-row.narrow { max-width: 28rem; }
    .downloads { margin: 0.6rem 0; }
    .form-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.5rem 1rem; }
    .form-grid input { width: 100%; }
    .subheading { font-size: 1rem; font-weight: 700; margin: 0.9rem 0 0.4rem; }
    .course-sessions { list-style: none; margin: 0; padding: 0; }
    .course-session fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 0.8rem; padding: 0.5rem 1rem 0.7rem; }
    .course-session.active fieldset { border-color: var(--accent); border-width: 2px; }
    .course-session legend { font-weight: 700; padding: 0 0.3rem; }
    .course-records { margin: 0; padding-left: 1.25rem; }
    .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin: 0.6rem 0 0; }
    .course-add { margin: 0.3rem 0 0; }
    .download-link { font-weight: 700; }
    #precedents-heading, #statute-view h1 { outline: none; }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 1rem 0; }

    @media print {
      body { font-size: 11pt; color: #000; }
      .site-header .tabs, .skip-link, .search-form, .facets, .pager, .back, .similar, .precedents-form, .tool-form, .course-add, details.why summary, .site-footer { display: none !important; }
      .search-layout { display: block; }
      a { color: #000; text-decoration: none; }
      .facts, .outcomes th { background: none; border: 1px solid #999; }
      .outcomes tr.effect-corrected td { background: none; }
      .result, .record-section, .outcomes tr { break-inside: avoid; }
      mark { background: none; font-weight: 700; }
    }
    .related-statutes { margin: 1rem 0; padding: 0.5rem 1rem; border: 1px solid #d8dee8; border-radius: 6px; background: #f8fafc; }
    .related-statutes summary { font-weight: 600; cursor: pointer; }
    .related-statutes .result { padding: 0.4rem 0; }
    .related-statutes h3 { font-size: 1rem; margin: 0.2rem 0; }
    """#
}
