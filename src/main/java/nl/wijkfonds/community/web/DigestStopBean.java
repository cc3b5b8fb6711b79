package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.DigestService;
import org.omnifaces.cdi.Param;

import java.io.Serializable;

/**
 * The page an unsubscribe link opens ({@code /digest/stop?account=&token=}), without signing in. Opening it changes
 * nothing (mail scanners open links); the button stops the digests. A forged link is refused (403).
 */
@Named("digestStop")
@ViewScoped
public class DigestStopBean implements Serializable {

    @Inject
    private DigestService digests;

    @Inject
    @Param(name = "account")
    private String accountParameter;

    @Inject
    @Param(name = "token")
    private String tokenParameter;

    private String account;
    private String token;
    private boolean stopped;

    public void load() {
        if (account != null) {
            return;
        }
        digests.checkStopLink(accountParameter, tokenParameter);
        account = accountParameter;
        token = tokenParameter;
    }

    public void stop() {
        digests.stopDigests(account, token);
        stopped = true;
    }

    public boolean isStopped() {
        return stopped;
    }
}
