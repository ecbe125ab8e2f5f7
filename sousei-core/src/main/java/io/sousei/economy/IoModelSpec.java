package io.sousei.economy;

import java.util.Objects;

/**
 * The model to solve: {@link IoModel#CLOSED}, or {@link IoModel#REGIONAL} with its self-sufficiency rates.
 *
 * @param selfSufficiency null for the closed model, required for the regional one
 */
public record IoModelSpec(IoModel model, SelfSufficiencyRates selfSufficiency) {

    public static final IoModelSpec CLOSED = new IoModelSpec(IoModel.CLOSED, null);

    public IoModelSpec {
        Objects.requireNonNull(model, "model");
        if (model == IoModel.REGIONAL && selfSufficiency == null) {
            throw new EconomyException(
                    EconomyErrorCode.BAD_SPEC, "the regional model needs self-sufficiency rates, given or estimated");
        }
        if (model == IoModel.CLOSED && selfSufficiency != null) {
            throw new EconomyException(EconomyErrorCode.BAD_SPEC, "the closed model takes no self-sufficiency rates");
        }
    }

    public static IoModelSpec regional(SelfSufficiencyRates rates) {
        return new IoModelSpec(IoModel.REGIONAL, rates);
    }

    /** The model's name as every result states it, with the rates' provenance for the regional one. */
    public String describe() {
        if (model == IoModel.CLOSED) {
            return model.description();
        }
        return model.description()
                + (selfSufficiency.estimate() ? " — rates ESTIMATED: " : " — rates ")
                + selfSufficiency.provenance();
    }
}
