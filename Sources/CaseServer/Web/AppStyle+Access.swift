extension AppStyle {
    /// The access bar (who is signed in, the token form), "my records" and the case form.
    static let accessPart = """
    .tabs { flex-wrap: wrap; }
    .access-bar { font-size: 0.9rem; margin-left: auto; }
    .access-bar .token-form { display: inline-flex; gap: 0.4rem; align-items: center; flex-wrap: wrap; }
    .access-bar input { min-width: 16rem; }
    .link-button { background: none; border: none; color: var(--accent); cursor: pointer; text-decoration: underline; padding: 0; }
    .work-list { list-style: none; padding: 0; }
    .work-list li { padding: 0.6rem 0; border-bottom: 1px solid #e5e7eb; }
    .work-actions { display: flex; gap: 0.6rem; flex-wrap: wrap; margin-top: 0.3rem; }
    .edit-form textarea { width: 100%; max-width: 100%; box-sizing: border-box; }
    .edit-form select, .edit-form input { max-width: 100%; }
    .findings { color: #92400e; }
    @media (max-width: 36rem) {
      .access-bar { margin-left: 0; width: 100%; }
      .access-bar input { min-width: 0; width: 100%; }
    }
    """
}
