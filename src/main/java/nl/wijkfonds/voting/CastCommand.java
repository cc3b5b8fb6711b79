package nl.wijkfonds.voting;

import java.io.Serializable;
import java.util.List;

/**
 * A voter's vote as sent: the code from their letter, their postcode, and the plans they chose (with points or
 * places where the voting method has them). The choices are not split by ballot: each plan is on one ballot only,
 * so the ballot box sorts them onto the voter's neighbourhood's and the district's ballot itself.
 */
public record CastCommand(String code, String postcode, List<Choice> choices) implements Serializable {

    public CastCommand {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
