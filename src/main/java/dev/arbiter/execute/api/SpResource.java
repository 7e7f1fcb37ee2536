package dev.arbiter.execute.api;

/** The Sponsored Products v3 resources our actions touch, with their paths, batch keys and media types (D3). */
public enum SpResource {
    CAMPAIGNS("/sp/campaigns", "campaigns", "campaignId", "application/vnd.spCampaign.v3+json"),
    KEYWORDS("/sp/keywords", "keywords", "keywordId", "application/vnd.spKeyword.v3+json"),
    TARGETS("/sp/targets", "targetingClauses", "targetId", "application/vnd.spTargetingClause.v3+json"),
    NEGATIVE_KEYWORDS("/sp/negativeKeywords", "negativeKeywords", "negativeKeywordId",
            "application/vnd.spNegativeKeyword.v3+json"),
    PRODUCT_ADS("/sp/productAds", "productAds", "adId", "application/vnd.spProductAd.v3+json");

    private final String path;
    private final String batchKey;
    private final String idField;
    private final String mediaType;

    SpResource(String path, String batchKey, String idField, String mediaType) {
        this.path = path;
        this.batchKey = batchKey;
        this.idField = idField;
        this.mediaType = mediaType;
    }

    public String path() {
        return path;
    }

    /** The key of the item array in requests and of the success/error object in 207 responses. */
    public String batchKey() {
        return batchKey;
    }

    /** The id field of one entity, e.g. {@code keywordId}. */
    public String idField() {
        return idField;
    }

    /** The vendor media type sent in both Content-Type and Accept. */
    public String mediaType() {
        return mediaType;
    }
}
