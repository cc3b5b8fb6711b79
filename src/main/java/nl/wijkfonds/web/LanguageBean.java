package nl.wijkfonds.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wijkfonds.platform.Languages;

/** The visitor's language for this session: Dutch unless they chose English (see {@link LanguageFilter}). */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private Locale locale = Languages.DEFAULT;

    void choose(String tag) {
        locale = Languages.byTag(tag);
    }

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** The current page's address in another language, keeping its other query parameters. */
    public String switchUrl(String tag) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.startsWith("lang="))
                .map(parameter -> parameter + "&")
                .collect(Collectors.joining());
        return request.getRequestURI() + "?" + query + "lang=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }
}
