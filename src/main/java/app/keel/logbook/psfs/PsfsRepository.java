package app.keel.logbook.psfs;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface PsfsRepository extends JpaRepository<PsfsActivity, Long> {

    @Query("""
            select a from PsfsActivity a
            where a.studioId = :studioId and a.clientId = :clientId and a.retired = false order by a.position""")
    List<PsfsActivity> current(long studioId, long clientId);

    @Query("""
            select a from PsfsActivity a join Client c on c.id = a.clientId
            where c.studioId = :studioId and c.accountId = :accountId and a.retired = false order by a.position""")
    List<PsfsActivity> mine(long studioId, long accountId);

    @Query("""
            select r from PsfsRating r where r.studioId = :studioId and r.clientId = :clientId
            order by r.ratedOn, r.activityId""")
    List<PsfsRating> ratings(long studioId, long clientId);

    @Query("select r from PsfsRating r where r.activityId in :activityIds and r.ratedOn = :day")
    List<PsfsRating> ratedOn(List<Long> activityIds, LocalDate day);
}
