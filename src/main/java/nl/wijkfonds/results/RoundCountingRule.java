package nl.wijkfonds.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The counting rule an official chose for a round. A round without one is counted by {@link CountingRule#DEFAULT}.
 * It may change until voting opens ({@link ResultService#chooseCountingRule} checks the phase): voters vote knowing
 * the rule.
 */
@Entity
@Table(name = "counting_rule")
class RoundCountingRule {

    @Id
    @Column(name = "round_id")
    private long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CountingRule rule;

    @Version
    private long version;

    protected RoundCountingRule() {
    }

    RoundCountingRule(long roundId, CountingRule rule) {
        this.roundId = roundId;
        this.rule = rule;
    }

    CountingRule rule() {
        return rule;
    }

    void change(CountingRule chosen) {
        rule = chosen;
    }
}
