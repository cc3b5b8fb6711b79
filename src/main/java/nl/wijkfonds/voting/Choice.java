package nl.wijkfonds.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * One plan on a ballot: with its points on a cumulative ballot, its place (1 = first) on a ranking, and neither on
 * an approval or knapsack ballot.
 */
@Embeddable
public class Choice implements Serializable {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "points")
    private Integer points;

    @Column(name = "rank_position")
    private Integer rank;

    protected Choice() {
    }

    private Choice(long planId, Integer points, Integer rank) {
        this.planId = planId;
        this.points = points;
        this.rank = rank;
    }

    public static Choice ticked(long planId) {
        return new Choice(planId, null, null);
    }

    public static Choice withPoints(long planId, int points) {
        return new Choice(planId, points, null);
    }

    public static Choice ranked(long planId, int rank) {
        return new Choice(planId, null, rank);
    }

    public long getPlanId() {
        return planId;
    }

    /** Points on a cumulative ballot, otherwise null. */
    public Integer getPoints() {
        return points;
    }

    /** Place on a ranking (1 = most preferred), otherwise null. */
    public Integer getRank() {
        return rank;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Choice that && planId == that.planId
                && java.util.Objects.equals(points, that.points) && java.util.Objects.equals(rank, that.rank);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(planId, points, rank);
    }

    @Override
    public String toString() {
        return planId + (points != null ? ":" + points + "pt" : "") + (rank != null ? "#" + rank : "");
    }
}
