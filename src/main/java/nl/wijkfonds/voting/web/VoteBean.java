package nl.wijkfonds.voting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.wijkfonds.voting.CastReceipt;

/**
 * The voter's way through the ballot page: code and postcode, then the ballots with the plans in an order drawn for
 * this voter, then a review of the choice, then the vote and its receipts. The code is forgotten once the vote is
 * cast.
 */
@Named("vote")
@ViewScoped
public class VoteBean extends BallotPageBean {

    /** Where the voter is on the page. */
    public enum Step { ACCESS, BALLOT, REVIEW, DONE }

    private Step step = Step.ACCESS;
    private CastReceipt receipt;

    /** Step 1: lets the voter in when code and postcode go together and may vote now. */
    public void enter() {
        openBallot();
        step = Step.BALLOT;
    }

    /** Step 2 to 3: checks the choice (nothing is stored yet) and shows it for review. */
    public void review() {
        voting.check(roundId, command());
        step = Step.REVIEW;
    }

    /** Back from the review to change the choice. */
    public void change() {
        step = Step.BALLOT;
    }

    /** Step 3 to 4: casts the vote; the code and postcode are dropped from the page. */
    public void cast() {
        receipt = voting.cast(roundId, command());
        forget();
        step = Step.DONE;
    }

    @Override
    protected boolean showsBallot() {
        return step == Step.BALLOT || step == Step.REVIEW;
    }

    public Step getStep() {
        return step;
    }

    public CastReceipt getReceipt() {
        return receipt;
    }
}
