package nl.wijkfonds.plan;

import nl.wijkfonds.shared.DomainException;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static nl.wijkfonds.plan.TestFiles.SECRET_LOCATION;
import static nl.wijkfonds.plan.TestFiles.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real type of an upload comes from its bytes, and what is published carries no metadata. */
class FileInspectionTest {

    @Test
    void jpegLosesItsLocationAndGetsAThumbnail() throws IOException {
        byte[] photo = TestFiles.jpegWithLocation();
        assertTrue(contains(photo, SECRET_LOCATION), "the test photo does carry a location");

        PlanUpload upload = FileInspection.inspect("IMG_0001.JPG", photo);

        assertEquals(FileKind.IMAGE, upload.kind());
        assertEquals("image/jpeg", upload.contentType());
        assertFalse(contains(upload.content(), SECRET_LOCATION));
        assertFalse(contains(upload.content(), "Exif"));
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(upload.content())).getWidth());
        assertEquals(FileInspection.THUMBNAIL_WIDTH,
                ImageIO.read(new ByteArrayInputStream(upload.thumbnail())).getWidth());
    }

    @Test
    void pngLosesItsTextChunks() {
        byte[] png = TestFiles.pngWithLocation();
        assertTrue(contains(png, SECRET_LOCATION));
        PlanUpload upload = FileInspection.inspect("kaart.png", png);
        assertEquals("image/png", upload.contentType());
        assertFalse(contains(upload.content(), SECRET_LOCATION));
        assertNotNull(upload.thumbnail());
    }

    @Test
    void webpKeepsOnlyItsImageChunks() {
        PlanUpload upload = FileInspection.inspect("plein.webp", TestFiles.webpWithLocation());
        assertEquals("image/webp", upload.contentType());
        assertFalse(contains(upload.content(), SECRET_LOCATION));
        assertFalse(contains(upload.content(), "EXIF"));
        assertTrue(contains(upload.content(), "VP8L"));
        assertEquals(0, upload.content()[20] & 0x08, "EXIF flag cleared");
        assertNull(upload.thumbnail());
    }

    @Test
    void renamedExecutableIsNoJpeg() {
        DomainException refusal = assertThrows(DomainException.class,
                () -> FileInspection.inspect("foto.jpg", TestFiles.executable()));
        assertEquals("plan.file.type", refusal.messageKey());
    }

    @Test
    void brokenImageBehindAJpegSignatureIsRefused() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03};
        assertEquals("plan.file.unreadable", assertThrows(DomainException.class,
                () -> FileInspection.inspect("kapot.jpg", broken)).messageKey());
    }

    @Test
    void pdfIsAcceptedUpToTenMegabytes() {
        assertEquals(FileKind.PDF, FileInspection.inspect("begroting.pdf", TestFiles.pdf(20_000)).kind());
        assertEquals("plan.file.tooLarge.pdf", assertThrows(DomainException.class,
                () -> FileInspection.inspect("groot.pdf", TestFiles.pdf(10 * 1024 * 1024 + 1))).messageKey());
    }

    @Test
    void imageAboveFiveMegabytesIsRefused() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.jpegWithLocation(), 0, big, 0, 3);
        assertEquals("plan.file.tooLarge.image", assertThrows(DomainException.class,
                () -> FileInspection.inspect("groot.jpg", big)).messageKey());
    }

    @Test
    void fileNamesLoseTheirPathAndOddCharacters() {
        assertEquals("evil_.jpg", FileInspection.safeName("C:\\Users\\x\\..\\evil<.jpg"));
        assertEquals("bestand", FileInspection.safeName(""));
    }
}
