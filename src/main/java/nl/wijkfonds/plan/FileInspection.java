package nl.wijkfonds.plan;

import nl.wijkfonds.shared.DomainException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what an uploaded file really is from its first bytes — never from its name or what the browser claims —
 * and makes it safe to publish: JPEG and PNG are decoded and encoded again (which leaves EXIF, GPS position, XMP and
 * comments behind), WebP keeps only its image chunks, and PDFs are checked for their signature. Anything else is
 * refused.
 */
final class FileInspection {

    static final int THUMBNAIL_WIDTH = 480;
    private static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    /** WebP chunks that hold the picture itself; EXIF, XMP and unknown chunks are dropped. */
    private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

    private FileInspection() {
    }

    /** @throws DomainException with a message for the person when the file is not one we accept */
    static PlanUpload inspect(String originalName, byte[] bytes) {
        String name = safeName(originalName);
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("plan.file.empty", "files", name);
        }
        if (startsWith(bytes, JPEG)) {
            checkSize(FileKind.IMAGE, bytes, name);
            BufferedImage image = decode(bytes, name);
            return new PlanUpload(FileKind.IMAGE, name, "image/jpeg", encode(image, "jpeg"), thumbnail(image));
        }
        if (startsWith(bytes, PNG)) {
            checkSize(FileKind.IMAGE, bytes, name);
            BufferedImage image = decode(bytes, name);
            return new PlanUpload(FileKind.IMAGE, name, "image/png", encode(image, "png"), thumbnail(image));
        }
        if (isWebp(bytes)) {
            checkSize(FileKind.IMAGE, bytes, name);
            return new PlanUpload(FileKind.IMAGE, name, "image/webp", webpWithoutMetadata(bytes, name), null);
        }
        if (startsWith(bytes, PDF)) {
            checkSize(FileKind.PDF, bytes, name);
            return new PlanUpload(FileKind.PDF, name, "application/pdf", bytes, null);
        }
        throw new DomainException("plan.file.type", "files", name);
    }

    /** The last part of the name a browser sent, without path or odd characters, at most 120 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .strip();
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() || name.startsWith(".") ? "bestand" + name : name;
    }

    private static void checkSize(FileKind kind, byte[] bytes, String name) {
        if (bytes.length > kind.maxBytes()) {
            throw new DomainException("plan.file.tooLarge." + kind.name().toLowerCase(Locale.ROOT), "files", name,
                    kind.maxMegabytes());
        }
    }

    private static BufferedImage decode(byte[] bytes, String name) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable(name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw unreadable(name);
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw unreadable(name);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof DomainException refusal) {
                throw refusal;
            }
            throw unreadable(name);
        }
    }

    private static DomainException unreadable(String name) {
        return new DomainException("plan.file.unreadable", "files", name);
    }

    /** Writes the pixels only: no metadata goes along. JPEG has no alpha, so transparent parts turn white. */
    private static byte[] encode(BufferedImage image, String format) {
        BufferedImage pixels = "jpeg".equals(format) ? opaque(image) : image;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam parameters = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    parameters.setCompressionQuality(0.88f);
                }
                writer.write(null, new IIOImage(pixels, null, null), parameters);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not encode an image in memory", e);
        }
    }

    private static byte[] thumbnail(BufferedImage image) {
        int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return encode(small, "jpeg");
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static boolean isWebp(byte[] bytes) {
        return bytes.length >= 12 && ascii(bytes, 0).equals("RIFF") && ascii(bytes, 8).equals("WEBP");
    }

    /**
     * Rebuilds the RIFF container with the image chunks only, and clears the EXIF and XMP flags of the extended
     * header. Refuses a container whose chunk sizes do not add up, or that has no image data.
     */
    static byte[] webpWithoutMetadata(byte[] bytes, String name) {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        boolean hasImage = false;
        int offset = 12;
        while (offset + 8 <= bytes.length) {
            String type = ascii(bytes, offset);
            long size = ByteBuffer.wrap(bytes, offset + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            long padded = size + (size & 1);
            if (offset + 8 + size > bytes.length) {
                throw unreadable(name);
            }
            if (WEBP_IMAGE_CHUNKS.contains(type)) {
                byte[] chunk = Arrays.copyOfRange(bytes, offset, (int) Math.min(bytes.length, offset + 8 + padded));
                if (type.equals("VP8X") && chunk.length > 8) {
                    chunk[8] &= (byte) ~0x0C;
                }
                chunks.writeBytes(chunk);
                hasImage |= type.startsWith("VP8 ") || type.equals("VP8L") || type.equals("ANMF");
            }
            offset += (int) (8 + padded);
        }
        if (!hasImage) {
            throw unreadable(name);
        }
        byte[] body = chunks.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
        return out.array();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
