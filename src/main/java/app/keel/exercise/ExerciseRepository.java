package app.keel.exercise;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Built-ins (no studio) are visible to every studio; a studio's own exercises only to that studio. */
interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    @Query("""
            select new app.keel.exercise.ExerciseSummary(e.id, e.name, e.category, e.focus, e.difficulty,
                   case when e.studioId is null then true else false end)
            from Exercise e
            where (e.studioId is null or e.studioId = :studioId)
              and e.category in :categories
              and (:focus = '' or e.focus = :focus)
              and (lower(e.name) like :text escape '\\' or e.focus like :text escape '\\')""")
    Slice<ExerciseSummary> page(long studioId, Collection<ExerciseCategory> categories, String focus, String text,
                                Pageable pageable);

    @Query("select e from Exercise e where e.id = :id and (e.studioId is null or e.studioId = :studioId)")
    Optional<Exercise> findVisible(long id, long studioId);

    @Query("select e from Exercise e where e.id in :ids and (e.studioId is null or e.studioId = :studioId)")
    List<Exercise> findVisible(Collection<Long> ids, long studioId);

    @Query("select distinct e.focus from Exercise e where e.studioId is null or e.studioId = :studioId order by e.focus")
    List<String> focuses(long studioId);

    @Query("select e from Exercise e where e.studioId is null")
    List<Exercise> builtIns();

    @Query("select coalesce(max(e.libraryVersion), 0) from Exercise e where e.studioId is null")
    int builtInVersion();
}
