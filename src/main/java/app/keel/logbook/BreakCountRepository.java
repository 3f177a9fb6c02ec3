package app.keel.logbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface BreakCountRepository extends JpaRepository<BreakCount, Long> {

    /** The signed-in client's counts of one day, through their own login (never an id they send). */
    @Query("""
            select b from BreakCount b join Client c on c.id = b.clientId
            where c.studioId = :studioId and c.accountId = :accountId and b.logDate = :date""")
    List<BreakCount> mineOn(LocalDate date, long studioId, long accountId);

    @Query("select b from BreakCount b where b.prescriptionId = :prescriptionId and b.logDate = :date")
    Optional<BreakCount> of(long prescriptionId, LocalDate date);
}
