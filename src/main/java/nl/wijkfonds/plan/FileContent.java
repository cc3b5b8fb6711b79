package nl.wijkfonds.plan;

/** A stored file as it is served: its type, its bytes and its name. */
public record FileContent(String contentType, byte[] bytes, String fileName, FileKind kind) {
}
