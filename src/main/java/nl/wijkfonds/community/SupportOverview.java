package nl.wijkfonds.community;

import java.util.List;

/** A round's support for officials: its settings and every public plan with its supporters, most supported first. */
public record SupportOverview(CommunitySettings settings, boolean open, List<SupportRow> plans) {

    public long shortOfSupport() {
        return plans.stream().filter(SupportRow::shortOfSupport).count();
    }
}
