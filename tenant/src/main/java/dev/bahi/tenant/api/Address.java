package dev.bahi.tenant.api;

/** A postal address of a shop. */
public record Address(String line1, String line2, String city, String pincode) {
}
