package nl.wijkfonds.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "300000      | 30000000",
            "300.000     | 30000000",
            "300,000     | 30000000",
            "€ 300.000   | 30000000",
            "1.250,50    | 125050",
            "1,250.50    | 125050",
            "12,5        | 1250",
            "0,01        | 1",
            "-5          | -500",
            "1 000 000   | 100000000"})
    void amountsTypedInEitherLanguageAreRead(String typed, long cents) {
        assertEquals(cents, Money.parse(typed).cents());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "drie ton", "12a", ",5", "1.2.3.4.5.6.7.8.9.0.1", "99999999999999999"})
    void textThatIsNotAnAmountIsRefused(String typed) {
        assertThrows(IllegalArgumentException.class, () -> Money.parse(typed));
    }

    @Test
    void amountsAreShownInThePersonsLanguage() {
        Money budget = Money.ofEuros(300_000);
        assertEquals("€\u00a0300.000,00", budget.format(Locale.forLanguageTag("nl")));
        assertEquals("€300,000.00", budget.format(Locale.ENGLISH));
    }
}
