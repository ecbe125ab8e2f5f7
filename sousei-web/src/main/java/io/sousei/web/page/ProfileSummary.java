package io.sousei.web.page;

import io.sousei.text.Language;
import io.sousei.web.api.FigureDto;
import io.sousei.web.api.ProfileDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A few sentences about a region in the page's language, built only from the headline figures the page
 * shows: population and its yearly change, and the share aged 65+ against the nation.
 */
final class ProfileSummary {

    private ProfileSummary() {}

    static String of(ProfileDto p, Language language) {
        List<String> sentences = new ArrayList<>();
        String name = p.region().name();
        String nation = p.nation().name();
        find(p, "population.total")
                .ifPresent(f -> sentences.add(
                        switch (language) {
                            case ZH_HANT -> name + "在 " + f.period() + " 年的人口為 " + Numbers.whole(f.value()) + " 人。";
                            case JA -> name + "の人口は " + Numbers.whole(f.value()) + " 人（" + f.period() + " 年）です。";
                            case EN ->
                                name + " had " + Numbers.whole(f.value()) + " inhabitants in " + f.period() + ".";
                        }));
        find(p, "population.change_rate_1y").ifPresent(f -> sentences.add(change(f, name, nation, language)));
        find(p, "population.share_65_plus")
                .filter(f -> f.nationValue() != null)
                .ifPresent(f -> sentences.add(ageing(f, name, nation, language)));
        return String.join(language == Language.EN ? " " : "", sentences);
    }

    private static String change(FigureDto f, String name, String nation, Language language) {
        boolean down = f.value().signum() < 0;
        String rate = Numbers.oneDecimal(f.value().abs()) + "%";
        String vsNation = f.nationValue() == null ? "" : Numbers.signedOneDecimal(f.nationValue()) + "%";
        return switch (language) {
            case ZH_HANT ->
                "與前一年相比" + (down ? "減少 " : "增加 ") + rate
                        + (vsNation.isEmpty() ? "" : "（" + nation + " " + vsNation + "）") + "。";
            case JA ->
                "前年比 " + (down ? "−" : "+") + rate + (vsNation.isEmpty() ? "" : "（" + nation + " " + vsNation + "）")
                        + "です。";
            case EN ->
                "It " + (down ? "shrank" : "grew") + " by " + rate + " in " + f.period()
                        + (vsNation.isEmpty() ? "" : " (" + nation + ": " + vsNation + ")") + ".";
        };
    }

    private static String ageing(FigureDto f, String name, String nation, Language language) {
        int cmp = f.value().compareTo(f.nationValue());
        String share = Numbers.oneDecimal(f.value()) + "%";
        String national = Numbers.oneDecimal(f.nationValue()) + "%";
        return switch (language) {
            case ZH_HANT ->
                f.period() + " 年 65 歲以上人口占 " + share + "，" + (cmp > 0 ? "高於" : cmp < 0 ? "低於" : "等於") + nation + "的 "
                        + national + "。";
            case JA ->
                f.period() + " 年の 65 歳以上人口の割合は " + share + "で、" + nation + "の " + national
                        + (cmp > 0 ? "より高い" : cmp < 0 ? "より低い" : "と同じ") + "水準です。";
            case EN ->
                "In " + f.period() + ", " + share + " of its people were 65 or older, "
                        + (cmp > 0 ? "more than" : cmp < 0 ? "less than" : "the same as") + " in " + nation + " ("
                        + national + ").";
        };
    }

    private static Optional<FigureDto> find(ProfileDto p, String indicator) {
        return p.headline().stream()
                .filter(f -> f.indicator().equals(indicator))
                .findFirst();
    }
}
