package nl.wijkfonds.platform;

import nl.wijkfonds.testing.DemoAccounts;
import nl.wijkfonds.testing.Deployed;
import nl.wijkfonds.testing.Deployments;
import nl.wijkfonds.testing.FacesClient;
import nl.wijkfonds.testing.FacesClient.Page;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server does not show (issue 11, item 6), each by request: no metrics, WADL or detailed health for the
 * public (the vote API's OpenAPI document is public on purpose); only GET, HEAD and POST; our own page for every
 * error; redirects to the public address whatever the Host header says; no Hazelcast port; personal pages never
 * cached.
 */
interface ExposureTests extends Deployed {

    @Test
    default void serverInternalsAreNotPublished() {
        FacesClient visitor = new FacesClient(base());
        for (String internal : List.of("metrics", "metrics/base", "openapi/application.wadl", "openapi/openapi",
                "application.wadl", "api/application.wadl", "health", "health/live", "health/started")) {
            Page page = visitor.get(internal);
            assertEquals(404, page.status(), internal + ": " + page.body());
            assertTrue(page.contains("Pagina niet gevonden"), internal + ": " + page.body());
        }
    }

    /**
     * The vote API's document is public (issue 14), naming the platform's public address; Payara serves it at the
     * server's root, whatever the application's context. Nothing else is published beside it.
     */
    @Test
    default void theOpenApiDocumentDescribesTheVoteApi() throws Exception {
        FacesClient visitor = new FacesClient(new URL(Deployments.onLoopback(base()), "/"));
        Page document = visitor.get("openapi");
        assertEquals(200, document.status(), document.body());
        assertTrue(document.contains("/api/rounds/{round}/ballots:"), document.body());
        assertTrue(document.contains("url: " + base()), document.body());
        for (String internal : List.of("openapi/application.wadl", "openapi/openapi", "application.wadl")) {
            assertEquals(404, visitor.get(internal).status(), internal);
        }
    }

    @Test
    default void administratorsSeeTheDetailedHealthOthersDoNot() {
        Page details = signedIn(DemoAccounts.ADMIN).get("admin/health");
        assertEquals(200, details.status());
        assertTrue(details.contains("MariaDB") || details.contains("MySQL"), details.body());
        assertEquals(403, signedIn(DemoAccounts.AUDITOR).get("admin/health").status());
    }

    @Test
    default void onlyGetHeadAndPostAreAnsweredOtherMethodsGetOurPage() {
        FacesClient visitor = new FacesClient(base());
        assertEquals(200, visitor.request("HEAD", "login").status());
        FacesClient resident = signedIn(DemoAccounts.RESIDENT);
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND")) {
            for (String page : List.of("", "login", "plannen/", "health/ready", "account/security")) {
                // A protected page first asks who you are; signed in, the method is refused all the same.
                Page refused = (page.startsWith("account/") ? resident : visitor).request(method, page);
                assertEquals(405, refused.status(), method + " " + page);
                assertEquals("GET, HEAD, POST", refused.header("Allow"), method + " " + page);
                assertTrue(refused.contains("Dat kan hier niet"), method + " " + page + ": " + refused.body());
            }
        }
        assertEquals(405, visitor.request("TRACE", "login").status(), "the container refuses TRACE itself");
    }

    @Test
    default void redirectsNameThePublicAddressWhateverTheHostHeaderSays() {
        String publicAddress = Deployments.onLoopback(base()).toString();
        for (String path : List.of("login.xhtml", "account/plans", "plannen", "official/")) {
            String location = withHost("evil.example", path);
            assertTrue(location.startsWith(publicAddress), path + " redirected to " + location);
        }
    }

    @Test
    default void personalPagesAreNeverStoredPublicPagesMayBe() {
        FacesClient visitor = new FacesClient(base());
        for (String page : List.of("login", "register", "forgot-password")) {
            assertEquals("no-store", visitor.get(page).header("Cache-Control"), page);
        }
        assertNotEquals("no-store", visitor.get("").header("Cache-Control"), "the public home page");
        FacesClient resident = signedIn(DemoAccounts.RESIDENT);
        for (String page : List.of("account/security", "account/plans", "")) {
            assertEquals("no-store", resident.get(page).header("Cache-Control"), "signed in: " + page);
        }
        FacesClient admin = signedIn(DemoAccounts.ADMIN);
        for (String page : List.of("admin/accounts", "admin/security", "audit/events", "official/rounds")) {
            assertEquals("no-store", admin.get(page).header("Cache-Control"), page);
        }
    }

    @Test
    default void pagesThatAreNoFacesPagesRunNoScriptAtAll() {
        Page missing = new FacesClient(base()).get("bestaat-niet");
        assertTrue(missing.header("Content-Security-Policy").endsWith("script-src 'none'"),
                missing.header("Content-Security-Policy"));
    }

    /**
     * The server listens on its HTTP port only: no Hazelcast (5900/6900) or any other port while clustering is off.
     * Read from the sockets this machine's kernel lists ({@code ss}) for the process that serves the deployment.
     */
    @Test
    default void theServerListensOnItsHttpPortOnly() throws Exception {
        int port = Deployments.onLoopback(base()).getPort();
        List<String> listening = run("ss", "-Hltnp");
        String process = listening.stream().filter(line -> line.matches(".*:" + port + "\\s.*"))
                .map(ExposureTests::pid).findFirst()
                .orElseThrow(() -> new AssertionError("nothing listens on " + port + ":\n" + listening));
        Set<String> ports = listening.stream().filter(line -> process.equals(pid(line)))
                .map(line -> line.split("\\s+")[3].replaceAll(".*:", "")).collect(Collectors.toSet());
        assertEquals(Set.of(String.valueOf(port)), ports, "ports of the Payara process " + process);
    }

    private static String pid(String ssLine) {
        Matcher pid = Pattern.compile("pid=(\\d+)").matcher(ssLine);
        return pid.find() ? pid.group(1) : "";
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).lines().toList());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + lines);
        return lines;
    }

    /** The Location header of a GET with a forged Host header (Java's HTTP client refuses to send one). */
    private String withHost(String host, String path) {
        URL target = Deployments.onLoopback(base());
        try (Socket socket = new Socket(target.getHost(), target.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target.getPath() + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher location = Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(response);
            assertTrue(location.find(), "no redirect for " + path + ":\n" + response);
            return location.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
