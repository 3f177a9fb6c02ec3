package app.keel.account.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Vaadin answers the first load of a view with 200 and only then finds, inside the page, that the role may not open
 * it. This filter answers such a load (a GET of a view address by a signed-in person whose roles the view's access
 * annotation refuses) with the friendly 404 page at once, so the status matches a missing page. Navigation inside the
 * running app is refused by Vaadin itself and shows {@code base.ui.AccessDeniedView}.
 */
class ForbiddenRouteFilter extends OncePerRequestFilter {

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();
    private final NotFoundAccessDeniedHandler notFound = new NotFoundAccessDeniedHandler();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isForbiddenView(request)) {
            notFound.handle(request, response, new AccessDeniedException("role may not open this view"));
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isForbiddenView(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null || who == null
                || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        NavigationRouteTarget target = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext())).getNavigationRouteTarget(path);
        return target != null && target.hasTarget() && target.getRouteTarget() != null
                && !access.hasAccess(target.getRouteTarget().getTarget(), request);
    }
}
