package nl.wijkfonds.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.privacy.PersonalDataCatalogue;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;

import java.util.List;
import java.util.Optional;

/**
 * The privacy statement's table, row by row from the catalogue of where personal data is stored, and the current
 * round's own retention period for contact details.
 */
@Named("privacyStatement")
@RequestScoped
public class PrivacyStatementBean {

    @Inject
    private RoundService rounds;

    private Optional<Round> currentRound;

    public List<PersonalDataCatalogue.Entry> getEntries() {
        return PersonalDataCatalogue.ENTRIES;
    }

    /** The round the public sees, or null when there is none yet; asked once per page, not once per expression. */
    public Round getCurrentRound() {
        if (currentRound == null) {
            currentRound = rounds.current();
        }
        return currentRound.orElse(null);
    }
}
