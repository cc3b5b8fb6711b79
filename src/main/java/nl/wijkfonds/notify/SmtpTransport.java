package nl.wijkfonds.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.wijkfonds.platform.Settings;

import java.util.Date;
import java.util.Properties;

/** Hands a message to the configured SMTP server (plain text and HTML as alternatives). */
@ApplicationScoped
public class SmtpTransport {

    private static final String TIMEOUT_MS = "20000";

    private Session session;

    @jakarta.annotation.PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", Settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(Settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(Settings.smtpStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(Settings.smtpStartTls()));
        String user = Settings.smtpUser();
        Authenticator authenticator = null;
        if (user != null) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, Settings.smtpPassword());
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    public void send(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(Settings.mailFrom()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtmlBody(), "UTF-8", "html");
        mime.setContent(new MimeMultipart("alternative", text, html));
        Transport.send(mime);
    }
}
