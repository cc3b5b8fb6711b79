package nl.wijkfonds.testing;

/** Dutch messages that forms of every domain show beside a field, as a person reads them. */
public final class Messages {

    public static final String REQUIRED = "Vul dit veld in.";
    public static final String PLAIN_TEXT = "Gebruik gewone tekst, zonder codes zoals <script>.";
    public static final String NOT_AN_AMOUNT = "Vul een bedrag in euro in, zoals 300.000 of 1.250,50.";
    public static final String EMAIL_INVALID = "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.";

    private Messages() {
    }
}
