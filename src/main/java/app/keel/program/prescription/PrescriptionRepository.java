package app.keel.program.prescription;

import app.keel.client.Caseload;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PrescriptionRepository extends JpaRepository<Prescription, Long> {

    String ROW = """
            select new app.keel.program.prescription.PrescriptionRow(i.id, i.position, e.id, e.name, e.category, i.sets, i.reps,
                   i.holdSeconds, i.restSeconds, i.tempo, i.loadKind, i.loadKg, i.band, i.targetRpe, i.side, i.cues,
                   i.stopRule, i.restPosition, i.minutes, i.timesPerDay, i.purpose, i.timeAnchors, i.progressionKind,
                   i.progressionAmount, i.progressionCap, i.repFloor, i.repCeiling, i.loadEquipment,
                   e.oneSided, i.rhythmDays, i.version, p.version)
            from Prescription i join Exercise e on e.id = i.exerciseId join Program p on p.id = i.programId
            """;

    /** The editor grid's rows with their exercise names, only within the caller's caseload: one statement. */
    @Query(ROW + """
              join Client c on c.id = p.clientId
            where i.programId = :programId and i.retired = false and""" + " " + Caseload.VISIBLE + """
            order by i.position, i.id""")
    List<PrescriptionRow> rows(long programId, long studioId, boolean everyone, long practitionerId);

    /** The current items with exercise names, for the program's own history (access already checked). */
    @Query(ROW + """
            where i.programId = :programId and i.retired = false order by i.position, i.id""")
    List<PrescriptionRow> rowsOf(long programId);

    @Query("select count(i) from Prescription i where i.programId = :programId and i.retired = false")
    long countByProgramId(long programId);

    @Query("select i from Prescription i where i.programId = :programId and i.retired = false order by i.position, i.id")
    List<Prescription> inOrder(long programId);

    @Query("select i from Prescription i where i.id = :id and i.studioId = :studioId")
    Optional<Prescription> findInStudio(long id, long studioId);

    @Query("select coalesce(max(i.position), -1) from Prescription i where i.programId = :programId and i.retired = false")
    int lastPosition(long programId);
}
