package app.keel.program;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PlannedDeloadRepository extends JpaRepository<PlannedDeload, Long> {

    @Query("select d from PlannedDeload d where d.programId = :programId order by d.startDate, d.id")
    List<PlannedDeload> forProgram(long programId);

    @Query("select d from PlannedDeload d where d.id = :id and d.studioId = :studioId")
    Optional<PlannedDeload> findInStudio(long id, long studioId);
}
