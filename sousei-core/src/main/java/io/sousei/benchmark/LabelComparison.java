package io.sousei.benchmark;

/** A selection against a label list (e.g. an official list of priority areas): the confusion counts. */
public record LabelComparison(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    /** Share of the selected regions that are labelled; 0 when nothing is selected. */
    public double precision() {
        int selected = truePositives + falsePositives;
        return selected == 0 ? 0 : (double) truePositives / selected;
    }

    /** Share of the labelled regions that are selected; 0 when nothing is labelled. */
    public double recall() {
        int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 0 : (double) truePositives / labelled;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
