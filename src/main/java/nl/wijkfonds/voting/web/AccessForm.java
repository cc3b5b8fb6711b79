package nl.wijkfonds.voting.web;

import java.io.Serializable;

/** The voting code and postcode as the voter typed them. */
public class AccessForm implements Serializable {

    private String code;
    private String postcode;

    /** Drops both once the vote is cast, so the page holds them no longer than needed. */
    void forget() {
        code = null;
        postcode = null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
