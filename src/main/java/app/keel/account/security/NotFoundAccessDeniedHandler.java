package app.keel.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A signed-in person asking for an address their role may not open gets the same friendly page and status as for a
 * missing one (404), instead of a bare 403 with no body that browsers offer to download. Vaadin's own requests (those
 * carrying {@code v-r}) and CSRF refusals keep the plain 403 Vaadin's client expects.
 */
class NotFoundAccessDeniedHandler implements AccessDeniedHandler {

    static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Page not found · Keel</title></head>
            <body><main><h1>Page not found</h1>
            <p>This page does not exist, or it is not one you can open.</p>
            <p><a href="%s">Back to the start page</a></p></main></body></html>
            """;

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (denied instanceof CsrfException || request.getParameter("v-r") != null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PAGE.formatted(HtmlUtils.htmlEscape(request.getContextPath() + "/")));
    }
}
