package nl.wijkfonds.platform;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets Bean Validation messages come from our own {@code messages_nl} / {@code messages_en} bundles, so that every
 * text a person reads lives in one place. Keys we do not know (the built-in ones) and parameters like {@code {max}}
 * are left to the provider's own interpolator.
 */
public class MessagesInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([a-zA-Z][\\w.]*)}");

    private final MessageInterpolator standard =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Languages.DEFAULT);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        ResourceBundle messages = Languages.messages(locale);
        Matcher key = KEY.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (key.find()) {
            key.appendReplacement(resolved, Matcher.quoteReplacement(lookup(messages, key.group(1), key.group())));
        }
        key.appendTail(resolved);
        return standard.interpolate(resolved.toString(), context, locale);
    }

    private static String lookup(ResourceBundle messages, String key, String unchanged) {
        try {
            return messages.getString(key);
        } catch (MissingResourceException notOurs) {
            return unchanged;
        }
    }
}
