package nl.wijkfonds.round.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;

import java.time.LocalDate;
import java.util.List;

/** The public home page: the current round, its budget, themes and where it stands in its timeline. */
@Named("home")
@RequestScoped
public class HomeBean {

    @Inject
    private RoundService rounds;

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
