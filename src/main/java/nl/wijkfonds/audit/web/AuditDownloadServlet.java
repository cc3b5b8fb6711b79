package nl.wijkfonds.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wijkfonds.audit.AuditExport;
import nl.wijkfonds.audit.HeadSignature;
import nl.wijkfonds.audit.SignedHeads;
import nl.wijkfonds.audit.Signatures;
import nl.wijkfonds.platform.Clocks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Files for auditors: the export of the whole trail ({@value #EXPORT}, auditors and administrators only, through
 * the container's protection of {@code /audit/*}), and for everyone the platform's public key ({@value #KEY}) and
 * the signed heads ({@value #HEADS}, one JSON object per line, oldest first).
 */
@WebServlet({AuditDownloadServlet.EXPORT, AuditDownloadServlet.KEY, AuditDownloadServlet.HEADS})
public class AuditDownloadServlet extends HttpServlet {

    static final String EXPORT = "/audit/export";
    static final String KEY = "/controle/publieke-sleutel.pem";
    static final String HEADS = "/controle/handtekeningen.jsonl";

    @Inject
    private AuditExport export;

    @Inject
    private SignedHeads signedHeads;

    @Inject
    private Signatures signatures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case EXPORT -> {
                response.setContentType("application/zip");
                response.setHeader("Cache-Control", "no-store");
                attachment(response, "wijkfonds-audit-" + LocalDate.now(Clocks.AMSTERDAM) + ".zip");
                export.write(response.getOutputStream());
            }
            case KEY -> {
                response.setContentType("application/x-pem-file");
                attachment(response, "wijkfonds-" + signatures.fingerprint() + ".pem");
                response.getOutputStream().write(signatures.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
            }
            default -> {
                response.setContentType("application/jsonl; charset=UTF-8");
                attachment(response, "wijkfonds-signed-heads.jsonl");
                List<HeadSignature> heads = signedHeads.newestFirst();
                StringBuilder lines = new StringBuilder();
                for (int i = heads.size() - 1; i >= 0; i--) {
                    lines.append(heads.get(i).signed().json()).append('\n');
                }
                response.getOutputStream().write(lines.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
