package nl.wijkfonds.voting;

import java.io.Serializable;
import java.util.List;

/** What a voter takes home: per ballot they voted on, its name and the receipt code that finds it again. */
public record CastReceipt(List<Line> ballots) implements Serializable {

    public CastReceipt {
        ballots = List.copyOf(ballots);
    }

    public record Line(String ballot, String receipt) implements Serializable {
    }
}
