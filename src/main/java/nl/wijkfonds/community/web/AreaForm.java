package nl.wijkfonds.community.web;

import nl.wijkfonds.community.Area;
import nl.wijkfonds.community.AreaDraft;
import nl.wijkfonds.web.TypedInput;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/** The round's map area as the official types it: four edges in degrees, with a decimal point or comma. */
public class AreaForm implements Serializable {

    private String south;
    private String west;
    private String north;
    private String east;

    static AreaForm of(Optional<Area> area) {
        AreaForm form = new AreaForm();
        area.ifPresent(set -> {
            form.south = plain(set.south());
            form.west = plain(set.west());
            form.north = plain(set.north());
            form.east = plain(set.east());
        });
        return form;
    }

    private static String plain(BigDecimal degrees) {
        return degrees.stripTrailingZeros().toPlainString();
    }

    AreaDraft toDraft(TypedInput input) {
        return new AreaDraft(input.decimal("south", south), input.decimal("west", west),
                input.decimal("north", north), input.decimal("east", east));
    }

    public String getSouth() {
        return south;
    }

    public void setSouth(String south) {
        this.south = south;
    }

    public String getWest() {
        return west;
    }

    public void setWest(String west) {
        this.west = west;
    }

    public String getNorth() {
        return north;
    }

    public void setNorth(String north) {
        this.north = north;
    }

    public String getEast() {
        return east;
    }

    public void setEast(String east) {
        this.east = east;
    }
}
