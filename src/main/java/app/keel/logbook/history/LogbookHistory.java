package app.keel.logbook.history;

import app.keel.exercise.LoadKind;
import app.keel.logbook.CheckIn;
import app.keel.logbook.CheckInDraft;
import app.keel.logbook.CheckInRepository;
import app.keel.logbook.ItemLog;
import app.keel.logbook.ItemLogDraft;
import app.keel.logbook.ItemLogRepository;
import app.keel.logbook.LogOutcome;
import app.keel.logbook.LogbookService;
import app.keel.logbook.psfs.PsfsActivity;
import app.keel.logbook.psfs.PsfsRating;
import app.keel.logbook.psfs.PsfsRatingRepository;
import app.keel.logbook.psfs.PsfsRepository;
import app.keel.logbook.psfs.PsfsService;
import app.keel.program.Program;
import app.keel.program.prescription.Prescription;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * DEMO ONLY: writes weeks of past item logs, check-ins and PSFS ratings straight through the repositories. The
 * client services refuse anything older than {@link LogbookService#CATCH_UP_DAYS} days (rightly), so this is the
 * one way to give the zero-setup demo a history. It checks nothing and audits nothing; only the demo package may
 * call it (ArchitectureTest keeps it so) and only while seeding a fresh demo studio.
 * <p>
 * History runs from the program's start to yesterday: today stays open, so whoever tries the demo as a client can
 * log it themselves.
 */
@Component
public class LogbookHistory {

    private final ItemLogRepository logs;
    private final CheckInRepository checkIns;
    private final PsfsRepository activities;
    private final PsfsRatingRepository ratings;
    private final Clock clock;
    @PersistenceContext
    private EntityManager em;

    LogbookHistory(ItemLogRepository logs, CheckInRepository checkIns, PsfsRepository activities,
                   PsfsRatingRepository ratings, Clock clock) {
        this.logs = logs;
        this.checkIns = checkIns;
        this.activities = activities;
        this.ratings = ratings;
        this.clock = clock;
    }

    /** Writes the program's history from its start to yesterday, as {@code story} tells it. Same input, same rows. */
    @Transactional
    public void seed(long programId, HistoryStory story, ZoneId zone) {
        Program program = em.find(Program.class, programId);
        List<Prescription> items = em.createQuery("""
                select i from Prescription i where i.programId = :id and i.retired = false
                order by i.position""", Prescription.class).setParameter("id", programId).getResultList();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Random rnd = new Random(20_260_000L + story.ordinal());
        int historyDays = (int) ChronoUnit.DAYS.between(program.getStartDate(), today);
        List<ItemLog> newLogs = new ArrayList<>();
        List<CheckIn> newCheckIns = new ArrayList<>();
        Progress progress = new Progress(program, items.size());
        for (LocalDate day = program.getStartDate(); day.isBefore(today); day = day.plusDays(1)) {
            int daysAgo = (int) ChronoUnit.DAYS.between(day, today);
            progress.startDay(day);
            boolean active = story.active(daysAgo, rnd);
            int worst = story.worstPain(daysAgo, historyDays, rnd);
            // Draw the note even on inactive days, so one story's random sequence does not depend on another's.
            String dayNote = story.checkInNote(daysAgo, rnd);
            if (!active) {
                continue;
            }
            Instant evening = day.atTime(LocalTime.of(18, 0).plusMinutes(rnd.nextInt(240))).atZone(zone).toInstant();
            if (program.calendar().isScheduled(day)) {
                for (Prescription item : items) {
                    LogOutcome outcome = story.outcome(daysAgo, item.getLoadKind() == LoadKind.KG, rnd);
                    ItemLog log = new ItemLog(program.getStudioId(), program.getClientId(), programId, item.getId(),
                            day);
                    log.apply(draft(item, outcome, progress.load(item), worst, story.itemNote(outcome, rnd), rnd),
                            evening);
                    newLogs.add(log);
                    progress.count(outcome);
                }
            }
            if (story.checksIn(daysAgo, rnd)) {
                newCheckIns.add(checkIn(program, day, worst, story == HistoryStory.FLARE_UP
                        && daysAgo == HistoryStory.FLARE_DAYS_AGO, dayNote, evening, rnd));
            }
        }
        logs.saveAll(newLogs);
        checkIns.saveAll(newCheckIns);
    }

    /**
     * PSFS for the demo: the activities, rated on the program's first day and every {@link PsfsService#EVERY_DAYS}
     * days after (up to yesterday), each a point or so better than the last: slow, real-looking progress.
     */
    @Transactional
    public void seedPsfs(long programId, List<String> descriptions, ZoneId zone) {
        Program program = em.find(Program.class, programId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Random rnd = new Random(20_261_000L);
        for (int i = 0; i < descriptions.size(); i++) {
            PsfsActivity activity = activities.save(new PsfsActivity(program.getStudioId(), program.getClientId(), i,
                    descriptions.get(i), program.getStartDate().atStartOfDay(zone).toInstant()));
            int score = 2 + rnd.nextInt(3);
            for (LocalDate day = program.getStartDate(); day.isBefore(today);
                 day = day.plusDays(PsfsService.EVERY_DAYS)) {
                ratings.save(new PsfsRating(program.getStudioId(), program.getClientId(), activity.getId(), day,
                        score));
                score = Math.min(10, score + 1 + (rnd.nextInt(3) == 0 ? 1 : 0));
            }
        }
    }

    private static ItemLogDraft draft(Prescription item, LogOutcome outcome, BigDecimal load, int worst, String note,
                                      Random rnd) {
        ItemLogDraft d = ItemLogDraft.of(outcome);
        d.setNote(note);
        if (outcome == LogOutcome.SKIPPED) {
            return d;
        }
        boolean partly = outcome == LogOutcome.PARTLY;
        d.setSetsDone(partly ? Math.max(1, item.getSets() - 1) : item.getSets());
        d.setRepsDone(item.getReps() == null ? null : partly ? Math.max(1, item.getReps() - 2) : item.getReps());
        d.setHoldSeconds(item.getHoldSeconds());
        d.setLoadKg(load);
        // Effort: a loaded item near the usual target of 6–7, bodyweight items light; a sore day feels harder.
        int target = item.getTargetRpe() != null ? item.getTargetRpe() : load != null ? 6 : 3;
        d.setRpe(Math.max(1, Math.min(9, target + rnd.nextInt(3) - 1 + (worst >= 6 ? 1 : 0))));
        d.setFormHeld(worst < 7 || rnd.nextBoolean());
        d.setPainDuring(Math.max(0, worst - 2 - rnd.nextInt(2)));
        return d;
    }

    private static CheckIn checkIn(Program program, LocalDate day, int worst, boolean flareUp, String note,
                                   Instant at, Random rnd) {
        CheckInDraft d = new CheckInDraft();
        d.setWorstPain(worst);
        d.setPainNow(Math.max(0, worst - 1 - rnd.nextInt(2)));
        d.setStiffness(Math.max(0, Math.min(10, worst + rnd.nextInt(3) - 1)));
        d.setSleepQuality(Math.max(2, Math.min(9, 8 - worst / 2 - rnd.nextInt(3) + 1)));
        d.setStress(Math.max(1, Math.min(9, 3 + rnd.nextInt(3) + (worst >= 6 ? 2 : 0))));
        d.setConfidence(Math.max(1, Math.min(10, 9 - worst + rnd.nextInt(2))));
        d.setFlareUp(flareUp);
        d.setNote(note);
        CheckIn checkIn = new CheckIn(program.getStudioId(), program.getClientId(), day);
        checkIn.apply(d, at);
        return checkIn;
    }

    /**
     * The kilograms the client lifts: the prescribed load, one progression step up after each program week in which
     * at least the gate's adherence was reached (as the progression gate would allow), never above the cap.
     */
    private static final class Progress {
        private final Program program;
        private final int itemsPerDay;
        private int steps;
        private int scheduled;
        private double credit;
        private LocalDate weekStart;

        Progress(Program program, int itemsPerDay) {
            this.program = program;
            this.itemsPerDay = itemsPerDay;
            this.weekStart = program.getStartDate();
        }

        void startDay(LocalDate day) {
            if (!day.isBefore(weekStart.plusWeeks(1))) {
                if (scheduled > 0 && 100 * credit / scheduled >= program.getGateMinAdherence()) {
                    steps++;
                }
                weekStart = weekStart.plusWeeks(1);
                scheduled = 0;
                credit = 0;
            }
            if (program.calendar().isScheduled(day)) {
                scheduled += itemsPerDay;
            }
        }

        void count(LogOutcome outcome) {
            credit += outcome == LogOutcome.DONE ? 1.0 : outcome == LogOutcome.PARTLY ? 0.5 : 0;
        }

        BigDecimal load(Prescription item) {
            if (item.getLoadKind() != LoadKind.KG || item.getLoadKg() == null) {
                return null;
            }
            BigDecimal step = program.getProgressionAmount() == null ? BigDecimal.ZERO : program.getProgressionAmount();
            BigDecimal load = item.getLoadKg().add(step.multiply(BigDecimal.valueOf(steps)));
            BigDecimal cap = program.getProgressionCap();
            return cap != null && load.compareTo(cap) > 0 ? cap : load;
        }
    }
}
