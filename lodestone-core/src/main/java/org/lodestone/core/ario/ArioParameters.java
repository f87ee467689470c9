package org.lodestone.core.ario;

import java.util.Map;
import java.util.Objects;

/**
 * The parameters of the ARIO model, with the reference implementation's defaults
 * (ARIO-SPEC section 3). Durations are in steps (days); one step is one temporal unit.
 *
 * @param kind                      {@link Kind#PSI} (default) or {@link Kind#BASE} (ψ = 1, no restoration rate)
 * @param orderType                 supplier weighting of orders
 * @param alphaBase                 base overproduction factor (1.0)
 * @param alphaMax                  maximum overproduction factor (1.25)
 * @param alphaTau                  overproduction adjustment time (365)
 * @param inventoryDays             target inventory of every input, in days of use (90)
 * @param inventoryDaysBySector     per-sector override (sector name → days, {@code +Infinity} for
 *                                  inputs that never constrain production)
 * @param inventoryRestorationTau   days to restore an inventory gap (60; Psi model only)
 * @param restorationTauBySector    per-sector override of the restoration time
 * @param psi                       share of the inventory target below which production is
 *                                  constrained (0.8; Psi model only), in (0, 1]
 * @param monetaryFactor            the table's money unit, used to round event damages (1e6)
 * @param yearToStep                steps per year of the table's flows (365)
 * @param threads                   worker threads for the per-step matrix passes (≥ 1); results do
 *                                  not depend on it
 */
public record ArioParameters(
        Kind kind,
        OrderType orderType,
        double alphaBase,
        double alphaMax,
        double alphaTau,
        double inventoryDays,
        Map<String, Double> inventoryDaysBySector,
        double inventoryRestorationTau,
        Map<String, Double> restorationTauBySector,
        double psi,
        double monetaryFactor,
        double yearToStep,
        int threads) {

    /** The two model variants of the reference implementation. */
    public enum Kind {
        /** ARIOPsiModel: inventory constraint at ψ of the target, gaps restored at rate 1/τ. */
        PSI,
        /** ARIOBaseModel: constraint at the full target (ψ = 1), gaps ordered at once. */
        BASE
    }

    /** How a buyer splits an order for a product among the regions that make it. */
    public enum OrderType {
        /** Weighted by the suppliers' current capacity relative to initial output (Guan et al. 2020). */
        ALT,
        /** Fixed at the initial market shares (Hallegatte 2013). */
        FIXED
    }

    public ArioParameters {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(orderType, "orderType");
        inventoryDaysBySector = Map.copyOf(inventoryDaysBySector);
        restorationTauBySector = Map.copyOf(restorationTauBySector);
        if (!(alphaMax >= alphaBase) || !(alphaBase > 0)) {
            throw new IllegalArgumentException(
                    "need 0 < alpha-base <= alpha-max, got " + alphaBase + " and " + alphaMax);
        }
        positive(alphaTau, "alpha-tau");
        positive(inventoryDays, "inventory-days");
        positive(inventoryRestorationTau, "inventory-restoration-tau");
        positive(yearToStep, "steps per year");
        positive(monetaryFactor, "monetary-factor");
        inventoryDaysBySector.forEach((sector, days) -> positive(days, "inventory days of " + sector));
        restorationTauBySector.forEach((sector, tau) -> positive(tau, "restoration tau of " + sector));
        if (!(psi > 0 && psi <= 1)) {
            throw new IllegalArgumentException("psi must be in (0, 1], was " + psi);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /** The reference defaults: Psi model, alt orders, ψ 0.8, α 1 → 1.25 over 365 days, 90 days of inventory. */
    public static ArioParameters defaults() {
        return new ArioParameters(
                Kind.PSI,
                OrderType.ALT,
                1.0,
                1.25,
                365,
                90,
                Map.of(),
                60,
                Map.of(),
                0.8,
                1e6,
                365,
                Runtime.getRuntime().availableProcessors());
    }

    public ArioParameters withKind(Kind value) {
        return new ArioParameters(
                value,
                orderType,
                alphaBase,
                alphaMax,
                alphaTau,
                inventoryDays,
                inventoryDaysBySector,
                inventoryRestorationTau,
                restorationTauBySector,
                psi,
                monetaryFactor,
                yearToStep,
                threads);
    }

    public ArioParameters withOrderType(OrderType value) {
        return new ArioParameters(
                kind,
                value,
                alphaBase,
                alphaMax,
                alphaTau,
                inventoryDays,
                inventoryDaysBySector,
                inventoryRestorationTau,
                restorationTauBySector,
                psi,
                monetaryFactor,
                yearToStep,
                threads);
    }

    public ArioParameters withAlpha(double base, double max, double tau) {
        return new ArioParameters(
                kind,
                orderType,
                base,
                max,
                tau,
                inventoryDays,
                inventoryDaysBySector,
                inventoryRestorationTau,
                restorationTauBySector,
                psi,
                monetaryFactor,
                yearToStep,
                threads);
    }

    public ArioParameters withInventory(double days, Map<String, Double> bySector) {
        return new ArioParameters(
                kind,
                orderType,
                alphaBase,
                alphaMax,
                alphaTau,
                days,
                bySector,
                inventoryRestorationTau,
                restorationTauBySector,
                psi,
                monetaryFactor,
                yearToStep,
                threads);
    }

    public ArioParameters withRestoration(double tau, Map<String, Double> bySector) {
        return new ArioParameters(
                kind,
                orderType,
                alphaBase,
                alphaMax,
                alphaTau,
                inventoryDays,
                inventoryDaysBySector,
                tau,
                bySector,
                psi,
                monetaryFactor,
                yearToStep,
                threads);
    }

    public ArioParameters withPsi(double value) {
        return new ArioParameters(
                kind,
                orderType,
                alphaBase,
                alphaMax,
                alphaTau,
                inventoryDays,
                inventoryDaysBySector,
                inventoryRestorationTau,
                restorationTauBySector,
                value,
                monetaryFactor,
                yearToStep,
                threads);
    }

    public ArioParameters withMonetaryFactor(double value) {
        return new ArioParameters(
                kind,
                orderType,
                alphaBase,
                alphaMax,
                alphaTau,
                inventoryDays,
                inventoryDaysBySector,
                inventoryRestorationTau,
                restorationTauBySector,
                psi,
                value,
                yearToStep,
                threads);
    }

    public ArioParameters withThreads(int value) {
        return new ArioParameters(
                kind,
                orderType,
                alphaBase,
                alphaMax,
                alphaTau,
                inventoryDays,
                inventoryDaysBySector,
                inventoryRestorationTau,
                restorationTauBySector,
                psi,
                monetaryFactor,
                yearToStep,
                value);
    }

    /** ψ as the model uses it: 1 for the base model. */
    double effectivePsi() {
        return kind == Kind.BASE ? 1.0 : psi;
    }

    private static void positive(double value, String what) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be > 0, was " + value);
        }
    }
}
