package nl.wijkfonds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package plan, checked: packages by domain, imports that only run down. A newcomer finds a capability by its
 * folder, and a change to one domain cannot reach back into the layer it builds on.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wijkfonds");

    private static final String[] DOMAINS = {"nl.wijkfonds.round..", "nl.wijkfonds.plan..",
            "nl.wijkfonds.identity..", "nl.wijkfonds.audit..", "nl.wijkfonds.review..", "nl.wijkfonds.voting..",
            "nl.wijkfonds.results..", "nl.wijkfonds.community..", "nl.wijkfonds.notify..", "nl.wijkfonds.demo..",
            "nl.wijkfonds.privacy.."};

    private static final String[] WEB_TYPES = {"jakarta.faces..", "jakarta.servlet..", "org.primefaces..",
            "org.omnifaces.."};

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("nl.wijkfonds.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void allocationDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("nl.wijkfonds.allocation..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "nl.wijkfonds.allocation..")
                .check(MAIN);
    }

    @Test
    void auditTrailProofsDependOnTheJdkOnly() {
        classes().that().resideInAPackage("nl.wijkfonds.audit.chain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                        "nl.wijkfonds.audit.chain..")
                .check(MAIN);
    }

    @Test
    void onlyTheWebLayerKnowsFacesAndServlets() {
        noClasses().that().resideOutsideOfPackages("..web..")
                .should().dependOnClassesThat().resideInAnyPackage(WEB_TYPES)
                .check(MAIN);
    }

    @Test
    void domainsDoNotReachUpIntoPages() {
        noClasses().that().resideOutsideOfPackages("..web..", "nl.wijkfonds.demo..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .check(MAIN);
    }

    @Test
    void theSharedLayersKnowNoDomain() {
        noClasses().that().resideInAnyPackage("nl.wijkfonds.web..", "nl.wijkfonds.shared..", "nl.wijkfonds.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(DOMAINS)
                .check(MAIN);
    }
}
