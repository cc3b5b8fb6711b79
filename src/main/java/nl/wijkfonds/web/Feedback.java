package nl.wijkfonds.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.Violation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Turns outcomes into messages a person reads in their own language: each violation beside the field whose
 * {@code property} attribute names it (set by the field tag), or at the top of the page when no field does.
 */
public final class Feedback {

    private Feedback() {
    }

    /** Shows every violation, in the order of the fields on the page. */
    public static void show(List<Violation> violations) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, Field> fields = fields(context);
        List<String> order = new ArrayList<>(fields.keySet());
        violations.stream()
                .sorted(Comparator.comparingInt(v -> v.property() == null || !fields.containsKey(v.property())
                        ? -1 : order.indexOf(v.property())))
                .forEach(violation -> {
                    String text = text(violation);
                    Field field = violation.property() == null ? null : fields.get(violation.property());
                    if (field == null) {
                        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                    } else {
                        String summary = field.label() == null ? text : field.label() + ": " + text;
                        context.addMessage(field.clientId(),
                                new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, text));
                    }
                });
        context.validationFailed();
    }

    public static void error(String key, Object... arguments) {
        show(List.of(new Violation(null, key, List.of(arguments))));
    }

    /** A success message that survives the redirect after a successful POST. */
    public static void doneAfterRedirect(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        String text = text(key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public static String text(String key, Object... arguments) {
        return text(new Violation(null, key, List.of(arguments)));
    }

    /** The violation's message in the page's language: named placeholders ({max}) first, then positional ones. */
    public static String text(Violation violation) {
        // The person's language, not the view's: before a page is rendered (a refusal in a view action, say) the
        // view does not know it yet, and the message came out in the server's language.
        Locale locale = CDI.current().select(LanguageBean.class).get().getLocale();
        String pattern = Languages.messages(locale).getString(violation.messageKey());
        List<Object> positional = new ArrayList<>();
        for (Object argument : violation.arguments()) {
            if (argument instanceof Violation.Argument named) {
                pattern = pattern.replace("{" + named.name() + "}", String.valueOf(named.value()));
            } else {
                positional.add(argument);
            }
        }
        return positional.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(positional.toArray());
    }

    /**
     * A rendered input (or group, see the message tag) with the command property it shows. Its aria-invalid comes
     * from the message beside it: marking the input itself invalid made Faces render it empty, so what the person
     * typed was lost.
     */
    private record Field(String clientId, Object label) {
    }

    /**
     * Every rendered component with a {@code property} attribute, by property, in page order. Read during the visit,
     * because inside a table each row has its own property and client id.
     */
    private static Map<String, Field> fields(FacesContext context) {
        Map<String, Field> found = new LinkedHashMap<>();
        VisitContext visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (target, component) -> {
            Object property = component.getAttributes().get("property");
            if (property != null) {
                found.putIfAbsent(property.toString(), new Field(component.getClientId(context),
                        component.getAttributes().get("label")));
            }
            return VisitResult.ACCEPT;
        });
        return found;
    }
}
