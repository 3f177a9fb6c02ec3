package app.keel.exercise;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/** The library sorts by name or by difficulty (then name); anything else falls back to name. Ids break ties. */
final class ExerciseSorts {

    static final String NAME = "name";
    static final String DIFFICULTY = "difficulty";

    private ExerciseSorts() {
    }

    static Pageable sanitize(Pageable pageable) {
        Sort.Order requested = pageable.getSort().stream().findFirst().orElse(Sort.Order.asc(NAME));
        Sort.Direction direction = requested.getDirection();
        Sort byName = JpaSort.unsafe(direction, "lower(e.name)");
        Sort sort = DIFFICULTY.equals(requested.getProperty())
                ? Sort.by(direction, DIFFICULTY).and(JpaSort.unsafe("lower(e.name)")) : byName;
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
    }
}
