extension AppStyle {
    /// Styles of the answer desk, the folded facets and the narrow screen (a 400-px phone).
    static let deskPart = #"""
    .facet-box > summary { cursor: pointer; font-weight: 600; color: var(--accent); margin-bottom: 0.4rem; }
    .match-note { margin: 0.2rem 0; font-size: 0.9rem; color: var(--muted); }
    .match-note.exact { color: #1a7f37; font-weight: 600; }
    .counter { text-align: right; margin-top: 0.2rem; }
    .counter.full { color: var(--danger); font-weight: 700; }
    .form-box { margin: 0.75rem 0; padding: 0.4rem 0.8rem; border: 1px solid var(--line); border-radius: 6px; }
    .form-box > summary { cursor: pointer; font-weight: 600; }
    .form-box .form-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem 1rem; margin: 0.5rem 0; }
    .form-box .form-grid input, .form-box .form-grid select { width: 100%; box-sizing: border-box; }
    .form-box .checkbox { align-self: end; }
    .form-box .checkbox input { width: auto; }
    .desk { margin: 1rem 0 1.5rem; padding: 0.75rem 1rem; border: 2px solid var(--accent); border-radius: 8px; background: var(--tint); }
    .desk h2 { margin: 0 0 0.4rem; font-size: 1.15rem; }
    .desk .notice { margin: 0 0 0.5rem; font-size: 0.85rem; color: var(--muted); }
    .desk .suggestion { margin: 0.4rem 0; line-height: 1.7; }
    .desk .deadline p { margin: 0.4rem 0; }
    .desk-articles > summary { cursor: pointer; font-weight: 600; margin-top: 0.4rem; }
    .desk-articles .result { padding: 0.35rem 0; }
    .desk-articles h3 { font-size: 1rem; margin: 0.2rem 0; }
    .desk-articles .superseded h3 { color: var(--muted); }
    .answer-days { margin-left: 0.6rem; color: var(--muted); font-size: 0.85rem; }
    .table-scroll { max-width: 100%; overflow-x: auto; }
    @media (max-width: 48rem) {
      .facets { border-right: none; padding-right: 0; border-bottom: 1px solid var(--line); padding-bottom: 0.4rem; }
      .search-layout { gap: 0.75rem; }
    }
    .tabs a { white-space: nowrap; }
    @media (max-width: 36rem) {
      .tabs { gap: 0.15rem; }
      .tabs a { padding-left: 0.5rem; padding-right: 0.5rem; }
      .outcomes, .outcomes thead, .outcomes tbody, .outcomes tr, .outcomes th, .outcomes td { display: block; width: auto; }
      .outcomes thead { display: none; }
      .outcomes tr { border: 1px solid var(--line); margin-bottom: 0.5rem; }
      .outcomes td { border: none; border-bottom: 1px dotted var(--line); }
      .outcomes td:nth-child(2) { min-width: 0; }
      .outcomes td.nowrap { white-space: normal; }
      .record, .record-view, main { overflow-wrap: anywhere; }
      .facts { grid-template-columns: max-content 1fr; }
    }
    """#
}
