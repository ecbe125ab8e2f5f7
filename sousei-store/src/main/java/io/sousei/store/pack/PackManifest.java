package io.sousei.store.pack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A pack's {@code pack.json}: its country, where its regions come from and its datasets in import order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PackManifest(String country, Regions regions, List<String> datasets) {

    public PackManifest {
        datasets = datasets == null ? List.of() : List.copyOf(datasets);
    }

    /** The SQL that lists the regions and the TopoJSON files that hold their boundaries. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Regions(String sql, List<Boundary> boundaries) {
        public Regions {
            boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
        }
    }

    /**
     * One TopoJSON object whose members are regions: the region id is {@code idPrefix} + the value of
     * {@code idProperty}, after {@code codeMap} (for codes that changed between the boundary and the statistics).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Boundary(
            String file, String object, String idProperty, String idPrefix, Map<String, String> codeMap) {
        public Boundary {
            idPrefix = idPrefix == null ? "" : idPrefix;
            codeMap = codeMap == null ? Map.of() : Map.copyOf(codeMap);
        }
    }
}
