package app.keel.logbook.psfs;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.base.AuditableAction;
import app.keel.base.InputRules;
import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.logbook.Score;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The patient-specific functional scale: the practitioner names up to five activities the client finds hard; the
 * client rates each 0–10 at the start and then every {@link #EVERY_DAYS} days when Today asks.
 */
@Service
public class PsfsService {

    public static final int MAX_ACTIVITIES = 5;
    public static final int EVERY_DAYS = 14;
    private static final Pattern PLAIN = Pattern.compile(InputRules.PLAIN_TEXT);

    private final PsfsRepository activities;
    private final PsfsRatingRepository ratings;
    private final ClientService clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PsfsService(PsfsRepository activities, PsfsRatingRepository ratings, ClientService clients,
                ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.ratings = ratings;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    /** The due rule: an activity last rated on {@code latest} is due again {@link #EVERY_DAYS} days later. */
    public static boolean isDue(LocalDate latest, LocalDate today) {
        return !latest.isAfter(today.minusDays(EVERY_DAYS));
    }

    @Transactional // writable: the read is audited in the same transaction
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<PsfsActivityDetails> activities(long clientId) {
        KeelUser me = CurrentUser.require();
        clients.reference(clientId);
        events.publishEvent(new AuditableAction("PSFS_READ", "CLIENT", clientId, me.studioId()));
        return views(me.studioId(), clientId, activities.current(me.studioId(), clientId));
    }

    /**
     * Sets the client's activities (blank lines are dropped). An unchanged description keeps its ratings; a removed
     * one is retired with its history.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public List<PsfsActivityDetails> setActivities(long clientId, List<String> descriptions) {
        KeelUser me = CurrentUser.require();
        ClientRef client = clients.reference(clientId);
        List<String> wanted = descriptions.stream().filter(d -> d != null && !d.isBlank()).map(String::strip)
                .toList();
        check(wanted);
        List<PsfsActivity> current = activities.current(me.studioId(), client.id());
        for (PsfsActivity a : current) {
            if (!wanted.contains(a.getDescription())) {
                a.retire();
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            String text = wanted.get(i);
            int position = i;
            current.stream().filter(a -> a.getDescription().equals(text)).findFirst().ifPresentOrElse(
                    a -> a.moveTo(position),
                    () -> activities.save(new PsfsActivity(me.studioId(), client.id(), position, text,
                            clock.instant())));
        }
        activities.flush();
        events.publishEvent(new AuditableAction("PSFS_ACTIVITIES_SET", "CLIENT", client.id(), me.studioId()));
        return views(me.studioId(), client.id(), activities.current(me.studioId(), client.id()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public PsfsPrompt myPsfs() {
        KeelUser me = CurrentUser.require();
        List<PsfsActivity> mine = activities.mine(me.studioId(), me.accountId());
        if (mine.isEmpty()) {
            return new PsfsPrompt(List.of(), false, false);
        }
        LocalDate today = me.today(clock);
        List<PsfsActivityDetails> views = views(me.studioId(), mine.getFirst().getClientId(), mine);
        boolean due = views.stream().anyMatch(v -> v.latest() == null || isDue(v.latest().date(), today));
        boolean ratedToday = views.stream().anyMatch(v -> v.latest() != null && v.latest().date().equals(today));
        return new PsfsPrompt(views, due, ratedToday);
    }

    /** Rates the client's own activities for today; rating again the same day replaces that day's scores. */
    @Transactional
    @PreAuthorize("hasRole('CLIENT')")
    public PsfsPrompt rate(Map<Long, Integer> scores) {
        KeelUser me = CurrentUser.require();
        me.requireMayChange();
        List<PsfsActivity> mine = activities.mine(me.studioId(), me.accountId());
        Map<String, String> errors = new LinkedHashMap<>();
        scores.forEach((id, score) -> {
            if (mine.stream().noneMatch(a -> a.getId().equals(id))) {
                throw new NotFoundException();
            }
            if (score == null || score < 0 || score > 10) {
                errors.putIfAbsent(String.valueOf(id), "Choose a number from 0 to 10 for each activity.");
            }
        });
        if (scores.isEmpty()) {
            errors.put("", "Rate at least one activity.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = me.today(clock);
        Map<Long, PsfsRating> existing = new HashMap<>();
        activities.ratedOn(List.copyOf(scores.keySet()), today).forEach(r -> existing.put(r.getActivityId(), r));
        long clientId = mine.getFirst().getClientId();
        scores.forEach((id, score) -> {
            PsfsRating rating = existing.get(id);
            if (rating == null) {
                ratings.save(new PsfsRating(me.studioId(), clientId, id, today, score));
            } else {
                rating.rescore(score);
            }
        });
        ratings.flush();
        events.publishEvent(new AuditableAction("PSFS_RATED", "CLIENT", clientId, me.studioId()));
        return myPsfs();
    }

    private static void check(List<String> wanted) {
        if (wanted.size() > MAX_ACTIVITIES) {
            throw InvalidInputException.of("", "Name at most " + MAX_ACTIVITIES + " activities.");
        }
        if (wanted.stream().distinct().count() < wanted.size()) {
            throw InvalidInputException.of("", "Each activity should appear once.");
        }
        for (String w : wanted) {
            if (w.length() > 120) {
                throw InvalidInputException.of("", "Keep each activity under 120 characters.");
            }
            if (!PLAIN.matcher(w).matches()) {
                throw InvalidInputException.of("", InputRules.PLAIN_TEXT_MESSAGE);
            }
        }
    }

    private List<PsfsActivityDetails> views(long studioId, long clientId, List<PsfsActivity> current) {
        Map<Long, List<PsfsActivityDetails.Score>> byActivity = new HashMap<>();
        activities.ratings(studioId, clientId).forEach(r -> byActivity.computeIfAbsent(r.getActivityId(),
                k -> new ArrayList<>()).add(new PsfsActivityDetails.Score(r.getRatedOn(), r.getScore())));
        return current.stream().map(a -> new PsfsActivityDetails(a.getId(), a.getDescription(),
                byActivity.getOrDefault(a.getId(), List.of()))).toList();
    }
}
