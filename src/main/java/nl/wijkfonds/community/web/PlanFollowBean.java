package nl.wijkfonds.community.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.DigestService;
import nl.wijkfonds.community.FollowView;
import nl.wijkfonds.web.Feedback;
import nl.wijkfonds.web.PageIds;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.param.ParamValue;
import org.omnifaces.util.Faces;

import java.io.Serializable;

/** Following a plan from its public page, for the daily digest. */
@Named("planFollow")
@ViewScoped
public class PlanFollowBean implements Serializable {

    @Inject
    private DigestService digests;

    @Inject
    @Param(name = "id")
    private ParamValue<Long> id;

    private transient FollowView view;

    public FollowView getView() {
        if (view == null) {
            view = digests.followView(PageIds.required(id));
        }
        return view;
    }

    public void follow() {
        digests.follow(PageIds.required(id));
        Feedback.doneAfterRedirect("community.follow.done");
        Faces.redirect(Faces.getRequestURI());
    }

    public void unfollow() {
        digests.unfollow(PageIds.required(id));
        Feedback.doneAfterRedirect("community.follow.stopped");
        Faces.redirect(Faces.getRequestURI());
    }
}
