package nl.wijkfonds.platform;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The platform speaks Dutch first and English second; every text comes from the {@code messages} bundles. */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = DUTCH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Languages() {
    }

    /** The supported language for a tag such as "en", or the default for anything else. */
    public static Locale byTag(String tag) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst().orElse(DEFAULT);
    }

    /** The locale for writing dates: English dates in British order ("1 March 2027"). */
    public static Locale forDates(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.UK : byTag(locale.getLanguage());
    }

    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("messages", byTag(locale == null ? null : locale.getLanguage()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
