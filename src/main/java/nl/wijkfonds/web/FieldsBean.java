package nl.wijkfonds.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** What the field and error-summary tags need from the request: aria state, input types and the problems. */
@Named("fields")
@RequestScoped
public class FieldsBean {

    /** A problem to list at the top of the page: the field's client id (null for the whole form) and its text. */
    public record Problem(String clientId, String text) {
    }

    /** aria-invalid for a field's input: "true" once a problem is shown beside it. */
    public String invalid(UIComponent input) {
        return String.valueOf(FacesContext.getCurrentInstance().getMessages(input.getClientId()).hasNext());
    }

    /** The HTML type and keyboard for a single-line field kind. */
    public Map<String, Object> inputType(String kind) {
        return switch (kind) {
            case "email", "tel", "date" -> Map.of("type", kind);
            case "number" -> Map.of("inputmode", "numeric");
            case "money" -> Map.of("inputmode", "decimal");
            default -> Map.of();
        };
    }

    /** Every error on the page, global ones first, in the order of the fields. */
    public List<Problem> problems() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        Iterator<String> clientIds = context.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            Iterator<FacesMessage> messages = context.getMessages(clientId);
            while (messages.hasNext()) {
                FacesMessage message = messages.next();
                if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
                    problems.add(new Problem(clientId, message.getSummary()));
                }
            }
        }
        problems.sort((a, b) -> Boolean.compare(a.clientId() != null, b.clientId() != null));
        return problems;
    }

    public String problemCount() {
        return Feedback.text("form.problems", problems().size());
    }

    /** Success messages, e.g. after a redirect; errors are in {@link #problems()}. */
    public List<String> notices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .filter(m -> m.getSeverity() != FacesMessage.SEVERITY_ERROR)
                .map(FacesMessage::getSummary)
                .toList();
    }
}
