extension AppScript {
    /// Signing in with an API token (kept in `sessionStorage`, for this browser tab's session only;
    /// no cookies), who is signed in, and the token sent as `Authorization: Bearer …` with every call.
    static let accessPart = #"""
      // ---- signing in ----
      const TOKEN_KEY = "caselib-token";
      function withToken(options) {
        const token = sessionStorage.getItem(TOKEN_KEY);
        const merged = Object.assign({}, options || {});
        if (token) merged.headers = Object.assign({}, merged.headers || {}, { "Authorization": "Bearer " + token });
        return merged;
      }

      let asking = false;
      /** Shows the sign-in form in the access bar (once, however many calls were refused). */
      function askForToken(message) {
        if (asking) return;
        asking = true;
        const input = el("input", { id: "token-input", type: "password", autocomplete: "off", spellcheck: false,
                                    placeholder: "访问令牌（由管理员用 caselib token issue 签发）" });
        const form = el("form", { className: "token-form" },
          el("label", { htmlFor: "token-input", text: "请登录：" }), input, el("button", { type: "submit", text: "登录" }));
        form.addEventListener("submit", (event) => {
          event.preventDefault();
          const token = input.value.trim();
          if (!token) { input.focus(); return; }
          sessionStorage.setItem(TOKEN_KEY, token);
          asking = false;
          showSignedIn();
          route();
        });
        $("access-bar").replaceChildren(el("span", { className: "status error", text: message || "需要登录。" }), form);
        input.focus();
      }

      async function showSignedIn() {
        const bar = $("access-bar");
        let me;
        try { me = await api("/api/me"); } catch (error) { return; }
        window.caselibMe = me;
        const signOut = el("button", { type: "button", className: "link-button", text: "退出" });
        signOut.addEventListener("click", () => { sessionStorage.removeItem(TOKEN_KEY); window.caselibMe = null; askForToken("已退出。"); });
        const who = me.unit ? me.name + "（" + me.role_label + "，" + me.unit + "）" : me.name + "（" + me.role_label + "）";
        bar.replaceChildren(el("span", { text: "当前用户：" + who + " " }),
          sessionStorage.getItem(TOKEN_KEY) ? signOut : el("span", { className: "muted", text: "（本机单用户模式）" }));
      }

      /** A link to the API (a compilation, a CSV table) is fetched with the token and handed over as
       *  a file: the browser itself holds no credentials to send. */
      async function openAPILink(event) {
        const link = event.target.closest ? event.target.closest("a[href^='/api/']") : null;
        if (!link || !sessionStorage.getItem(TOKEN_KEY)) return;
        event.preventDefault();
        try {
          const response = await fetch(link.getAttribute("href"), withToken({}));
          if (response.status === 401) { askForToken(""); return; }
          if (!response.ok) throw new Error("HTTP " + response.status);
          const url = URL.createObjectURL(await response.blob());
          const save = el("a", { href: url, download: link.getAttribute("download") || "", target: "_blank", rel: "noopener" });
          document.body.append(save);
          save.click();
          save.remove();
        } catch (error) {
          window.alert("下载失败：" + error.message);
        }
      }

      function installAccess() {
        document.addEventListener("click", openAPILink);
        showSignedIn();
      }
    """#
}
