package nl.wijkfonds.voting;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

import static nl.wijkfonds.shared.Jsons.JSON;

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

    /**
     * The choice read from JSON as {@link #json()} writes it.
     *
     * @throws NullPointerException when the plan is missing
     * @throws ClassCastException when a value is no number
     * @throws ArithmeticException when a number is no whole number in range
     */
    public static Choice fromJson(JsonObject json) {
        long plan = json.getJsonNumber("plan").longValueExact();
        JsonNumber points = json.getJsonNumber("points");
        JsonNumber rank = json.getJsonNumber("rank");
        return points != null ? withPoints(plan, points.intValueExact())
                : rank != null ? ranked(plan, rank.intValueExact()) : ticked(plan);
    }

    /**
     * The choice as the vote API, a pending paper entry and the cast procedure hold it:
     * {@code {"plan": 12, "points": 3}}, with points and rank only when set.
     */
    public JsonObject json() {
        var json = JSON.createObjectBuilder().add("plan", planId);
        if (points != null) {
            json.add("points", points);
        }
        if (rank != null) {
            json.add("rank", rank);
        }
        return json.build();
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
