package io.sousei.population;

/**
 * The answer to a reverse question: the parameter value found (a target TFR or a migration multiplier), the scenario
 * it makes, the projection with it and the population it reaches.
 */
public record SolvedScenario(
        double parameterValue,
        ProjectionScenario scenario,
        ProjectionResult result,
        double achievedPersons,
        int iterations) {}
