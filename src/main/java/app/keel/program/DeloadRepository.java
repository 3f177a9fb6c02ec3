package app.keel.program;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface DeloadRepository extends JpaRepository<Deload, Long> {

    @Query("select d from Deload d where d.programId = :programId order by d.startDate, d.id")
    List<Deload> forProgram(long programId);

    @Query("select d from Deload d where d.id = :id and d.studioId = :studioId")
    Optional<Deload> findInStudio(long id, long studioId);
}
