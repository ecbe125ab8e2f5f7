package io.sousei.population;

/** A count of persons split by sex (births, newborns): full precision, non-negative. */
public record PersonsBySex(double malePersons, double femalePersons) {

    public PersonsBySex {
        if (!(malePersons >= 0) || !(femalePersons >= 0) || !Double.isFinite(malePersons + femalePersons)) {
            throw new IllegalArgumentException(
                    "persons are finite and non-negative: " + malePersons + ", " + femalePersons);
        }
    }

    public double totalPersons() {
        return malePersons + femalePersons;
    }
}
