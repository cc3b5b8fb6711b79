package nl.wijkfonds.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a browser test that sends a form with mistakes, fixes them one by one and then sends it right, checking
 * what a person sees and what is stored. {@code FormCoverageTest} fails for every form in the pages that no such test
 * covers, so a new form cannot go without one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(CoversForm.List.class)
public @interface CoversForm {

    /** The page's source under src/main/webapp, e.g. "official/round.xhtml". */
    String page();

    /** The form's id in that page. */
    String form();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        CoversForm[] value();
    }
}
