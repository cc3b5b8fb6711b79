package nl.wijkfonds.voting;

/**
 * One voter's letter: their reference and address details from the register and their voting code in plain text.
 * Exists only while the letters PDF is written; the code is stored as a keyed hash alone.
 */
public record CodeLetter(String reference, String postcode, String houseNumber, String code) {
}
