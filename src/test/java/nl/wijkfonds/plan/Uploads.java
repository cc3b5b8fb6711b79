package nl.wijkfonds.plan;

import nl.wijkfonds.testing.FacesClient.Page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Uploads a file the way PrimeFaces' advanced p:fileUpload does: one multipart ajax request per file, with the
 * form's view state, to the page that holds the upload component.
 */
final class Uploads {

    private Uploads() {
    }

    /** The partial response (XML) of the upload request. */
    static String upload(URL base, String sessionCookie, Page form, String path, String fileName, String claimedType,
                         byte[] content) {
        String boundary = "----wijkfonds" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.hiddenFields("plan"));
        fields.put("plan", "plan");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", "plan:upload plan:upload");
        fields.put("jakarta.faces.source", "plan:upload");
        fields.put("jakarta.faces.partial.render", "plan:files");
        fields.put("plan:upload_totalFilesCount", "1");
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"plan:upload\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .header("Cookie", "JSESSIONID=" + sessionCookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("upload answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Announces an upload of {@code announcedBytes}, sends only its first 64 kB, and returns the response head: a
     * server that waits for the whole body before answering would never answer.
     */
    static String announceHugeUpload(URL base, String sessionCookie, String path, long announcedBytes) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String target = URI.create(base.toString()).resolve(path).getRawPath();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + announcedBytes
                    + "\r\nCookie: JSESSIONID=" + sessionCookie + "\r\nFaces-Request: partial/ajax\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long deadline = System.currentTimeMillis() + 20_000;
            int read;
            while (System.currentTimeMillis() < deadline && (read = in.read(buffer)) > 0) {
                head.write(buffer, 0, read);
                if (head.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            return head.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
