package org.lodestone.core.extraction;

import java.util.Objects;
import java.util.Optional;
import org.lodestone.core.dependency.StackTable;
import org.lodestone.core.leontief.LeontiefSolver;
import org.lodestone.core.model.Layer;

/**
 * The output lost by every industry, sector, region and layer when one industry's supply is cut,
 * in the demand-driven (Leontief) and the supply-driven model.
 *
 * <p>Losses are relative to each industry's baseline output. Sector losses add the industries of one
 * sector (one unit) and divide by the sector's world output. Region and layer losses never add
 * sectors of a physical table: they are the largest sector loss within the region or layer; in a
 * monetary table a region's loss is its money lost over its output.
 *
 * @param cut           the cut
 * @param demandDriven  relative loss per industry, Leontief model ({@link LeontiefExtraction})
 * @param supplyDriven  relative loss per industry, supply-driven model: Ghosh on a monetary table,
 *                      fixed proportions with every input binding on a physical one
 * @param essentialOnly relative loss per industry when substitutable inputs are replaced (physical
 *                      tables); equal to {@code supplyDriven} on a monetary table
 */
public record ExtractionResult(Cut cut, double[] demandDriven, double[] supplyDriven, double[] essentialOnly) {

    public ExtractionResult {
        Objects.requireNonNull(cut, "cut");
        demandDriven = demandDriven.clone();
        supplyDriven = supplyDriven.clone();
        essentialOnly = essentialOnly.clone();
    }

    /** Runs both models on one cut. */
    public static ExtractionResult of(StackTable stack, LeontiefSolver solver, Cut cut) {
        double[] demand = new LeontiefExtraction(stack.table(), solver).relativeLoss(cut);
        if (stack.monetary()) {
            double[] supply = new GhoshExtraction(stack.table(), solver).relativeLoss(cut);
            return new ExtractionResult(cut, demand, supply, supply);
        }
        return new ExtractionResult(
                cut,
                demand,
                new FixedProportionsExtraction(stack, true).relativeLoss(cut),
                new FixedProportionsExtraction(stack, false).relativeLoss(cut));
    }

    /** World loss of one sector relative to its world output, in [0, 1], for the given per-industry losses. */
    public static double sectorLoss(StackTable stack, double[] loss, int sector) {
        double[] x = stack.table().x();
        double lost = 0;
        double output = 0;
        for (int i = 0; i < loss.length; i++) {
            if (stack.sectorOf(i) == sector) {
                lost += loss[i] * x[i];
                output += x[i];
            }
        }
        return output > 0 ? lost / output : 0;
    }

    /**
     * A region's loss: in a monetary table its money lost over its output; in a physical table the
     * largest relative loss among its industries. In [0, 1].
     */
    public static double regionLoss(StackTable stack, double[] loss, int region) {
        double[] x = stack.table().x();
        double lost = 0;
        double output = 0;
        double largest = 0;
        for (int i = 0; i < loss.length; i++) {
            if (stack.regionOf(i) == region) {
                lost += loss[i] * x[i];
                output += x[i];
                largest = Math.max(largest, loss[i]);
            }
        }
        if (!stack.monetary()) {
            return largest;
        }
        return output > 0 ? lost / output : 0;
    }

    /**
     * A layer's loss: its sector with the largest world loss.
     *
     * @param layer  the layer
     * @param sector index of that sector
     * @param loss   its world loss, in [0, 1]
     */
    public record LayerLoss(Layer layer, int sector, double loss) {}

    /** The loss of a layer (datasets only); empty if no sector belongs to it. */
    public static Optional<LayerLoss> layerLoss(StackTable stack, double[] loss, Layer layer) {
        LayerLoss worst = null;
        for (int s = 0; s < stack.sectors().size(); s++) {
            if (stack.sectors().get(s).layer().equals(Optional.of(layer))) {
                double l = sectorLoss(stack, loss, s);
                if (worst == null || l > worst.loss()) {
                    worst = new LayerLoss(layer, s, l);
                }
            }
        }
        return Optional.ofNullable(worst);
    }
}
