package io.sousei.web.api.benchmark;

import java.util.List;
import java.util.Map;

/** A cluster of a typology: its number, members, and the mean z-scores that set it apart. */
public record ClusterDto(int number, int size, Map<String, Double> traits, List<String> members) {}
