package nl.wijkfonds.round.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.round.Phase;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundForm;
import nl.wijkfonds.round.RoundService;
import nl.wijkfonds.round.VotingMethod;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.web.Feedback;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The official's form to create a round or change one. */
@Named("roundEdit")
@ViewScoped
public class RoundEditBean implements Serializable {

    static final String FORM = "round";

    @Inject
    private RoundService rounds;

    private Long id;
    private RoundForm form;
    private Phase phase;

    /** Loads the round named by the {@code id} parameter, or starts a blank one; an unknown id is a 404. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id == null) {
            form = RoundForm.blank();
            phase = Phase.DRAFT;
            return;
        }
        try {
            Round round = rounds.find(id);
            form = round.toForm();
            phase = round.getPhase();
        } catch (DomainException notFound) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, notFound.messageKey());
        }
    }

    public String save() {
        try {
            Round saved = id == null ? rounds.create(form) : rounds.revise(id, form);
            Feedback.doneAfterRedirect("round.saved", saved.getName());
            return "/official/rounds?faces-redirect=true";
        } catch (DomainException refused) {
            Feedback.refused(refused, FORM);
            return null;
        }
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

    public VotingMethod[] getVotingMethods() {
        return VotingMethod.values();
    }

    /** Money and the set of themes and neighbourhoods are fixed once voting has opened. */
    public boolean isMoneyFrozen() {
        return phase.votingHasOpened();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RoundForm getForm() {
        return form;
    }
}
