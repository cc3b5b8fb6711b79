package nl.wijkfonds.plan;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import nl.wijkfonds.shared.DomainException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Decides what an uploaded file really is from its first bytes — never from its name or what the browser claims —
 * and makes it safe to publish, working from files on disk so that no upload is ever held in memory whole.
 * Pictures (JPEG, PNG, WebP) are measured from their header before any decoding: more than {@link #MAX_PIXELS} is
 * refused at once (a decompression bomb costs nothing), and larger than {@link #DECODED_PIXELS} is decoded
 * subsampled. They are then encoded again, which leaves EXIF, GPS position, XMP and comments behind; WebP becomes
 * PNG (with transparency) or JPEG, as there is no WebP writer. PDFs are opened with PDFBox and saved again without
 * JavaScript, actions, attachments, forms and metadata; encrypted or unreadable ones are refused. Anything else is
 * refused. At most {@link #AT_ONCE} files are decoded at the same time, whatever the number of uploads.
 */
final class FileInspection {

    static final int THUMBNAIL_WIDTH = 480;
    /** Above this (from the header) a picture is refused: 64 megapixels covers every phone camera but the largest. */
    static final long MAX_PIXELS = 64_000_000L;
    /** Decoded pictures have at most this many pixels (64 MB at 16 bits per channel with alpha). */
    static final long DECODED_PIXELS = 8_000_000L;
    /** Pictures and PDFs decoded at the same time, so that parallel uploads queue instead of filling the heap. */
    static final int AT_ONCE = 2;

    private static final Semaphore DECODING = new Semaphore(AT_ONCE, true);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    /** Annotations that carry files, media or form fields (with their scripts); links and notes stay. */
    private static final Set<String> ACTIVE_ANNOTATIONS = Set.of("FileAttachment", "Widget", "Screen", "Movie",
            "Sound", "RichMedia", "3D");
    /** Link actions that only move within the document or open a web address. */
    private static final Set<String> HARMLESS_ACTIONS = Set.of("GoTo", "URI");

    private FileInspection() {
    }

    /**
     * Checks the received file and writes what may be published next to it. The received file is left for the
     * caller to delete.
     *
     * @throws DomainException with a message for the person when the file is not one we accept
     */
    static PlanUpload inspect(String originalName, Path received) {
        String name = safeName(originalName);
        byte[] head = head(received);
        long size = size(received);
        if (size == 0) {
            throw new DomainException("plan.file.empty", "files", name);
        }
        if (startsWith(head, JPEG) || startsWith(head, PNG) || isWebp(head)) {
            checkSize(FileKind.IMAGE, size, name);
            return exclusively(() -> cleanImage(name, received, isWebp(head) ? new WebPImageReaderSpi()
                    .createReaderInstance() : null));
        }
        if (startsWith(head, PDF)) {
            checkSize(FileKind.PDF, size, name);
            return exclusively(() -> cleanPdf(name, received));
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

    private interface Work {
        PlanUpload run() throws IOException;
    }

    private static PlanUpload exclusively(Work work) {
        DECODING.acquireUninterruptibly();
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DECODING.release();
        }
    }

    private static PlanUpload cleanImage(String name, Path received, ImageReader webpReader) throws IOException {
        BufferedImage image = decode(name, received, webpReader);
        boolean keepsAlpha = image.getColorModel().hasAlpha() && webpReader != null;
        boolean png = webpReader == null ? startsWith(head(received), PNG) : keepsAlpha;
        String format = png ? "png" : "jpeg";
        Path cleaned = PendingUploads.newFile();
        try {
            encode(image, format, cleaned);
            return new PlanUpload(FileKind.IMAGE, webpReader == null ? name : renamed(name, format),
                    "image/" + format, cleaned, thumbnail(image));
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(cleaned);
            throw failed;
        }
    }

    /** A WebP that is stored as PNG or JPEG gets the matching extension, so that a download opens as it is. */
    private static String renamed(String name, String format) {
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return base + (format.equals("png") ? ".png" : ".jpg");
    }

    /** Reads the size from the header first; decodes subsampled when the picture is larger than needed. */
    private static BufferedImage decode(String name, Path received, ImageReader webpReader) {
        try (ImageInputStream input = ImageIO.createImageInputStream(received.toFile())) {
            ImageReader reader = webpReader;
            if (reader == null) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
                if (!readers.hasNext()) {
                    throw unreadable(name);
                }
                reader = readers.next();
            }
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    throw unreadable(name);
                }
                if (pixels > MAX_PIXELS) {
                    throw new DomainException("plan.file.tooManyPixels", "files", name, MAX_PIXELS / 1_000_000);
                }
                ImageReadParam parameters = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
                if (step > 1) {
                    parameters.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, parameters);
                if (image == null || (long) image.getWidth() * image.getHeight() > DECODED_PIXELS) {
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

    private static DomainException unreadablePdf(String name) {
        return new DomainException("plan.file.unreadablePdf", "files", name);
    }

    /** Writes the pixels only: no metadata goes along. JPEG has no alpha, so transparent parts turn white. */
    private static void encode(BufferedImage image, String format, Path target) throws IOException {
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(target.toFile())) {
            write(image, format, stream);
        }
    }

    private static void write(BufferedImage image, String format, ImageOutputStream stream) throws IOException {
        BufferedImage pixels = "jpeg".equals(format) ? opaque(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try {
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
    }

    private static byte[] thumbnail(BufferedImage image) throws IOException {
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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            write(small, "jpeg", stream);
            stream.flush();
            return out.toByteArray();
        }
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

    /**
     * Opens the PDF with PDFBox (objects read from the file, streams cached in temporary files, not the heap) and
     * saves it again without what could run, hide or reveal something: the document's open and additional actions,
     * its name tree (document JavaScript, embedded files), forms, the document information and XMP metadata, pages'
     * additional actions, and annotations that carry files, media, fields or actions other than links.
     */
    private static PlanUpload cleanPdf(String name, Path received) throws IOException {
        Path cleaned = PendingUploads.newFile();
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(received.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (pdf.isEncrypted() || pdf.getNumberOfPages() == 0) {
                throw unreadablePdf(name);
            }
            COSDictionary catalog = pdf.getDocumentCatalog().getCOSObject();
            for (COSName entry : List.of(COSName.OPEN_ACTION, COSName.AA, COSName.NAMES, COSName.ACRO_FORM,
                    COSName.METADATA, COSName.getPDFName("URI"), COSName.getPDFName("Collection"))) {
                catalog.removeItem(entry);
            }
            pdf.setDocumentInformation(new PDDocumentInformation());
            for (PDPage page : pdf.getPages()) {
                page.getCOSObject().removeItem(COSName.AA);
                page.getCOSObject().removeItem(COSName.METADATA);
                List<PDAnnotation> kept = page.getAnnotations().stream().filter(a -> !isActive(a)).toList();
                kept.forEach(a -> a.getCOSObject().removeItem(COSName.AA));
                page.setAnnotations(kept);
            }
            pdf.getDocument().getTrailer().removeItem(COSName.INFO);
            pdf.save(cleaned.toFile());
            return new PlanUpload(FileKind.PDF, name, "application/pdf", cleaned, null);
        } catch (InvalidPasswordException encrypted) {
            Files.deleteIfExists(cleaned);
            throw unreadablePdf(name);
        } catch (IOException | RuntimeException broken) {
            Files.deleteIfExists(cleaned);
            throw unreadablePdf(name);
        }
    }

    private static boolean isActive(PDAnnotation annotation) {
        if (ACTIVE_ANNOTATIONS.contains(annotation.getSubtype())) {
            return true;
        }
        COSDictionary action = annotation.getCOSObject().getCOSDictionary(COSName.A);
        return action != null && !HARMLESS_ACTIONS.contains(action.getNameAsString(COSName.S));
    }

    private static void checkSize(FileKind kind, long size, String name) {
        if (size > kind.maxBytes()) {
            throw new DomainException("plan.file.tooLarge." + kind.name().toLowerCase(Locale.ROOT), "files", name,
                    kind.maxMegabytes());
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWebp(byte[] head) {
        return head.length >= 12 && ascii(head, 0).equals("RIFF") && ascii(head, 8).equals("WEBP");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
