package io.sousei.region;

/** A region id that the warehouse does not hold. */
public final class UnknownRegionException extends RuntimeException {

    private final transient RegionId id;

    public UnknownRegionException(RegionId id) {
        super("unknown region " + id + "; list the known ones with: sousei regions --country " + id.country());
        this.id = id;
    }

    public RegionId id() {
        return id;
    }
}
