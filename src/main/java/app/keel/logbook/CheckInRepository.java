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

    /** Average worst pain per program week (0-based) between two dates, for the progression gate. */
    @Query(nativeQuery = true, value = """
            select (check_date - :start) / 7 as week, avg(worst_pain) as pain
            from check_in where client_id = :clientId and check_date between :start and :end
            group by 1""")
    List<Object[]> worstPainPerWeek(long clientId, LocalDate start, LocalDate end);
}
