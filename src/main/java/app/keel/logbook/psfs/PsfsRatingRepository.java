package app.keel.logbook.psfs;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PsfsRatingRepository extends JpaRepository<PsfsRating, Long> {
}
