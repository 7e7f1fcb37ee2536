package dev.arbiter.demo;

import java.time.LocalDate;

/**
 * The shopper side of the causal model: conversion rises with rating and falls with price (elasticity 2 around
 * the list price); demand follows the week and a gentle yearly wave.
 */
final class ShopperResponse {
    static final double PRICE_ELASTICITY = 2.0;

    private ShopperResponse() {}

    static double ratingFactor(Product product, int offset) {
        return Math.pow(product.rating(offset) / 4.3, 3);
    }

    static double priceFactor(Product product, int offset) {
        return Math.pow(product.salePriceCents(offset) / (double) product.priceCents(), -PRICE_ELASTICITY);
    }

    /** Orders per ad click for a search term; irrelevant terms almost never convert. */
    static double adConversion(Product product, Account.SearchTerm term, int offset) {
        return Math.min(0.6, product.baseConversion() * term.relevance() * ratingFactor(product, offset) * priceFactor(product, offset));
    }

    /** Orders per organic session; only the share of the Buy Box we hold converts for us. */
    static double organicConversion(Product product, int offset, double buyBoxShare) {
        return Math.min(0.6, product.baseConversion() * ratingFactor(product, offset) * priceFactor(product, offset) * buyBoxShare);
    }

    /** Demand multiplier of a calendar day: weekends shop more, with a slow seasonal wave. */
    static double season(LocalDate day) {
        double week = switch (day.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> 1.12;
            case MONDAY -> 0.96;
            default -> 0.98;
        };
        return week * (1 + 0.08 * Math.sin(2 * Math.PI * day.getDayOfYear() / 365.25));
    }

    /** Units a day the brand planned with before it had sales history. */
    static double plannedVelocity(Product product) {
        return product.baseSessions() * product.baseConversion() * Math.pow(product.rating() / 4.3, 3) * 1.3;
    }

}
