package nl.wijkfonds.results.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.results.ResultService;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.shared.NotFoundException;
import nl.wijkfonds.voting.BallotScope;
import nl.wijkfonds.voting.Choice;
import nl.wijkfonds.voting.StoredBallot;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public bulletin board of a round (the current one, or {@code ?round=}): every anonymous ballot with its
 * receipt, a page at a time, once voting has closed; and a voter's own ballot found by its receipt ({@code ?bon=}),
 * exactly as counted. The page reads its address leniently, like the gallery: a page number out of range shows the
 * nearest page.
 */
@Named("board")
@ViewScoped
public class BulletinBoardBean implements Serializable {

    static final int PAGE_SIZE = 50;

    @Inject
    private ResultService results;

    @Inject
    private RoundService rounds;

    @Inject
    @Param(name = "round")
    private ParamValue<Long> roundParameter;

    @Inject
    @Param(name = "bon")
    private String receipt;

    @Inject
    @Param(name = "pagina")
    private String page;

    private Long roundId;
    private transient List<StoredBallot> ballots;
    private transient Optional<ResultService.Receipt> found;
    private Map<Long, String> titles;
    private Map<Long, String> scopeNames;

    public void load() {
        if (roundId != null) {
            return;
        }
        Long asked = PageIds.optional(roundParameter);
        roundId = asked != null ? rounds.find(asked).getId()
                : rounds.current().map(Round::getId).orElseThrow(() -> new NotFoundException("page.notFound"));
        titles = new HashMap<>();
        scopeNames = new HashMap<>();
        for (BallotScope scope : results.scopes(roundId)) {
            scopeNames.put(scope.neighbourhoodId(), scope.name());
            scope.plans().forEach(p -> titles.put(p.planId(), p.title()));
        }
    }

    public Round getRound() {
        return rounds.find(roundId);
    }

    public boolean isOpen() {
        return !getRound().getPhase().isBefore(Phase.TALLYING);
    }

    public List<StoredBallot> getAll() {
        if (ballots == null) {
            ballots = isOpen() ? results.castBallots(roundId) : List.of();
        }
        return ballots;
    }

    public int getPageCount() {
        return Math.max(1, (getAll().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPageNumber() {
        int asked;
        try {
            asked = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            asked = 1;
        }
        return Math.min(Math.max(asked, 1), getPageCount());
    }

    public List<StoredBallot> getPage() {
        int from = (getPageNumber() - 1) * PAGE_SIZE;
        return getAll().subList(from, Math.min(from + PAGE_SIZE, getAll().size()));
    }

    public String getReceipt() {
        return receipt;
    }

    public boolean isLookedUp() {
        return receipt != null && !receipt.isBlank();
    }

    public Optional<ResultService.Receipt> getFound() {
        if (found == null) {
            found = isLookedUp() ? results.byReceipt(receipt) : Optional.empty();
        }
        return found;
    }

    public String scopeName(StoredBallot ballot) {
        return scopeNames.get(ballot.neighbourhoodId());
    }

    /** A plan on a ballot as the voter chose it: its title, with points or place where the ballot has them. */
    public String choice(Choice choice) {
        String title = titles.getOrDefault(choice.getPlanId(), "#" + choice.getPlanId());
        if (choice.getPoints() != null) {
            return title + " (" + choice.getPoints() + ")";
        }
        return choice.getRank() != null ? choice.getRank() + ". " + title : title;
    }

    public long getRoundId() {
        return roundId;
    }
}
