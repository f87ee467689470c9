package org.lodestone.core.exposure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lodestone.core.coalition.Group;
import org.lodestone.core.concentration.ProducerShares;
import org.lodestone.core.model.Commodity;
import org.lodestone.core.model.CommodityId;
import org.lodestone.core.model.Dataset;
import org.lodestone.core.model.Production;
import org.lodestone.core.model.RegionId;

/**
 * First-tier exposure of a coalition: for every commodity, the concentration of world production
 * ({@link ProducerShares}), the share held by the coalition's members on a date, the share held
 * by the countries of concern, and the flag where one non-member country holds more than half.
 * Cost: O(production rows + commodities × producers).
 */
public final class ExposureAnalysis {

    /** The id of the group of countries of concern, when a dataset has one. */
    public static final String CONCERN_GROUP = "concern";

    private ExposureAnalysis() {}

    /**
     * One row per commodity of the dataset, in dataset order.
     *
     * @param dataset   the dataset
     * @param coalition the coalition whose exposure is measured
     * @param date      the date on which membership is evaluated
     */
    public static List<ExposureRow> analyse(Dataset dataset, Group coalition, LocalDate date) {
        Set<RegionId> members = coalition.membersOn(date);
        Optional<Set<RegionId>> concern = dataset.group(CONCERN_GROUP).map(g -> g.membersOn(date));
        Map<CommodityId, List<Production>> byCommodity = new HashMap<>();
        dataset.production()
                .forEach(p -> byCommodity
                        .computeIfAbsent(p.commodity(), c -> new ArrayList<>())
                        .add(p));
        List<ExposureRow> rows = new ArrayList<>();
        for (Commodity commodity : dataset.commodities()) {
            ProducerShares shares = ProducerShares.of(byCommodity.getOrDefault(commodity.id(), List.of()));
            Optional<RegionId> top = shares.topProducer();
            double topShare = top.map(shares::share).orElse(0.0);
            Optional<RegionId> dominant = top.filter(r -> !members.contains(r))
                    .filter(r -> shares.share(r) > ExposureRow.DOMINANCE_THRESHOLD);
            rows.add(new ExposureRow(
                    commodity,
                    shares.total(),
                    shares.hhi(),
                    top,
                    topShare,
                    shares.shareOf(members),
                    concern.map(shares::shareOf).orElse(Double.NaN),
                    dominant));
        }
        return rows;
    }
}
