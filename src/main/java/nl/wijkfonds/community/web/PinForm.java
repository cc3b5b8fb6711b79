package nl.wijkfonds.community.web;

import nl.wijkfonds.community.PinDraft;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.math.BigDecimal;

/** The pin as typed (or set by a click on the map): degrees with a decimal point or comma. */
public class PinForm implements Serializable {

    private String latitude;
    private String longitude;

    static PinForm of(BigDecimal latitude, BigDecimal longitude) {
        PinForm form = new PinForm();
        form.latitude = latitude == null ? null : latitude.toPlainString();
        form.longitude = longitude == null ? null : longitude.toPlainString();
        return form;
    }

    PinDraft toDraft(TypedInput input) {
        return new PinDraft(input.decimal("latitude", latitude), input.decimal("longitude", longitude));
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }
}
