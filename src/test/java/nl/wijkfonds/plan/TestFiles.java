package nl.wijkfonds.plan;

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

    /** A WebP container with an image chunk and an EXIF chunk holding a location. */
    static byte[] webpWithLocation() {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x08; // EXIF present
        byte[] vp8l = {0x2F, 0, 0, 0, 0, 0, 0, 0};
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

    /** A PDF of about the given size. */
    static byte[] pdf(int size) {
        byte[] pdf = new byte[Math.max(size, 64)];
        byte[] head = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, pdf, 0, head.length);
        Arrays.fill(pdf, head.length, pdf.length, (byte) ' ');
        return pdf;
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
