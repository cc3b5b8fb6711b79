package nl.wijkfonds.plan;

import java.util.List;

/** One page of the gallery: its cards, how many plans matched in all, and which page this is. */
public record GalleryPage(List<PlanCard> cards, long total, int page) {

    public int pageCount() {
        return (int) Math.max(1, (total + GalleryQuery.PAGE_SIZE - 1) / GalleryQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
