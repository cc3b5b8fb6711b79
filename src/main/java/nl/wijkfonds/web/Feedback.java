package nl.wijkfonds.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.DomainException;

import java.text.MessageFormat;
import java.util.Locale;

/** Turns outcomes into messages a person reads in their own language, next to the field concerned. */
public final class Feedback {

    private Feedback() {
    }

    /** A refusal by the domain, shown next to its field in the given form, or above the form when it has none. */
    public static void refused(DomainException refusal, String formId) {
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        if (clientId != null && FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) == null) {
            clientId = null;
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments().toArray());
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A success message that survives the redirect after a successful POST. */
    public static void doneAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static String text(String key, Object... arguments) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String pattern = Languages.messages(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
