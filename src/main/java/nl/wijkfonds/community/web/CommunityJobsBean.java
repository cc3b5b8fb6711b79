package nl.wijkfonds.community.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.community.CommunityJobs;
import nl.wijkfonds.web.Feedback;

/** The administrator's page to run the community's scheduled jobs now. */
@Named("communityJobs")
@RequestScoped
public class CommunityJobsBean {

    private static final String PAGE = "/admin/jobs?faces-redirect=true";

    @Inject
    private CommunityJobs jobs;

    public String closeSupport() {
        Feedback.doneAfterRedirect("community.jobs.supportClosed", jobs.closeDueSupportNow());
        return PAGE;
    }

    public String sendDigests() {
        Feedback.doneAfterRedirect("community.jobs.digestsSent", jobs.sendDigestsNow());
        return PAGE;
    }
}
