package nl.wijkfonds.privacy.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import nl.wijkfonds.identity.NameCorrection;
import nl.wijkfonds.privacy.PersonalData;
import nl.wijkfonds.privacy.PrivacyService;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.LanguageBean;

import java.io.IOException;
import java.io.Serializable;

/** "My data" ({@code /account/data}): what the platform holds about me, a download, correction and erasure. */
@Named("myData")
@ViewScoped
public class MyDataBean implements Serializable {

    @Inject
    private PrivacyService privacy;

    @Inject
    private LanguageBean language;

    private transient PersonalData data;
    private String displayName;
    private String password;

    public void load() {
        if (displayName == null) {
            displayName = getData().account().name();
        }
    }

    public String correct() {
        privacy.correctName(new NameCorrection(displayName));
        Feedback.doneAfterRedirect("privacy.corrected");
        return "/account/data?faces-redirect=true";
    }

    /** Erases the account, then signs out here: the person lands on the home page with a notice. */
    public void erase() throws IOException, ServletException {
        privacy.eraseMine(password);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String tag = language.getTag();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?erased=true&lang=" + tag);
    }

    public PersonalData getData() {
        if (data == null) {
            data = privacy.mine();
        }
        return data;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
