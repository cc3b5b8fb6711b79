package nl.wijkfonds.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.wijkfonds.shared.PlainText;

import java.io.Serializable;
import java.util.List;

/** An official's set-up of a round's review: the eligibility criteria, and the days a submitter gets for changes. */
public record ReviewRulesSetup(
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{review.changeDays.range}")
        @Max(value = 60, message = "{review.changeDays.range}")
        Integer changeDays,
        @NotEmpty(message = "{review.criteria.required}") @Valid
        List<CriterionSetup> criteria) implements Serializable {

    public ReviewRulesSetup {
        criteria = List.copyOf(criteria);
    }

    /** One criterion as residents read it; {@code id} is set for an existing one. */
    public record CriterionSetup(
            Long id,
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") @PlainText
            String name,
            @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size}") @PlainText
            String explanation) implements Serializable {
    }

    /**
     * The criteria most Dutch district funds use, as a starting point: for the demo round, and offered to an
     * official whose round has none yet. Written in Dutch, the language round content is entered in.
     */
    public static ReviewRulesSetup standard() {
        return new ReviewRulesSetup(14, List.of(
                criterion("Goed voor de buurt en open voor iedereen",
                        "Het plan is goed voor de buurt en iedereen kan meedoen of er gebruik van maken."),
                criterion("In het stadsdeel",
                        "Het plan wordt uitgevoerd in het stadsdeel, op een plek waar dat mag."),
                criterion("Past binnen het maximale bedrag",
                        "Het plan kost niet meer dan het maximale bedrag per plan in deze ronde."),
                criterion("Binnen een jaar uit te voeren",
                        "Het plan kan binnen een jaar na de uitslag worden uitgevoerd."),
                criterion("Geen vaste kosten voor de gemeente",
                        "Het plan vraagt daarna geen vaste kosten van de gemeente, zoals jaarlijks onderhoud of"
                                + " personeel."),
                criterion("Geen winst voor de indiener",
                        "De indiener verdient niet aan het plan."),
                criterion("Nog niet betaald of gepland door de gemeente",
                        "De gemeente betaalt of plant dit nog niet zelf."),
                criterion("Wettelijk toegestaan en veilig",
                        "Het plan mag volgens de wet en is veilig voor iedereen.")));
    }

    private static CriterionSetup criterion(String name, String explanation) {
        return new CriterionSetup(null, name, explanation);
    }
}
