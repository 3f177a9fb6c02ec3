package app.keel.logbook;

import org.springframework.data.jpa.repository.JpaRepository;

interface PsfsRatingRepository extends JpaRepository<PsfsRating, Long> {
}
