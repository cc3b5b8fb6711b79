package nl.wijkfonds.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.wijkfonds.privacy.PersonalDataCatalogue;

import java.util.List;

/** The privacy statement's table, row by row from the catalogue of where personal data is stored. */
@Named("privacyStatement")
@RequestScoped
public class PrivacyStatementBean {

    public List<PersonalDataCatalogue.Entry> getEntries() {
        return PersonalDataCatalogue.ENTRIES;
    }
}
