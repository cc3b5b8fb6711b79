package nl.wijkfonds.community.web;

import nl.wijkfonds.community.SupportRules;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;

/** The support settings as the official types them; {@link #toRules} reads them into the command. */
public class SupportSettingsForm implements Serializable {

    private String supportDaysAfter;
    private String supportThreshold;

    static SupportSettingsForm of(SupportRules rules) {
        SupportSettingsForm form = new SupportSettingsForm();
        form.supportDaysAfter = String.valueOf(rules.supportDaysAfter());
        form.supportThreshold = rules.supportThreshold() == null ? "" : String.valueOf(rules.supportThreshold());
        return form;
    }

    SupportRules toRules(TypedInput input) {
        return new SupportRules(input.number("supportDaysAfter", supportDaysAfter),
                input.number("supportThreshold", supportThreshold));
    }

    public String getSupportDaysAfter() {
        return supportDaysAfter;
    }

    public void setSupportDaysAfter(String supportDaysAfter) {
        this.supportDaysAfter = supportDaysAfter;
    }

    public String getSupportThreshold() {
        return supportThreshold;
    }

    public void setSupportThreshold(String supportThreshold) {
        this.supportThreshold = supportThreshold;
    }
}
