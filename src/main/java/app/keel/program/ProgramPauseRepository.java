package app.keel.program;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ProgramPauseRepository extends JpaRepository<ProgramPause, Long> {

    @Query("select p from ProgramPause p where p.programId = :programId order by p.startDate, p.id")
    List<ProgramPause> forProgram(long programId);
}
