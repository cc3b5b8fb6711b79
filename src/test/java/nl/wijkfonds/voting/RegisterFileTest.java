package nl.wijkfonds.voting;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegisterFileTest {

    private static RegisterFile read(String csv) {
        return RegisterFile.read(csv.getBytes(StandardCharsets.UTF_8), List.of(), read -> { });
    }

    private static List<String> problems(String csv) {
        return read(csv).problems().stream().map(p -> p.line() + " " + p.messageKey()).toList();
    }

    @Test
    void goodRegisterIsReadWithDutchOrEnglishColumnsInAnyOrderAndEitherDelimiter() {
        RegisterFile dutch = read("referentie;postcode;huisnummer;geboortejaar\nA1;1053 ab;12;1980\nA2;1053AB;12-2;2010\n");
        assertEquals(List.of(), dutch.problems());
        assertEquals(2, dutch.lines().size());
        assertEquals("1053AB", dutch.lines().get(0).postcode());
        assertEquals(3, dutch.lines().get(1).line());
        RegisterFile english = read("\uFEFFyear_of_birth,house_number,postcode,reference\n1975,7 H,1052 KL,\"B,1\"\n");
        assertEquals(List.of(), english.problems());
        assertEquals("B,1", english.lines().get(0).reference());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() {
        assertEquals(List.of("3 voting.register.reference.duplicate", "4 voting.register.postcode",
                        "5 voting.register.houseNumber", "5 voting.register.birthYear", "6 voting.register.reference.empty",
                        "7 voting.register.fieldCount"),
                problems("referentie,postcode,huisnummer,geboortejaar\nA1,1053AB,1,1980\nA1,1053AB,2,1980\n"
                        + "A3,0153AB,3,1980\nA4,1053AB,nul,80\n,1053AB,5,1980\nA6,1053AB\n"));
    }

    @Test
    void missingColumnIsReportedOnTheHeaderLine() {
        assertEquals(List.of("1 voting.register.missingColumns"),
                problems("referentie,postcode,geboortejaar\nA1,1053AB,1980\n"));
        assertTrue(read("referentie,postcode,geboortejaar\n").problems().get(0).arguments().get(0).contains("huisnummer"));
    }

    @Test
    void emptyOrNonUtf8FilesAreRefused() {
        assertEquals(List.of("1 voting.register.empty"), problems(""));
        assertEquals(List.of("1 voting.register.empty"), problems("referentie,postcode,huisnummer,geboortejaar\n"));
        RegisterFile latin1 = RegisterFile.read(new byte[]{'a', (byte) 0xE9, '\n'}, List.of(), read -> { });
        assertEquals("voting.register.encoding", latin1.problems().get(0).messageKey());
    }

    @Test
    void progressIsToldPerThousandLines() {
        StringBuilder csv = new StringBuilder("referentie,postcode,huisnummer,geboortejaar\n");
        for (int i = 0; i < 2500; i++) {
            csv.append("R").append(i).append(",1053AB,").append(i + 1).append(",1990\n");
        }
        List<Integer> told = new ArrayList<>();
        RegisterFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), List.of(), told::add);
        assertEquals(List.of(1000, 2000, 2500), told);
    }

    @Test
    void postcodesAreReadAndPlacedInRanges() {
        assertEquals("1053AB", Postcode.read(" 1053 ab ").orElseThrow());
        assertTrue(Postcode.read("0153AB").isEmpty());
        assertTrue(Postcode.read("1053SS").isEmpty());
        assertTrue(Postcode.read("1053A").isEmpty());
        assertTrue(Postcode.inRanges("1053AB", "1051-1054, 1060"));
        assertTrue(Postcode.inRanges("1060ZZ", "1051-1054, 1060"));
        assertTrue(!Postcode.inRanges("1055AB", "1051-1054, 1060"));
    }
}
