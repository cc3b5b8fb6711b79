package nl.wijkfonds.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.platform.Clocks;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/** Amounts and dates as a person reads them in their language, for use in pages. */
@Named("formats")
@RequestScoped
public class FormatsBean {

    @Inject
    private LanguageBean language;

    public String money(Money amount) {
        return amount == null ? "" : amount.format(language.getLocale());
    }

    /** A date as people write it: "1 maart 2027", "1 March 2027" (British order, not American). */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Languages.forDates(language.getLocale())).format(date);
    }

    /**
     * The language residents and officials write content in (plans, round names): Dutch. Marked on that content, so
     * that on English pages screen readers read it in Dutch.
     */
    public String getContentLanguage() {
        return Languages.DUTCH.getLanguage();
    }

    /** What an audit action code ("plan.submitted") means, in words; the code itself when it has none yet. */
    public String action(String code) {
        return known("action." + code, code);
    }

    /** What kind of thing an audit event is about ("plan"), in words. */
    public String subject(String type) {
        return known("subject." + type, type);
    }

    private String known(String key, String fallback) {
        ResourceBundle messages = Languages.messages(language.getLocale());
        return messages.containsKey(key) ? messages.getString(key) : fallback;
    }

    /** A text from the bundles with values filled in, for attributes that EL cannot format by itself. */
    public String text(String key, Object... arguments) {
        return Feedback.text(key, arguments);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(Clocks.AMSTERDAM).format(instant);
    }
}
