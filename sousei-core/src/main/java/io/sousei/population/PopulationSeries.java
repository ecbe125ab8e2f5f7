package io.sousei.population;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** Populations by sex and age at successive years (a projection's base and end-of-step populations). */
public final class PopulationSeries {

    private final NavigableMap<Integer, PopulationBySexAge> byYear;

    private PopulationSeries(NavigableMap<Integer, PopulationBySexAge> byYear) {
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("a population series has at least one year");
        }
        FiveYearAgeGroups groups = byYear.firstEntry().getValue().ageGroups();
        if (byYear.values().stream().anyMatch(p -> !p.ageGroups().equals(groups))) {
            throw new IllegalArgumentException("all years of a series use the same age groups");
        }
        this.byYear = Collections.unmodifiableNavigableMap(new TreeMap<>(byYear));
    }

    public static PopulationSeries of(java.util.Map<Integer, PopulationBySexAge> byYear) {
        return new PopulationSeries(new TreeMap<>(byYear));
    }

    public List<Integer> listYears() {
        return List.copyOf(byYear.keySet());
    }

    public Optional<PopulationBySexAge> findPopulation(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    public PopulationBySexAge getPopulation(int year) {
        PopulationBySexAge p = byYear.get(year);
        if (p == null) {
            throw new NoSuchElementException("no population for " + year + "; the series has " + byYear.keySet());
        }
        return p;
    }

    public PopulationBySexAge first() {
        return byYear.firstEntry().getValue();
    }

    public PopulationBySexAge last() {
        return byYear.lastEntry().getValue();
    }

    public double totalPersons(int year) {
        return getPopulation(year).totalPersons();
    }

    /**
     * Relative change of a measure between two years, {@code (m(to) − m(from)) / m(from)}: e.g.
     * {@code changeRate(2020, 2050, PopulationBySexAge::womenAged20To39)} for the 人口戦略会議 2024 screen.
     */
    public double changeRate(int fromYear, int toYear, ToDoubleFunction<PopulationBySexAge> measure) {
        double from = measure.applyAsDouble(getPopulation(fromYear));
        return (measure.applyAsDouble(getPopulation(toYear)) - from) / from;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationSeries s && byYear.equals(s.byYear);
    }

    @Override
    public int hashCode() {
        return byYear.hashCode();
    }

    @Override
    public String toString() {
        return "PopulationSeries" + byYear.keySet();
    }
}
