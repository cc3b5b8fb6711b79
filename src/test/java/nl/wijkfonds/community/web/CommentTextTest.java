package nl.wijkfonds.community.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentTextTest {

    @Test
    void everythingIsEscapedAndAddressesBecomeUserContentLinks() {
        assertEquals("Zie <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">"
                        + "https://example.org/a?b=1&amp;c=2</a>.\n&lt;b&gt;niet vet&lt;/b&gt;",
                CommentText.html("Zie https://example.org/a?b=1&c=2.\n<b>niet vet</b>"));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals("javascript:alert(1) en &quot;http&quot;", CommentText.html("javascript:alert(1) en \"http\""));
        assertEquals("(<a href=\"http://x.nl\" rel=\"nofollow ugc noopener\">http://x.nl</a>)",
                CommentText.html("(http://x.nl)"));
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        assertEquals("<a href=\"https://x.nl/\" rel=\"nofollow ugc noopener\">https://x.nl/</a>&quot;onmouseover=&quot;x",
                CommentText.html("https://x.nl/\"onmouseover=\"x"));
    }
}
