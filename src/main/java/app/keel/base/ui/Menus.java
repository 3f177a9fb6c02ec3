package app.keel.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The menu entries a person may open, worked out once per set of roles. Vaadin checks every route's access for every
 * menu it builds (and looks a Spring helper up on the class path for each check); a layout is built at every sign-in,
 * so that was a noticeable share of a sign-in's cost (docs/performance.md). Which views a person may open depends on
 * their roles only (the access annotations and the path rules), and a change of roles signs their sessions out.
 */
final class Menus {

    private static final Map<Set<String>, List<MenuEntry>> BY_ROLES = new ConcurrentHashMap<>();

    private Menus() {
    }

    /** The signed-in person's entries whose path starts with the prefix ("my", "console"). */
    static List<MenuEntry> under(String prefix) {
        return BY_ROLES.computeIfAbsent(roles(), roles -> MenuConfiguration.getMenuEntries()).stream()
                .filter(entry -> entry.path().startsWith("/" + prefix) || entry.path().startsWith(prefix))
                .toList();
    }

    private static Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
