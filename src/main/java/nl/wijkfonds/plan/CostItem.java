package nl.wijkfonds.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.wijkfonds.shared.Money;

/** One line of a plan's cost breakdown: what is bought or paid for, and what it costs (more than € 0). */
@Embeddable
public class CostItem {

    @Column(nullable = false, length = 120)
    private String item;

    @Column(name = "amount_cents", nullable = false)
    private Money amount;

    protected CostItem() {
    }

    CostItem(String item, Money amount) {
        this.item = item;
        this.amount = amount;
    }

    public String getItem() {
        return item;
    }

    public Money getAmount() {
        return amount;
    }
}
