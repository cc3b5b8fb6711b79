/**
 * Voting: a round's voting rules ({@link nl.wijkfonds.voting.VotingRules}), the ballots each scope of the round
 * puts before its voters ({@link nl.wijkfonds.voting.BallotScope}), and the secret ballots themselves
 * ({@link nl.wijkfonds.voting.Ballot}), read back for the tally and the bulletin board through
 * {@link nl.wijkfonds.voting.BallotBox}. The voter register and the single-use voting codes live here too. A
 * ballot never names the code, voter or session it came from; see docs/voting.md and docs/ballot-secrecy.md.
 */
package nl.wijkfonds.voting;
