package io.sousei.indicator;

import java.util.List;
import java.util.Optional;

/** The indicators the warehouse declares. Implemented by the store. */
public interface IndicatorCatalog {

    Optional<Indicator> findIndicator(IndicatorId id);

    default Indicator getIndicator(IndicatorId id) {
        return findIndicator(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown indicator " + id + "; list the known ones with: sousei indicators"));
    }

    /** All indicators, or those of one category when it is given, ordered by id. */
    List<Indicator> listIndicators(Category category);
}
