package nl.wijkfonds.community.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import nl.wijkfonds.community.Area;
import nl.wijkfonds.community.MapMarker;
import nl.wijkfonds.community.MapService;
import nl.wijkfonds.plan.web.GalleryBean;
import nl.wijkfonds.platform.Settings;

import java.util.List;

import static nl.wijkfonds.shared.Jsons.JSON;

/**
 * The gallery's map view ({@code /plannen/kaart}): the plans the gallery's filters select, as markers for the
 * script (a data attribute, escaped like any attribute); the list stays the accessible equivalent.
 */
@Named("planMap")
@RequestScoped
public class PlanMapBean {

    @Inject
    private MapService map;

    @Inject
    private GalleryBean gallery;

    private List<MapMarker> markers;

    public List<MapMarker> getMarkers() {
        if (markers == null) {
            markers = map.markers(gallery.getQuery());
        }
        return markers;
    }

    /** The markers as JSON: id, title, address of the plan's page, latitude, longitude. */
    public String getMarkersJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (MapMarker marker : getMarkers()) {
            array.add(JSON.createObjectBuilder().add("id", marker.planId()).add("title", marker.title())
                    .add("path", "plannen/" + marker.planId() + "-" + marker.slug())
                    .add("lat", marker.latitude()).add("lng", marker.longitude()));
        }
        return array.build().toString();
    }

    /** The area to show first: the current round's, or Amsterdam-West. */
    public Area getArea() {
        return map.currentArea().orElse(Area.AMSTERDAM_WEST);
    }

    public String getTiles() {
        return Settings.mapTiles();
    }
}
