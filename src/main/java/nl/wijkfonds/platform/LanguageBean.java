package nl.wijkfonds.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Locale;

import java.util.stream.Collectors;

/**
 * The visitor's language for this session: Dutch unless they chose English. Any page takes {@code ?lang=en} or
 * {@code ?lang=nl}, so a link can open the platform in the right language.
 */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private Locale locale = Languages.DEFAULT;

    /** Called by every page (see the layout): applies a {@code lang} parameter if there is one. */
    public Locale getLocale() {
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
        if (requested != null) {
            locale = Languages.byTag(requested);
        }
        return locale;
    }

    public String getTag() {
        return getLocale().getLanguage();
    }

    /** The current page's address in the other language, keeping its other parameters. */
    public String switchUrl(String tag) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String query = context.getRequestParameterMap().entrySet().stream()
                .filter(p -> !p.getKey().equals("lang") && !p.getKey().startsWith("jakarta.faces")
                        && !p.getKey().contains(":"))
                .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
        String path = context.getRequestContextPath() + context.getRequestServletPath();
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + encode(tag);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

}
