package nl.wijkfonds.round.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The public home page: what a visitor can do now and until when, the current round, its budget, themes and where it
 * stands in its timeline. The phase is the one the official moved the round to; dates are the planned ones.
 */
@Named("home")
@RequestScoped
public class HomeBean {

    @Inject
    private RoundService rounds;

    @Inject
    private Clock clock;

    private Round round;

    /** One step of the public timeline. */
    public record TimelineStep(Phase phase, LocalDate startsOn, boolean current, boolean done) {
    }

    @PostConstruct
    void load() {
        round = rounds.current().orElse(null);
    }

    public Round getRound() {
        return round;
    }

    /**
     * The last day of the current phase as planned (the day before the next phase's planned start), or null when
     * there is none or it has passed: the official moves phases, so a late move must not show a date in the past.
     */
    public LocalDate getDeadline() {
        if (round == null || round.getPhase() == Phase.CLOSED) {
            return null;
        }
        LocalDate nextStart = round.getPhaseStarts().get(round.getPhase().next());
        LocalDate last = nextStart == null ? null : nextStart.minusDays(1);
        return last == null || last.isBefore(LocalDate.now(clock)) ? null : last;
    }

    /** The message key of what a visitor can do now, in this phase. */
    public String getNow() {
        return "home.now." + round.getPhase().name().toLowerCase(Locale.ROOT);
    }

    public List<TimelineStep> getTimeline() {
        if (round == null) {
            return List.of();
        }
        return Phase.SCHEDULED.stream()
                .map(phase -> new TimelineStep(phase, round.getPhaseStarts().get(phase), phase == round.getPhase(),
                        phase.isBefore(round.getPhase())))
                .toList();
    }
}
