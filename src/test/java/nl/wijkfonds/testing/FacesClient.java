package nl.wijkfonds.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client for what a browser cannot do: posts that no page offers (forged or expired view state, values a
 * form cannot send), raw statuses and headers. It keeps cookies, submits a page's form with exactly the hidden fields
 * the page wrote (view state, CSP nonce; it adds none of its own), and does not follow redirects by itself so that
 * tests can see them. What a person does is tested in Chromium ({@link Browser}).
 */
public final class FacesClient {

    private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public FacesClient(URL base) {
        this.base = URI.create(Deployments.onLoopback(base).toString());
        this.http = HttpClient.newBuilder()
                // As a browser over plain HTTP: Java's default asks for an upgrade to HTTP/2, and a kept-alive
                // HTTP/2 connection that the server closes fails the next request instead of reconnecting.
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A fetched page: status, body and (for redirects) where it points. */
    public record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** The form's own markup, from its start tag to its end tag. */
        public String form(String formId) {
            Matcher start = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(body);
            if (!start.find()) {
                throw new AssertionError("no form " + formId + " on the page:\n" + body);
            }
            return body.substring(start.start(), body.indexOf("</form>", start.end()));
        }

        /** Where the form posts to, as its action attribute says. */
        public String action(String formId) {
            Matcher action = ACTION.matcher(form(formId));
            if (!action.find()) {
                throw new AssertionError("form " + formId + " has no action");
            }
            return unescape(action.group(1));
        }

        /** The hidden fields of one form, which a browser sends back with it: the view state, the CSP nonce, ... */
        public Map<String, String> hiddenFields(String formId) {
            Map<String, String> hidden = new LinkedHashMap<>();
            Matcher input = HIDDEN_INPUT.matcher(form(formId));
            while (input.find()) {
                Matcher name = NAME.matcher(input.group());
                Matcher value = VALUE.matcher(input.group());
                if (name.find()) {
                    hidden.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
                }
            }
            if (!hidden.containsKey("jakarta.faces.ViewState")) {
                throw new AssertionError("no view state in form " + formId + ":\n" + body);
            }
            return hidden;
        }

        private static String unescape(String attribute) {
            return attribute.replace("&#58;", ":").replace("&amp;", "&");
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(resolve(path)).GET().build());
    }

    /** A request with any method and no body, e.g. to see which methods the platform refuses. */
    public Page request(String method, String path) {
        return send(HttpRequest.newBuilder(resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** GET, following redirects within the application. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; page.location() != null && hops < 5; hops++) {
            page = get(page.location());
        }
        return page;
    }

    /**
     * Submits a form of the page by pressing {@code button}, as a browser would: to the form's action, with the
     * form's hidden fields and these fields (names without the form's prefix).
     */
    public Page submit(Page page, String formId, String button, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>(page.hiddenFields(formId));
        fields.forEach((name, value) -> body.put(formId + ":" + name, value));
        body.put(formId + ":" + button, "x");
        return post(page.action(formId), body);
    }

    /** Presses a button of the page's form that PrimeFaces sends by ajax (in the same view), as its script does. */
    public Page ajax(Page page, String formId, String source, String execute, String render) {
        Map<String, String> body = new LinkedHashMap<>(page.hiddenFields(formId));
        body.put("jakarta.faces.partial.ajax", "true");
        body.put("jakarta.faces.source", source);
        body.put("jakarta.faces.partial.execute", execute);
        body.put("jakarta.faces.partial.render", render);
        body.put(source, source);
        body.put(formId, formId);
        return post(page.action(formId), body);
    }

    public Page post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /**
     * Presses a button of the page's form whose answer is a file (a PDF, say) and returns its bytes; fails unless
     * the answer is 200.
     */
    public byte[] download(Page page, String formId, String button) {
        Map<String, String> body = new LinkedHashMap<>(page.hiddenFields(formId));
        body.put(formId + ":" + button, "x");
        String form = body.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(resolve(page.action(formId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("download answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Submits a multipart form (one with a file input) by pressing {@code button}: the form's hidden fields, these
     * fields, and one file in the input {@code fileField} (names without the form's prefix).
     */
    public Page submitFile(Page page, String formId, String button, String fileField, String fileName, byte[] content) {
        String boundary = "----wijkfonds" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>(page.hiddenFields(formId));
        fields.put(formId + ":" + button, "x");
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(resolve(page.action(formId)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Signs in through the login form (demo staff with the demo authenticator); returns the page after it. */
    public Page signIn(String email, String password) {
        return signIn(email, password, DemoAccounts.STAFF_TOTP_SECRET);
    }

    /** Signs in with password and, for staff, a code for {@code totpSecret}; returns the page after sign-in. */
    public Page signIn(String email, String password, String totpSecret) {
        Page result = passwordStep(email, password);
        if (result.status() == 200 && result.contains("login:code")) {
            result = submit(result, "login", "verifyCode",
                    Map.of("code", DemoAccounts.currentCode(email, totpSecret)));
        }
        if (result.status() != 302) {
            throw new AssertionError("sign-in of " + email + " failed:\n" + result.body());
        }
        return open(result.location());
    }

    /** The password step of the login page: a redirect for residents, the code or enrolment step for staff. */
    public Page passwordStep(String email, String password) {
        return submit(get("login"), "login", "signIn", Map.of("email", email, "password", password));
    }

    /** The enrolment step's secret as the page shows it (groups of four), without spaces. */
    public static String enrolmentSecret(Page enrolment) {
        Matcher secret = Pattern.compile("<code id=\"totpSecret\">([A-Z2-7 ]+)</code>").matcher(enrolment.body());
        if (!secret.find()) {
            throw new AssertionError("no authenticator secret on the page:\n" + enrolment.body());
        }
        return secret.group(1).replace(" ", "");
    }

    /** The current session cookie's value, or null before the server handed one out. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** A file as bytes (an export, a key): fails unless the server answers 200. */
    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI resolve(String path) {
        // Relative paths are the application's pages; form actions and redirects bring absolute ones.
        return base.resolve(path);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
