package app.keel.exercise;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InputRules;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import jakarta.validation.Validator;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The exercise library: built-ins for everyone (read-only), plus each studio's own exercises. */
@Service
public class ExerciseService {

    static final int MAX_CUES = 6;
    static final int MAX_LINE = 200;

    private final ExerciseRepository exercises;
    private final Validator validator;

    ExerciseService(ExerciseRepository exercises, Validator validator) {
        this.exercises = exercises;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<ExerciseSummary> list(ExerciseFilter filter, Pageable pageable) {
        ExerciseFilter f = filter == null ? ExerciseFilter.none() : filter;
        String focus = f.focus() == null ? "" : f.focus().strip().toLowerCase(Locale.ROOT);
        return exercises.page(CurrentUser.require().studioId(), f.categories(), focus,
                InputRules.likePattern(f.text()), ExerciseSorts.sanitize(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<String> focuses() {
        return exercises.focuses(CurrentUser.require().studioId());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ExerciseDetails get(long id) {
        return details(visible(id));
    }

    /**
     * Exercises referenced by programs, for anyone signed in (clients read their own program's exercises);
     * still limited to built-ins and the caller's studio. One statement for all of them.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ExerciseDetails> forPrograms(Collection<Long> ids) {
        Map<Long, ExerciseDetails> result = new HashMap<>();
        // Without ladder neighbours: those would cost two lookups per exercise, and programs do not show them.
        exercises.findVisible(ids, CurrentUser.require().studioId())
                .forEach(e -> result.put(e.getId(), details(e, false)));
        return result;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ExerciseDetails create(ExerciseDraft draft) {
        KeelUser me = CurrentUser.require();
        check(draft);
        Exercise exercise = Exercise.forStudio(me.studioId());
        exercise.apply(draft, me.displayName());
        return details(exercises.saveAndFlush(exercise));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ExerciseDetails update(long id, long expectedVersion, ExerciseDraft draft) {
        KeelUser me = CurrentUser.require();
        Exercise exercise = visible(id);
        if (exercise.isBuiltIn()) {
            throw InvalidInputException.of("", "Built-in exercises stay as they are. Make a copy to adapt it.");
        }
        ConcurrentEditException.requireVersion(exercise.getVersion(), expectedVersion, exercise.getUpdatedBy());
        check(draft);
        exercise.apply(draft, me.displayName());
        return details(exercises.saveAndFlush(exercise));
    }

    /** A studio copy to adapt; it keeps the original's place in its ladder. */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public ExerciseDetails copy(long id) {
        KeelUser me = CurrentUser.require();
        Exercise original = visible(id);
        ExerciseDraft draft = ExerciseDraft.of(original);
        String name = original.getName() + " (studio copy)";
        draft.setName(name.length() > 120 ? name.substring(0, 120) : name);
        Exercise copy = Exercise.forStudio(me.studioId());
        copy.apply(draft, me.displayName());
        copy.markCopyOf(original);
        return details(exercises.saveAndFlush(copy));
    }

    private Exercise visible(long id) {
        return exercises.findVisible(id, CurrentUser.require().studioId()).orElseThrow(NotFoundException::new);
    }

    private void check(ExerciseDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>(InputRules.violations(validator, draft));
        lineRule(errors, "cues", draft.getCues());
        lineRule(errors, "commonFaults", draft.getCommonFaults());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void lineRule(Map<String, String> errors, String field, String text) {
        List<String> lines = Exercise.lines(text);
        if (lines.size() > MAX_CUES) {
            errors.putIfAbsent(field, "Use at most " + MAX_CUES + " lines.");
        } else if (lines.stream().anyMatch(l -> l.length() > MAX_LINE)) {
            errors.putIfAbsent(field, "Keep each line under " + MAX_LINE + " characters.");
        }
    }

    private ExerciseDetails details(Exercise e) {
        return details(e, true);
    }

    private ExerciseDetails details(Exercise e, boolean withLadder) {
        return new ExerciseDetails(e.getId(), e.isBuiltIn(), e.getName(), e.getCategory(), e.getFocus(),
                e.getInstructions(), e.getCues(), e.getCommonFaults(), e.getDosage(), e.getEquipment(),
                e.getDifficulty(), withLadder ? neighbour(e.getEasierId()) : null,
                withLadder ? neighbour(e.getHarderId()) : null, e.getMediaUrl(), e.getVersion(), ExerciseDraft.of(e),
                e.getPrecautions(), e.isOneSided());
    }

    private ExerciseDetails.Neighbour neighbour(Long id) {
        return id == null ? null : exercises.findById(id)
                .map(n -> new ExerciseDetails.Neighbour(n.getId(), n.getName())).orElse(null);
    }
}
