package nl.wijkfonds.plan;

/** What a plan's file is, with how many a plan may have and how big each may be. */
public enum FileKind {
    IMAGE(5, 5L * 1024 * 1024),
    PDF(3, 10L * 1024 * 1024);

    private final int maxPerPlan;
    private final long maxBytes;

    FileKind(int maxPerPlan, long maxBytes) {
        this.maxPerPlan = maxPerPlan;
        this.maxBytes = maxBytes;
    }

    public int maxPerPlan() {
        return maxPerPlan;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public String messageKey() {
        return "plan.fileKind." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
