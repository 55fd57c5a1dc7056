/// Serves the web page and its assets from string literals compiled into the binary.
///
/// No files on disk, no CDN, no web fonts. Every response carries a strict
/// `Content-Security-Policy` (scripts and styles only from this origin, no inline script), so even
/// a record text that slipped into the page as HTML could not run.
public enum WebAssets {
    /// The policy sent with every page asset.
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    /// Registers `GET /`, `GET /assets/app.js` and `GET /assets/app.css` on `router`.
    public static func register(on router: Router) {
        router.get("/", name: "page") { _, _ in asset(WebPage.html, type: "text/html; charset=utf-8") }
        router.get("/assets/app.js", name: "asset_js") { _, _ in
            asset(AppScript.source, type: "text/javascript; charset=utf-8")
        }
        router.get("/assets/app.css", name: "asset_css") { _, _ in
            asset(AppStyle.source + "\n" + AppStyle.deskPart + "\n" + AppStyle.accessPart, type: "text/css; charset=utf-8")
        }
    }

    /// A 200 response with the security headers.
    static func asset(_ text: String, type: String) -> HTTPResponse {
        HTTPResponse(
            status: 200,
            headers: [
                "Content-Type": type,
                "Content-Security-Policy": contentSecurityPolicy,
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "same-origin",
                "Cache-Control": "no-cache",
            ],
            body: Array(text.utf8))
    }
}
