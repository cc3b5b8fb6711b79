package nl.wijkfonds.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the real messages the platform sent, from the test SMTP server's IMAP side (GreenMail, started by Maven
 * before the integration tests; each address is its own mailbox).
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A received message: subject, plain text and HTML. */
    public record Mail(String subject, String text, String html) {

        /** The first link in the plain text, as a path relative to the application (to open on the test's base). */
        public String link() {
            Matcher link = LINK.matcher(text);
            if (!link.find()) {
                throw new AssertionError("no link in:\n" + text);
            }
            // Links start with the platform's public address (WIJKFONDS_BASE_URL), which the build passes on.
            URI base = URI.create(System.getProperty("test.base.url", "http://localhost:8080/"));
            URI uri = base.relativize(URI.create(link.group()));
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }
    }

    private Mailbox() {
    }

    /** Every message in the address's inbox, oldest first. */
    public static List<Mail> messages(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", System.getProperty("test.imap.port"));
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(address, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the test mailbox of " + address, e);
        }
    }

    /** Waits for the address's {@code count}-th message to arrive and returns it. */
    public static Mail awaitMessage(String address, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Mail> mails = messages(address);
        while (mails.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no message " + count + " for " + address + " within " + PATIENCE);
            }
            Waiting.pause();
            mails = messages(address);
        }
        return mails.get(count - 1);
    }

    private static Mail read(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        return new Mail(message.getSubject(), text, html);
    }
}
