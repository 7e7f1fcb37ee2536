package dev.arbiter.demo;

import java.util.List;

/** The five product categories of the demo brand, with the market facts the causal model needs for each. */
enum Category {
    KITCHEN(
            "Kitchen",
            "KIT",
            List.of(
                    "garlic press", "silicone spatula set", "herb scissors", "salad spinner", "mandoline slicer",
                    "pizza cutter wheel", "oil sprayer bottle", "meat thermometer", "can opener", "knife sharpener",
                    "vegetable peeler", "measuring cups set"),
            900,
            3500,
            0.85,
            "kitchen gadgets"),
    BATH(
            "Bath",
            "BTH",
            List.of(
                    "shower caddy", "bath mat", "toothbrush holder", "soap dispenser", "shower head filter",
                    "towel hooks", "bath pillow", "toilet brush", "shower curtain liner", "makeup mirror",
                    "cotton swab holder", "drain hair catcher"),
            800,
            4500,
            0.75,
            "bathroom accessories"),
    PET(
            "Pet",
            "PET",
            List.of(
                    "dog poop bags", "cat scratcher", "dog leash", "pet hair remover", "slow feeder bowl",
                    "cat water fountain", "dog chew toy", "pet grooming brush", "litter mat", "dog car seat cover",
                    "cat tunnel", "pet nail clipper"),
            700,
            3900,
            1.05,
            "pet supplies"),
    OUTDOOR(
            "Outdoor",
            "OUT",
            List.of(
                    "camping lantern", "hammock straps", "garden kneeler", "hose nozzle", "bird feeder",
                    "solar path lights", "picnic blanket", "bug zapper", "plant labels", "garden gloves",
                    "rain gauge", "cooler bag"),
            1200,
            5500,
            1.20,
            "outdoor gear"),
    OFFICE(
            "Office",
            "OFF",
            List.of(
                    "desk organizer", "monitor stand", "cable clips", "laptop stand", "wrist rest",
                    "sticky notes", "desk lamp", "file folders", "whiteboard markers", "mouse pad",
                    "pen holder", "label maker tape"),
            600,
            4200,
            0.70,
            "office supplies");

    /** Words that share a token with our keywords but describe something nobody buys our product for. */
    static final List<String> UNRELATED_WORDS =
            List.of("recipe", "repair", "replacement part", "toy for kids", "diy", "meaning", "wholesale", "drawing");

    private final String label;
    private final String code;
    private final List<String> lines;
    private final int minPriceCents;
    private final int maxPriceCents;
    private final double cpcScale;
    private final String genericKeyword;

    Category(
            String label,
            String code,
            List<String> lines,
            int minPriceCents,
            int maxPriceCents,
            double cpcScale,
            String genericKeyword) {
        this.label = label;
        this.code = code;
        this.lines = lines;
        this.minPriceCents = minPriceCents;
        this.maxPriceCents = maxPriceCents;
        this.cpcScale = cpcScale;
        this.genericKeyword = genericKeyword;
    }

    String label() {
        return label;
    }

    String code() {
        return code;
    }

    List<String> lines() {
        return lines;
    }

    int minPriceCents() {
        return minPriceCents;
    }

    int maxPriceCents() {
        return maxPriceCents;
    }

    /** The bid, in dollars, at which a target gets about 63 % of the impressions it could get (1 − e⁻¹). */
    double cpcScale() {
        return cpcScale;
    }

    String genericKeyword() {
        return genericKeyword;
    }

    /** The category whose shoppers also buy this one's products (drives the auto "complements" target). */
    Category complement() {
        return values()[(ordinal() + 1) % values().length];
    }
}
