package app.keel.studio;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudioRepository extends JpaRepository<Studio, Long> {
}
