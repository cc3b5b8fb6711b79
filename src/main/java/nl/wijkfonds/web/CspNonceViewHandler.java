package nl.wijkfonds.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.context.PrimeFacesContext;

import java.io.IOException;

/**
 * Writes PrimeFaces' CSP nonce into every form, next to the view state. PrimeFaces checks the nonce on every
 * postback but only its script adds it to forms, so a page without PrimeFaces components — or a browser without
 * JavaScript — posted without it and got an error. Writing it where Faces writes the view state means no form can
 * miss it. The nonce protects scripts, not requests: the view state already ties a post to a page we rendered.
 */
public class CspNonceViewHandler extends ViewHandlerWrapper {

    static final String NONCE_FIELD = "primefaces.nonce";

    public CspNonceViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void writeState(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", NONCE_FIELD, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
        super.writeState(context);
    }
}
