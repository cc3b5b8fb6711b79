package nl.wijkfonds.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.identity.SecurityEvent;
import nl.wijkfonds.identity.SecurityEventKind;
import nl.wijkfonds.identity.SecurityLog;
import nl.wijkfonds.platform.Clocks;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Administrators read the security log, filtered by kind, account (public id) and dates. */
@Named("securityLog")
@ViewScoped
public class SecurityLogBean implements Serializable {

    @Inject
    private SecurityLog log;

    private SecurityEventKind kind;
    private String account;
    private LocalDate from;
    private LocalDate until;

    public List<SecurityEvent> getEvents() {
        return log.search(kind, account == null || account.isBlank() ? null : account.strip(), start(from),
                until == null ? null : start(until.plusDays(1)));
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Clocks.AMSTERDAM).toInstant();
    }

    public SecurityEventKind[] getKinds() {
        return SecurityEventKind.values();
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public void setKind(SecurityEventKind kind) {
        this.kind = kind;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
