package nl.wijkfonds.voting;

import nl.wijkfonds.allocation.BallotKind;

import java.util.List;

/** What a voter who was let in fills in: the round's voting method and rules, and the ballots they vote on. */
public record VoterBallots(BallotKind kind, VotingRules rules, List<BallotScope> scopes) {

    public VoterBallots {
        scopes = List.copyOf(scopes);
    }
}
