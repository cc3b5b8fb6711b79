package nl.wijkfonds.voting;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeAlphabetTest {

    @Test
    void codesHaveAtLeastATrillionPossibilities() {
        assertTrue(Math.pow(CodeAlphabet.SYMBOLS.length(), CodeAlphabet.CODE_LENGTH) >= 1e12);
    }

    @Test
    void alphabetHoldsNoLookAlikes() {
        for (char lookAlike : "0O1IL2Z5S8BUQ".toCharArray()) {
            assertEquals(-1, CodeAlphabet.SYMBOLS.indexOf(lookAlike), "no " + lookAlike);
        }
        assertEquals(CodeAlphabet.SYMBOLS.length(), CodeAlphabet.SYMBOLS.chars().distinct().count());
    }

    @Test
    void newCodesAreReadBackTypedInAnyCaseWithSpacesAndDashes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CodeAlphabet.newCode();
            assertTrue(codes.add(code));
            assertEquals(code, CodeAlphabet.readCode(code).orElseThrow());
            String typed = " " + CodeAlphabet.grouped(code).toLowerCase() + " ";
            assertEquals(code, CodeAlphabet.readCode(typed).orElseThrow(), typed);
        }
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String code = CodeAlphabet.newCode();
            for (int i = 0; i < code.length(); i++) {
                for (char other : CodeAlphabet.SYMBOLS.toCharArray()) {
                    if (other != code.charAt(i)) {
                        String typo = code.substring(0, i) + other + code.substring(i + 1);
                        assertFalse(CodeAlphabet.readCode(typo).isPresent(), typo + " for " + code);
                    }
                }
            }
        }
    }

    @Test
    void everySwapOfTwoDifferentCharactersIsCaught() {
        for (int n = 0; n < 200; n++) {
            String code = CodeAlphabet.newCode();
            for (int i = 0; i < CodeAlphabet.CODE_LENGTH; i++) {
                for (int j = i + 1; j < CodeAlphabet.CODE_LENGTH; j++) {
                    if (code.charAt(i) != code.charAt(j)) {
                        char[] swapped = code.toCharArray();
                        swapped[i] = code.charAt(j);
                        swapped[j] = code.charAt(i);
                        assertFalse(CodeAlphabet.readCode(new String(swapped)).isPresent());
                    }
                }
            }
        }
    }

    @Test
    void malformedCodesAreRefused() {
        for (String typed : new String[]{null, "", "ABC", "34679ACDEF7", "0000000000", "3467-9ACD", "34679ACDE!"}) {
            assertFalse(CodeAlphabet.readCode(typed).isPresent(), typed);
        }
    }

    @Test
    void receiptsAreTwelveOfTheSameCharacters() {
        String receipt = CodeAlphabet.newReceipt();
        assertEquals(12, receipt.length());
        assertEquals(receipt, CodeAlphabet.readReceipt(receipt.toLowerCase()).orElseThrow());
        assertFalse(CodeAlphabet.readReceipt("OOOOOOOOOOOO").isPresent());
    }
}
