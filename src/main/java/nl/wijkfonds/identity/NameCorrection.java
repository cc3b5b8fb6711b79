package nl.wijkfonds.identity;

/** The name a person wants the platform to use for them instead of the one it has. */
public record NameCorrection(@PersonName String displayName) {
}
