package dev.bahi.sales.application.port.in;

import java.util.List;

/** A sale as a client sends it: amounts in rupees and quantities as text, checked by the use case. */
public record SaleInput(List<Line> lines, Customer customer, String placeOfSupply, PaymentInput payment, String note) {
    /** One line; unit price defaults to the item's sale price, discount (rupees, for the line) to none. */
    public record Line(String itemId, String quantity, String unitPrice, String discount) {
    }

    /** The buyer: an existing customer, or name, phone, GSTIN, delivery state and address typed in. */
    public record Customer(String customerId, String name, String phone, String gstin, String stateCode,
                           String address) {
    }

    /**
     * CASH, UPI, CARD or CREDIT; SPLIT with parts that add up to the bill. {@code overrideCreditLimit} asks to let a
     * credit sale pass the customer's limit (owner or manager only).
     */
    public record PaymentInput(String mode, List<Part> parts, Boolean overrideCreditLimit) {
    }

    /** One part of a split payment, in rupees. */
    public record Part(String mode, String amount) {
    }
}
