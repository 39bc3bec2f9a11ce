package dev.bahi.sales.api;

import java.util.List;

/** The shop as it stood when the sale was made: what its documents print as the supplier. */
public record Seller(String name, String legalName, String registration, String gstin, String stateCode,
                     List<String> address, String phone, String email, String upiId) {
}
