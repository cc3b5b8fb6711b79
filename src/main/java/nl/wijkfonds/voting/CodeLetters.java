package nl.wijkfonds.voting;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import nl.wijkfonds.platform.Languages;
import nl.wijkfonds.platform.Settings;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the voting-code letters as one PDF, one A4 page per voter: the voter's reference and address details, then
 * in Dutch and in English what the code is for, how to vote (address of the ballot page, code plus postcode, the
 * review step, the receipt) and the code itself, large and in two groups of five.
 */
public final class CodeLetters {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11);
    private static final Font SMALL = new Font(Font.HELVETICA, 9);
    private static final Font CODE = new Font(Font.COURIER, 26, Font.BOLD);

    private CodeLetters() {
    }

    /** The address voters type in: the ballot page of this round. */
    public static String votingUrl(long roundId) {
        return Settings.baseUrl() + "stemmen?ronde=" + roundId;
    }

    public static void write(String roundName, long roundId, List<CodeLetter> letters, OutputStream out) {
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(roundName);
            document.open();
            if (letters.isEmpty()) {
                document.add(new Paragraph(Languages.messages(Languages.DUTCH).getString("voting.letter.none"), TEXT));
            }
            for (CodeLetter letter : letters) {
                document.newPage();
                document.add(new Paragraph(letter.reference() + "    " + letter.postcode() + "  "
                        + letter.houseNumber(), SMALL));
                section(document, Languages.DUTCH, roundName, roundId, letter);
                section(document, Languages.ENGLISH, roundName, roundId, letter);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the code letters", e);
        }
    }

    private static void section(Document document, Locale locale, String roundName, long roundId, CodeLetter letter) {
        ResourceBundle text = Languages.messages(locale);
        String url = votingUrl(roundId) + (locale == Languages.DUTCH ? "" : "&lang=en");
        Paragraph title = new Paragraph(MessageFormat.format(text.getString("voting.letter.title"), roundName), TITLE);
        title.setSpacingBefore(24);
        title.setSpacingAfter(10);
        document.add(title);
        document.add(new Paragraph(MessageFormat.format(text.getString("voting.letter.for"), letter.postcode(),
                letter.houseNumber()), TEXT));
        document.add(new Paragraph(MessageFormat.format(text.getString("voting.letter.how"), url), TEXT));
        Paragraph code = new Paragraph(CodeAlphabet.grouped(letter.code()), CODE);
        code.setAlignment(Element.ALIGN_CENTER);
        code.setSpacingBefore(12);
        code.setSpacingAfter(12);
        document.add(code);
        document.add(new Paragraph(text.getString("voting.letter.secret"), TEXT));
    }
}
