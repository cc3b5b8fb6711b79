package nl.wijkfonds.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.ServletException;
import nl.wijkfonds.shared.DomainException;
import nl.wijkfonds.shared.ForbiddenException;
import nl.wijkfonds.shared.NotFoundException;
import org.primefaces.csp.CspException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * The one place where a page's failures become what a person should see, so that beans never catch: a refusal by
 * the domain becomes messages beside the fields and the page is shown again with what was typed; something that
 * does not exist answers 404, something the person may not do 403, an expired or forged page 400 with the "page
 * expired" page. Anything else stays an error (500), which is a bug to fix.
 */
public class WebExceptionHandler extends ExceptionHandlerWrapper {

    public WebExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Installed in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new WebExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = rootCause(events.next().getContext().getException());
            Integer status = statusFor(cause, context);
            if (status != null) {
                events.remove();
                sendError(context, status);
            } else if (cause instanceof DomainException refusal && !context.getResponseComplete()
                    && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                events.remove();
                Feedback.show(refusal.violations());
            }
        }
        getWrapped().handle();
    }

    private static Integer statusFor(Throwable cause, FacesContext context) {
        if (cause instanceof NotFoundException) {
            return 404;
        }
        if (cause instanceof ForbiddenException || cause instanceof EJBAccessException) {
            return 403;
        }
        if (cause instanceof ViewExpiredException || cause instanceof CspException) {
            return 400;
        }
        // A form with a file field posted without its files' encoding (no browser does that): its parts are unreadable.
        if (cause instanceof ServletException && !isMultipart(context)) {
            return 400;
        }
        return null;
    }

    private static boolean isMultipart(FacesContext context) {
        String type = context.getExternalContext().getRequestContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The status with our own error page; for ajax requests a redirect to that page, which ajax can follow. */
    private static void sendError(FacesContext context, int status) {
        ExternalContext external = context.getExternalContext();
        try {
            if (context.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + ErrorPageServlet.pathFor(status));
            } else {
                external.responseReset();
                external.responseSendError(status, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** The exception that says what happened, under the wrappers of Faces, EL and EJB. */
    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null && (cause instanceof FacesException || cause instanceof ELException
                || cause instanceof EJBException && !(cause instanceof EJBAccessException))) {
            cause = cause.getCause();
        }
        return cause;
    }
}
