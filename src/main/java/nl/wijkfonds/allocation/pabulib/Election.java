package nl.wijkfonds.allocation.pabulib;

import nl.wijkfonds.allocation.Instance;
import nl.wijkfonds.allocation.Profile;

/** What a .pb file holds: the instance (projects, budget, META data) and the profile of ballots. */
public record Election(Instance instance, Profile profile) {
}
