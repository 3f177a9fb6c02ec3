package app.keel.program;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    @Query("select p from Program p where p.id = :id and p.studioId = :studioId")
    Optional<Program> findInStudio(long id, long studioId);

    @Query("""
            select new app.keel.program.ProgramSummary(p.id, p.title, p.kind, p.status, p.startDate, p.weeks)
            from Program p where p.studioId = :studioId and p.clientId = :clientId
            order by p.startDate desc, p.id desc""")
    List<ProgramSummary> forClient(long studioId, long clientId);

    @Query("""
            select p from Program p where p.studioId = :studioId and p.clientId = :clientId
              and p.status in (app.keel.program.ProgramStatus.ACTIVE, app.keel.program.ProgramStatus.PAUSED)
            order by p.startDate, p.id""")
    List<Program> visibleToClient(long studioId, long clientId);
}
