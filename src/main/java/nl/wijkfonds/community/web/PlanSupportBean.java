package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.SupportService;
import nl.wijkfonds.community.SupportView;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;
import org.omnifaces.util.Faces;

import java.io.Serializable;

/** Support on a plan's public page: the count, and the button to support or take it back. */
@Named("planSupport")
@ViewScoped
public class PlanSupportBean implements Serializable {

    @Inject
    private SupportService support;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> id;

    private transient SupportView view;

    public SupportView getView() {
        if (view == null) {
            view = support.view(PageIds.required(id));
        }
        return view;
    }

    public void support() {
        support.support(PageIds.required(id));
        backToPlan("community.support.done");
    }

    public void withdraw() {
        support.withdraw(PageIds.required(id));
        backToPlan("community.support.withdrawn");
    }

    /** Post, then redirect to the plan's own address (the form posts to it), with the outcome as a message. */
    private static void backToPlan(String message) {
        Feedback.doneAfterRedirect(message);
        Faces.redirect(Faces.getRequestURI());
    }
}
