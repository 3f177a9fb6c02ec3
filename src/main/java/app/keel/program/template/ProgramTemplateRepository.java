package app.keel.program.template;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ProgramTemplateRepository extends JpaRepository<ProgramTemplate, Long> {

    @Query("""
            select new app.keel.program.template.TemplateSummary(t.id, t.title, t.kind, t.weeks)
            from ProgramTemplate t where t.studioId = :studioId order by lower(t.title), t.id""")
    List<TemplateSummary> list(long studioId);

    @Query("select t from ProgramTemplate t where t.id = :id and t.studioId = :studioId")
    Optional<ProgramTemplate> findInStudio(long id, long studioId);
}
