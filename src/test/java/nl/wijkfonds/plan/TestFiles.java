package nl.wijkfonds.plan;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Files as residents upload them: photos with a GPS position in their metadata, PDFs, and impostors. */
final class TestFiles {

    /** What a phone writes into a photo's EXIF block; must never reach the public. */
    static final String SECRET_LOCATION = "GPS 52.3731 N 4.8922 E";

    private TestFiles() {
    }

    /** A JPEG photo with an EXIF (APP1) segment holding a location. */
    static byte[] jpegWithLocation() {
        byte[] plain = image("jpeg");
        byte[] exif = ("Exif\0\0" + SECRET_LOCATION).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(plain.length + 4 + exif.length);
        out.put(plain, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(plain, 2, plain.length - 2);
        return out.array();
    }

    /** A PNG with a text chunk holding a location. */
    static byte[] pngWithLocation() {
        byte[] plain = image("png");
        byte[] text = ("Comment\0" + SECRET_LOCATION).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + text.length);
        chunk.putInt(text.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(text);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + text.length);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25;
        ByteBuffer out = ByteBuffer.allocate(plain.length + chunk.capacity());
        out.put(plain, 0, afterHeader).put(chunk.array()).put(plain, afterHeader, plain.length - afterHeader);
        return out.array();
    }

    /** A WebP container with an image chunk (one lossless pixel) and an EXIF chunk holding a location. */
    static byte[] webpWithLocation() {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08; // EXIF present
        byte[] vp8l = {0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07};
        byte[] exif = SECRET_LOCATION.getBytes(StandardCharsets.US_ASCII);
        byte[] body = concat(chunk("VP8X", vp8x), chunk("VP8L", vp8l), chunk("EXIF", exif));
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }

    /** A Windows program, to be renamed "foto.jpg". */
    static byte[] executable() {
        byte[] program = new byte[4096];
        program[0] = 'M';
        program[1] = 'Z';
        Arrays.fill(program, 2, 64, (byte) 0x90);
        return program;
    }

    /** A real one-page PDF of at least the given size (the page's text is padded with a comment). */
    static byte[] pdf(int size) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.OVERWRITE,
                    false)) {
                text.addComment(" ".repeat(Math.max(0, size - 600)));
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF with everything that must not reach the public: a script that runs on opening, a document-level script,
     * an attached file, an author in the document information and an XMP metadata stream.
     */
    static byte[] pdfWithScriptsAndAttachment() {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            PDActionJavaScript onOpen = new PDActionJavaScript("app.alert('opened " + SECRET_LOCATION + "');");
            pdf.getDocumentCatalog().setOpenAction(onOpen);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript("app.alert('document script');")));
            names.setJavascript(scripts);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            PDComplexFileSpecification attachment = new PDComplexFileSpecification();
            attachment.setFile("bijlage.exe");
            attachment.setEmbeddedFile(new PDEmbeddedFile(pdf, new java.io.ByteArrayInputStream(executable())));
            files.setNames(Map.of("bijlage.exe", attachment));
            names.setEmbeddedFiles(files);
            pdf.getDocumentCatalog().setNames(names);
            pdf.getDocumentInformation().setAuthor("Jan Jansen, " + SECRET_LOCATION);
            PDMetadata xmp = new PDMetadata(pdf);
            xmp.importXMPMetadata(("<x:xmpmeta xmlns:x='adobe:ns:meta/'>" + SECRET_LOCATION + "</x:xmpmeta>")
                    .getBytes(StandardCharsets.UTF_8));
            pdf.getDocumentCatalog().setMetadata(xmp);
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A decompression bomb: a small PNG (RGB, 8 or 16 bits per channel) whose header claims a picture of
     * {@code width} by {@code height} pixels, with the first {@code rows} rows of zeros, which compress to almost
     * nothing.
     */
    static byte[] pngBomb(int width, int height, int bitDepth, int rows) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
        byte[] row = new byte[1 + width * 3 * bitDepth / 8];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream zip = new java.util.zip.DeflaterOutputStream(compressed, deflater)) {
            for (int i = 0; i < rows; i++) {
                zip.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        raw.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        raw.writeBytes(pngChunk("IHDR", header.array()));
        raw.writeBytes(pngChunk("IDAT", compressed.toByteArray()));
        raw.writeBytes(pngChunk("IEND", new byte[0]));
        return raw.toByteArray();
    }

    /** A plain PNG picture of the given size, for pictures larger than the platform decodes whole. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.YELLOW);
        g.fillOval(220, 100, 200, 200);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
