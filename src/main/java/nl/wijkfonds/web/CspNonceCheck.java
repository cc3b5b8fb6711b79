package nl.wijkfonds.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Checks a postback's CSP nonce as soon as its view is restored. PrimeFaces checks it only when the nonce is first
 * needed, in the middle of rendering the answer: a post without it was carried out when it ended in a redirect, and
 * answered 500 (the page half written) when it did not. Checked here, a post without the right nonce changes nothing
 * and gets the "page expired" page (400, see {@link WebExceptionHandler}).
 */
public class CspNonceCheck implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.isPostback() && !context.getResponseComplete()) {
            PrimeFacesContext.getCspState(context).getNonce();
        }
    }
}
