package nl.wijkfonds.plan;

import nl.wijkfonds.shared.DomainException;
import org.junit.jupiter.api.Test;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

        PlanUpload upload = inspect("IMG_0001.JPG", photo);

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
        PlanUpload upload = inspect("kaart.png", png);
        assertEquals("image/png", upload.contentType());
        assertFalse(contains(upload.content(), SECRET_LOCATION));
        assertNotNull(upload.thumbnail());
    }

    @Test
    void webpIsDecodedAndStoredAgainWithoutItsMetadata() throws IOException {
        PlanUpload upload = inspect("plein.webp", TestFiles.webpWithLocation());
        assertEquals("image/jpeg", upload.contentType(), "an opaque picture becomes a JPEG (PNG with transparency)");
        assertEquals("plein.jpg", upload.fileName());
        assertFalse(contains(upload.content(), SECRET_LOCATION));
        assertEquals(1, ImageIO.read(new ByteArrayInputStream(upload.content())).getWidth());
        assertNotNull(upload.thumbnail());
    }

    @Test
    void webpThatIsNoPictureIsRefused() {
        byte[] html = "RIFF\0\0\0\0WEBP<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("plan.file.unreadable", assertThrows(DomainException.class,
                () -> inspect("plein.webp", html)).messageKey());
    }

    @Test
    void decompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = TestFiles.pngBomb(50_000, 50_000, 8, 200);
        assertTrue(bomb.length < 64 * 1024, "some kilobytes: " + bomb.length);
        assertEquals("plan.file.tooManyPixels", assertThrows(DomainException.class,
                () -> inspect("bom.png", bomb)).messageKey());
    }

    @Test
    void pictureLargerThanNeededIsDecodedSubsampled() throws IOException {
        PlanUpload upload = inspect("groot.png", TestFiles.png(4000, 3000));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(upload.content()));
        assertEquals(2000, stored.getWidth(), "every second pixel of 12 megapixels");
        assertTrue((long) stored.getWidth() * stored.getHeight() <= FileInspection.DECODED_PIXELS);
    }

    @Test
    void pdfLosesItsScriptsAttachmentsAndMetadata() throws IOException {
        byte[] dangerous = TestFiles.pdfWithScriptsAndAttachment();
        assertTrue(contains(dangerous, "JavaScript") && contains(dangerous, SECRET_LOCATION));

        PlanUpload upload = inspect("begroting.pdf", dangerous);

        byte[] cleaned = upload.content();
        for (String gone : List.of("JavaScript", "app.alert", "EmbeddedFile", "bijlage.exe", SECRET_LOCATION,
                "Jan Jansen", "xmpmeta", "OpenAction")) {
            assertFalse(contains(cleaned, gone), gone);
        }
        try (PDDocument pdf = Loader.loadPDF(cleaned)) {
            assertEquals(1, pdf.getNumberOfPages(), "the content stays");
            assertNull(pdf.getDocumentCatalog().getNames());
            assertNull(pdf.getDocumentCatalog().getMetadata());
        }
    }

    @Test
    void brokenPdfIsRefused() {
        byte[] broken = "%PDF-1.7\nthis is no document".getBytes(StandardCharsets.US_ASCII);
        assertEquals("plan.file.unreadablePdf", assertThrows(DomainException.class,
                () -> inspect("kapot.pdf", broken)).messageKey());
    }

    @Test
    void renamedExecutableIsNoJpeg() {
        DomainException refusal = assertThrows(DomainException.class,
                () -> inspect("foto.jpg", TestFiles.executable()));
        assertEquals("plan.file.type", refusal.messageKey());
    }

    @Test
    void brokenImageBehindAJpegSignatureIsRefused() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02, 0x03};
        assertEquals("plan.file.unreadable", assertThrows(DomainException.class,
                () -> inspect("kapot.jpg", broken)).messageKey());
    }

    @Test
    void pdfIsAcceptedUpToTenMegabytes() {
        assertEquals(FileKind.PDF, inspect("begroting.pdf", TestFiles.pdf(20_000)).kind());
        assertEquals("plan.file.tooLarge.pdf", assertThrows(DomainException.class,
                () -> inspect("groot.pdf", TestFiles.pdf(10 * 1024 * 1024 + 1))).messageKey());
    }

    @Test
    void imageAboveFiveMegabytesIsRefused() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.jpegWithLocation(), 0, big, 0, 3);
        assertEquals("plan.file.tooLarge.image", assertThrows(DomainException.class,
                () -> inspect("groot.jpg", big)).messageKey());
    }

    /** The upload as it arrives: in a file of its own, which the test deletes afterwards. */
    private static PlanUpload inspect(String name, byte[] bytes) {
        try {
            Path received = Files.createTempFile("received", ".part");
            try {
                Files.write(received, bytes);
                return FileInspection.inspect(name, received);
            } finally {
                Files.delete(received);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void fileNamesLoseTheirPathAndOddCharacters() {
        assertEquals("evil_.jpg", FileInspection.safeName("C:\\Users\\x\\..\\evil<.jpg"));
        assertEquals("bestand", FileInspection.safeName(""));
    }
}
