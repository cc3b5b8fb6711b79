package nl.wijkfonds.round.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.allocation.BallotKind;
import nl.wijkfonds.shared.Validation;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;
import nl.wijkfonds.web.PageIds;
import nl.wijkfonds.web.TypedInput;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The official's form to create a round or change one. */
@Named("roundEdit")
@ViewScoped
public class RoundEditBean implements Serializable {

    @Inject
    private RoundService rounds;

    @Inject
    private Validation validation;

    @Inject
    private LanguageBean language;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> idParameter;

    private Long id;
    private RoundForm form;
    private Phase phase;

    /** Loads the round named by {@code ?id=}, or starts a blank one; an unknown or malformed id is a 404. */
    public void load() {
        if (form != null) {
            return;
        }
        id = PageIds.optional(idParameter);
        if (id == null) {
            form = RoundForm.blank();
            phase = Phase.DRAFT;
        } else {
            Round round = rounds.find(id);
            form = RoundForm.of(round, language.getLocale());
            phase = round.getPhase();
        }
    }

    public String save() {
        TypedInput input = new TypedInput();
        var setup = form.toSetup(input);
        input.check(validation, setup);
        Round saved = id == null ? rounds.create(setup) : rounds.revise(id, setup);
        Feedback.doneAfterRedirect("round.saved", saved.getName());
        return "/official/rounds?faces-redirect=true";
    }

    public void addTheme() {
        form.getThemes().add(new RoundForm.ThemeRow());
    }

    public void removeTheme(RoundForm.ThemeRow row) {
        form.getThemes().remove(row);
    }

    public void addNeighbourhood() {
        form.getNeighbourhoods().add(new RoundForm.NeighbourhoodRow());
    }

    public void removeNeighbourhood(RoundForm.NeighbourhoodRow row) {
        form.getNeighbourhoods().remove(row);
    }

    public List<Phase> getScheduledPhases() {
        return Phase.SCHEDULED;
    }

    public List<SelectItem> getVotingMethods() {
        return Arrays.stream(BallotKind.values())
                .map(method -> new SelectItem(method,
                        Feedback.text("votingMethod." + method.name().toLowerCase(Locale.ROOT))))
                .toList();
    }

    /** Money and the set of themes and neighbourhoods are fixed once voting has opened. */
    public boolean isMoneyFrozen() {
        return phase.votingHasOpened();
    }

    public Long getId() {
        return id;
    }

    public RoundForm getForm() {
        return form;
    }
}
