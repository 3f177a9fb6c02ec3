package app.keel.program.history;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ProgramRevisionRepository extends JpaRepository<ProgramRevision, Long> {

    @Query("""
            select new app.keel.program.history.RevisionSummary(r.number, r.createdAt, r.createdBy)
            from ProgramRevision r where r.programId = :programId order by r.number desc""")
    List<RevisionSummary> list(long programId);

    @Query("select coalesce(max(r.number), 0) from ProgramRevision r where r.programId = :programId")
    int lastNumber(long programId);

    Optional<ProgramRevision> findByProgramIdAndNumber(long programId, int number);
}
