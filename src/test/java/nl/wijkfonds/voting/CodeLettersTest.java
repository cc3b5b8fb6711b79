package nl.wijkfonds.voting;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeLettersTest {

    @Test
    void oneLetterPerVoterCarriesTheirCodeInDutchAndEnglish() throws Exception {
        List<CodeLetter> letters = List.of(new CodeLetter("R-1", "1054AB", "12", CodeAlphabet.newCode()),
                new CodeLetter("R-2", "1051CD", "3 h", CodeAlphabet.newCode()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CodeLetters.write("Wijkfonds West 2027", 4, letters, pdf);
        Map<String, String> codes = VotingPages.codesIn(pdf.toByteArray());
        assertEquals(Map.of("R-1", CodeAlphabet.grouped(letters.get(0).code()),
                "R-2", CodeAlphabet.grouped(letters.get(1).code())), codes);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertEquals(2, reader.getNumberOfPages());
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertEquals(2, page.split(CodeAlphabet.grouped(letters.get(0).code()), -1).length - 1, "once per language");
        assertTrue(page.contains("stemmen?ronde=4") && page.contains("Your voting code"),
                page);
    }
}
