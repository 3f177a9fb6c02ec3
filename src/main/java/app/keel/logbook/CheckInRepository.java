package app.keel.logbook;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    /** The signed-in client's record id with that day's check-in, if any (null): one statement. */
    @Query("""
            select new app.keel.logbook.OwnCheckIn(c.id, ci) from Client c
              left join CheckIn ci on ci.clientId = c.id and ci.checkDate = :date
            where c.studioId = :studioId and c.accountId = :accountId""")
    Optional<OwnCheckIn> mine(LocalDate date, long studioId, long accountId);

    /**
     * Date, pain now, worst pain and flare-up of each check-in between two dates, for the progression gate (which
     * reads the day after a painful day too, so callers ask for one day past the program's end).
     */
    @Query("""
            select c.checkDate, c.painNow, c.worstPain, c.flareUp from CheckIn c
            where c.clientId = :clientId and c.checkDate between :start and :end""")
    List<Object[]> painDays(long clientId, LocalDate start, LocalDate end);
}
