package nl.wijkfonds.voting;

/** One good line of a register file: who may vote, where, and their year of birth. */
record RegisterLine(int line, String reference, String postcode, String houseNumber, int birthYear,
                    Long neighbourhoodId) {
}
