package nl.wijkfonds.round;

import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid round form as the official's page posts it (one theme, one neighbourhood): to set up a round over HTTP
 * before a test walks the pages, or to post what the page does not offer.
 */
final class RoundFormFields {

    static final List<String> PHASE_STARTS = List.of("2031-01-05", "2031-03-01", "2031-04-15", "2031-05-10",
            "2031-05-25", "2031-06-15", "2032-06-01");

    private RoundFormFields() {
    }

    static Map<String, String> valid(String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("year", "2031");
        fields.put("totalBudget", "300.000");
        fields.put("maxPlanCost", "50.000");
        fields.put("votingMethod", "APPROVAL");
        fields.put("contactRetentionMonths", "6");
        fields.put("themeRows:0:themeName", "Groen");
        fields.put("themeRows:0:themeDescription", "Meer bomen en planten");
        fields.put("themeRows:0:themeBudget", "");
        fields.put("neighbourhoodRows:0:neighbourhoodName", "Centrum");
        fields.put("neighbourhoodRows:0:postcodeRanges", "1011-1018");
        fields.put("neighbourhoodRows:0:neighbourhoodBudget", "");
        for (int i = 0; i < PHASE_STARTS.size(); i++) {
            fields.put("phaseRows:" + i + ":phaseStart", PHASE_STARTS.get(i));
        }
        return fields;
    }

    /** Opens the form (new round, or the round with this id) and saves it with these fields. */
    static Page save(FacesClient official, Long roundId, Map<String, String> fields) {
        Page form = official.get("official/round" + (roundId == null ? "" : "?id=" + roundId));
        return official.submit(form, "round", "save", fields);
    }
}
