package nl.wijkfonds.voting;

/** How many voters of a neighbourhood (null: outside every neighbourhood) got a code, and how many used it. */
public record TurnoutLine(Long neighbourhoodId, String neighbourhood, long codes, long voted) {

    /** Turnout in whole percent, rounded down; 0 without codes. */
    public long percent() {
        return codes == 0 ? 0 : voted * 100 / codes;
    }
}
