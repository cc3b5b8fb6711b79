package nl.wijkfonds.voting;

import java.io.Serializable;
import java.util.List;

/**
 * What came of importing a register file: either {@code problems} (every bad line with its number, and nothing
 * stored) or the counts of what was stored — voters, and how many of them are younger than the round's minimum age
 * (they are registered but get no code).
 */
public record RegisterImport(int voters, int tooYoung, List<Problem> problems) implements Serializable {

    public RegisterImport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return problems.isEmpty();
    }

    /** A bad line: its number in the file (1 is the header), a message key and what the message needs. */
    public record Problem(int line, String messageKey, List<String> arguments) implements Serializable {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
