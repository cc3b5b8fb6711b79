package nl.wijkfonds.plan.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.wijkfonds.plan.GalleryPage;
import nl.wijkfonds.plan.GalleryQuery;
import nl.wijkfonds.plan.PlanService;
import nl.wijkfonds.plan.PlanStatus;
import nl.wijkfonds.round.Round;
import nl.wijkfonds.round.RoundService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public gallery of the current round's plans. Filters, search, order and page are plain GET parameters, so
 * every view of the gallery has an address that can be bookmarked and shared. Unknown values are ignored.
 */
@Named("gallery")
@RequestScoped
public class GalleryBean {

    @Inject
    private PlanService plans;

    @Inject
    private RoundService rounds;

    private String theme;
    private String neighbourhood;
    private String status;
    private String text;
    private String order;
    private String page;

    private Round round;
    private GalleryQuery query;
    private GalleryPage result;

    public void load() {
        round = rounds.current().orElse(null);
        query = new GalleryQuery(number(theme), number(neighbourhood), statusOf(status), text, orderOf(order),
                number(page) == null ? 1 : (int) Math.min(Integer.MAX_VALUE, number(page)));
        result = plans.gallery(query);
    }

    /** The address of another page of this same selection. */
    public String pageUrl(int target) {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "thema", query.themeId());
        put(parameters, "buurt", query.neighbourhoodId());
        put(parameters, "status", query.status() == null ? null : query.status().name().toLowerCase(Locale.ROOT));
        put(parameters, "zoek", query.text());
        put(parameters, "sortering", query.order() == GalleryQuery.Order.NEWEST ? null
                : query.order().name().toLowerCase(Locale.ROOT));
        put(parameters, "pagina", target);
        return "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static Long number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static PlanStatus statusOf(String typed) {
        return PlanStatus.PUBLIC.stream().filter(s -> s.name().equalsIgnoreCase(typed)).findFirst().orElse(null);
    }

    private static GalleryQuery.Order orderOf(String typed) {
        for (GalleryQuery.Order candidate : GalleryQuery.Order.values()) {
            if (candidate.name().equalsIgnoreCase(typed)) {
                return candidate;
            }
        }
        return GalleryQuery.Order.NEWEST;
    }

    public Round getRound() {
        return round;
    }

    public GalleryQuery getQuery() {
        return query;
    }

    public GalleryPage getResult() {
        return result;
    }

    public List<PlanStatus> getStatuses() {
        return PlanStatus.PUBLIC;
    }

    public GalleryQuery.Order[] getOrders() {
        return GalleryQuery.Order.values();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
