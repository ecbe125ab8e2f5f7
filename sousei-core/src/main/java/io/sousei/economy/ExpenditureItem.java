package io.sousei.economy;

/**
 * One expenditure item of the circulation account (民間消費, 民間投資, その他支出), million yen, on both bases.
 *
 * @param residenceBasis 属人: what the region's residents spend, wherever
 * @param workplaceBasis 属地: what is spent inside the region, by anyone
 */
public record ExpenditureItem(String item, double residenceBasis, double workplaceBasis) {

    /** 属地 − 属人: positive = inflow of spending, negative = outflow. */
    public double netInflow() {
        return workplaceBasis - residenceBasis;
    }
}
