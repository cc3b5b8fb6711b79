package nl.wijkfonds.voting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.util.List;

/** The officials' ballot texts for a round's plans; an empty text leaves the plan's own summary on the ballot. */
public record BallotTexts(@Valid List<Text> texts) implements Serializable {

    public BallotTexts {
        texts = List.copyOf(texts);
    }

    public record Text(long planId,
                       @Size(max = 600, message = "{validation.size}") @PlainText String text) implements Serializable {
    }
}
