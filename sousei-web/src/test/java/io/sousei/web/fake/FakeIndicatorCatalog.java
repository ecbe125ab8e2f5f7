package io.sousei.web.fake;

import io.sousei.indicator.Category;
import io.sousei.indicator.Indicator;
import io.sousei.indicator.IndicatorCatalog;
import io.sousei.indicator.IndicatorId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

public final class FakeIndicatorCatalog implements IndicatorCatalog {

    private final Map<IndicatorId, Indicator> indicators = new TreeMap<>();

    public FakeIndicatorCatalog(List<Indicator> indicators) {
        indicators.forEach(i -> this.indicators.put(i.id(), i));
    }

    @Override
    public Optional<Indicator> findIndicator(IndicatorId id) {
        return Optional.ofNullable(indicators.get(id));
    }

    @Override
    public List<Indicator> listIndicators(Category category) {
        return indicators.values().stream()
                .filter(i -> category == null || i.category() == category)
                .toList();
    }
}
