package io.sousei.web.api.economy;

import io.sousei.economy.ExpenditureItem;
import io.sousei.economy.IncomeProfile;
import io.sousei.economy.IndustryStructure;
import io.sousei.economy.IoMultipliers;
import io.sousei.economy.RegionalCirculation;
import io.sousei.economy.RippleResult;
import io.sousei.economy.SectorEffect;
import io.sousei.economy.SectorMultipliers;
import io.sousei.economy.ShiftShareComponents;
import io.sousei.economy.TownIncome;
import io.sousei.region.RegionId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** Economy values → web DTOs (also the CLI's JSON form); absent measures become null with their reason kept. */
public final class EconomyDtos {

    private EconomyDtos() {}

    public static MultipliersDto multipliers(IoMultipliers m) {
        List<SectorMultipliersDto> sectors =
                m.sectors().stream().map(EconomyDtos::sector).toList();
        return new MultipliersDto(
                m.area().toString(),
                m.year(),
                m.modelKind().key(),
                m.model(),
                m.hawkinsSimon(),
                m.baseYearResidualMillionYen(),
                snake(m.absent()),
                snake(m.notes()),
                sectors);
    }

    public static RippleDto ripple(RippleResult r) {
        return new RippleDto(
                r.area().toString(),
                r.year(),
                r.model(),
                r.demandMillionYen(),
                r.leakedDemandMillionYen(),
                r.directOutputMillionYen(),
                r.indirectOutputMillionYen(),
                boxed(r.inducedOutputMillionYen()),
                r.totalOutputMillionYen(),
                r.firstRoundValueAddedMillionYen(),
                boxed(r.inducedValueAddedMillionYen()),
                boxed(r.firstRoundIncomeMillionYen()),
                boxed(r.inducedIncomeMillionYen()),
                r.rippleMultiplier(),
                snake(r.absent()),
                snake(r.notes()),
                r.sectors().stream().map(EconomyDtos::effect).toList());
    }

    public static IndustryStructureDto structure(IndustryStructure s) {
        return new IndustryStructureDto(
                s.region().toString(),
                s.parent() == null ? null : s.parent().toString(),
                RegionId.nation(s.region().country()).toString(),
                s.indicator(),
                s.period(),
                s.total(),
                boxed(s.krugmanIndexParent()),
                s.krugmanIndexNation(),
                s.herfindahlIndex(),
                s.industries().stream()
                        .map(i -> new IndustryStructureDto.Industry(
                                i.industry(),
                                i.amount(),
                                i.share(),
                                boxed(i.locationQuotientParent()),
                                boxed(i.locationQuotientNation())))
                        .toList());
    }

    public static ShiftShareDto shiftShare(
            RegionId region, String indicator, String base, String end, List<ShiftShareComponents> parts) {
        return new ShiftShareDto(
                region.toString(),
                indicator,
                base,
                end,
                parts.stream()
                        .map(p -> new ShiftShareDto.Industry(
                                p.industry(),
                                p.baseAmount(),
                                p.change(),
                                p.nationalShare(),
                                p.industryMix(),
                                p.regionalShift()))
                        .toList());
    }

    public static IncomeDto income(IncomeProfile p) {
        return new IncomeDto(
                p.town().toString(),
                p.latest().year(),
                boxed(p.medianGrowthPercentPerYear()),
                p.rankInCounty(),
                p.townsInCounty(),
                p.rankInNation(),
                p.townsInNation(),
                p.series().stream().map(EconomyDtos::year).toList());
    }

    public static CirculationDto circulation(RegionalCirculation c) {
        return new CirculationDto(
                c.region().toString(),
                c.period(),
                c.productionMillionYen(),
                new TreeMap<>(c.productionComponents()),
                c.incomeMillionYen(),
                new TreeMap<>(c.incomeComponents()),
                c.incomeNetInflowMillionYen(),
                c.circulationRatePercent(),
                c.expenditure().stream().map(EconomyDtos::expenditure).toList(),
                boxed(c.expenditureClosureMillionYen()),
                new TreeMap<>(c.missing()),
                new TreeMap<>(c.notes()));
    }

    private static SectorMultipliersDto sector(SectorMultipliers s) {
        return new SectorMultipliersDto(
                s.sector().code(),
                s.sector().name(),
                s.outputMultiplier(),
                boxed(s.valueAddedMultiplier()),
                boxed(s.incomeMultiplier()),
                s.backwardLinkage(),
                s.forwardLinkage(),
                boxed(s.valueAddedTypeI()),
                boxed(s.incomeTypeI()),
                boxed(s.incomeTypeII()),
                boxed(s.employmentPersonsPerMillionYen()));
    }

    private static SectorEffectDto effect(SectorEffect e) {
        return new SectorEffectDto(
                e.sector().code(),
                e.sector().name(),
                e.directOutput(),
                e.indirectOutput(),
                boxed(e.inducedOutput()),
                e.firstRoundValueAdded(),
                boxed(e.inducedValueAdded()),
                boxed(e.firstRoundIncome()),
                boxed(e.inducedIncome()));
    }

    private static IncomeDto.Year year(TownIncome t) {
        double ratio = t.interquartileRatio();
        return new IncomeDto.Year(
                t.year(),
                t.taxUnits(),
                t.meanThousandTwd(),
                t.medianThousandTwd(),
                t.firstQuartileThousandTwd(),
                t.thirdQuartileThousandTwd(),
                Double.isNaN(ratio) ? null : ratio,
                t.coefficientOfVariationPercent());
    }

    private static CirculationDto.Expenditure expenditure(ExpenditureItem e) {
        return new CirculationDto.Expenditure(e.item(), e.residenceBasis(), e.workplaceBasis(), e.netInflow());
    }

    private static Double boxed(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    /** Keys as the JSON names them (incomeTypeII → income_type_ii), sorted for stable output. */
    static Map<String, String> snake(Map<String, String> m) {
        Map<String, String> r = new TreeMap<>();
        m.forEach((k, v) -> r.put(k.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), v));
        return r;
    }
}
