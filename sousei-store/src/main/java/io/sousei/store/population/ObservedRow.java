package io.sousei.store.population;

/** One observation as the population reads need it. */
record ObservedRow(String regionId, String period, String sex, String ageGroup, String category, double value) {}
