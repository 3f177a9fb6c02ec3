package app.keel.client;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/**
 * The clients grid sorts by name or by last activity only; anything else a caller sends is replaced by the
 * default (name). Both sorts end on the id so that pages never overlap.
 */
final class ClientSorts {

    static final String NAME = "fullName";
    static final String LAST_ACTIVITY = "lastActivityAt";

    private ClientSorts() {
    }

    static Pageable sanitize(Pageable pageable) {
        Sort.Order requested = pageable.getSort().stream().findFirst().orElse(Sort.Order.asc(NAME));
        Sort.Direction direction = requested.getDirection();
        Sort sort = switch (requested.getProperty()) {
            // Clients who were never active come last either way.
            case LAST_ACTIVITY -> Sort.by(new Sort.Order(direction, LAST_ACTIVITY, Sort.NullHandling.NULLS_LAST));
            default -> JpaSort.unsafe(direction, "lower(c.fullName)");
        };
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }
}
