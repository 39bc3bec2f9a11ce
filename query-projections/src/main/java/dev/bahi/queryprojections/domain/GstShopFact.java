package dev.bahi.queryprojections.domain;

/** The shop as its latest profile has it: GST registration (REGULAR, COMPOSITION, UNREGISTERED), GSTIN, state, zone. */
public record GstShopFact(String tenantId, String registration, String gstin, String stateCode, String zone) {
    public boolean regular() {
        return "REGULAR".equals(registration);
    }
}
