package dev.bahi.sales.domain;

import dev.bahi.platform.kernel.Gstin;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateCode;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.Payment;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PaymentPart;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.api.SupplyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules around a sale's tax: which document the shop issues, where the supply is made, the buyer details
 * the rules require, and how the bill is settled.
 */
public final class SalePolicy {
    /** Rule 46: an unregistered buyer's name and address are printed from ₹50,000 of taxable value. */
    static final long BUYER_DETAILS_FROM = 50_000_00L;
    static final int MAX_TEXT = 200;

    private SalePolicy() {
    }

    public static DocumentType documentType(Seller seller) {
        return "REGULAR".equals(seller.registration()) ? DocumentType.TAX_INVOICE : DocumentType.BILL_OF_SUPPLY;
    }

    /**
     * The place of supply of goods: as given; else the delivery state; else a registered buyer's state; else,
     * for a counter sale, the shop's own state.
     */
    public static String placeOfSupply(Seller seller, Buyer buyer, String requested) {
        String pos = requested;
        if (pos == null && buyer != null) {
            pos = buyer.stateCode() != null ? buyer.stateCode()
                    : buyer.gstin() != null ? buyer.gstin().substring(0, 2) : null;
        }
        if (pos == null) {
            pos = seller.stateCode();
        }
        if (!StateCode.isValid(pos)) {
            throw new RuleViolation("PLACE_OF_SUPPLY_INVALID", "placeOfSupply", "'" + pos + "' is not a GST state code");
        }
        return pos;
    }

    public static SupplyType supplyType(Seller seller, String placeOfSupply) {
        return seller.stateCode().equals(placeOfSupply) ? SupplyType.INTRA_STATE : SupplyType.INTER_STATE;
    }

    /** Checks and normalises the buyer; null when there is none. */
    public static Buyer buyer(Buyer raw) {
        if (raw == null) {
            return null;
        }
        String gstin = raw.gstin() == null || raw.gstin().isBlank() ? null
                : RuleViolation.at("customer.gstin", () -> Gstin.parse(raw.gstin())).value();
        String name = text(raw.name(), "customer.name");
        if (gstin != null && name == null) {
            throw new RuleViolation("BUYER_NAME_REQUIRED", "customer.name", "a registered buyer's name is printed on the invoice");
        }
        String stateCode = raw.stateCode() == null || raw.stateCode().isBlank() ? null : raw.stateCode().trim();
        if (stateCode != null && !StateCode.isValid(stateCode)) {
            throw new RuleViolation("STATE_CODE_INVALID", "customer.stateCode", "'" + stateCode + "' is not a GST state code");
        }
        return new Buyer(raw.customerId(), name, raw.phone(), gstin, stateCode, text(raw.address(), "customer.address"));
    }

    /** Composition dealers may not supply goods to another state (s.10(2)(c)). */
    public static void checkSupply(Seller seller, SupplyType supplyType) {
        if ("COMPOSITION".equals(seller.registration()) && supplyType == SupplyType.INTER_STATE) {
            throw new RuleViolation("INTER_STATE_NOT_ALLOWED", "placeOfSupply",
                    "a composition dealer may not make inter-state supplies of goods");
        }
    }

    /** An unregistered buyer of ₹50,000 or more must be named, with an address, on the invoice. */
    public static void checkBuyerDetails(Buyer buyer, SaleTotals totals, DocumentType documentType) {
        boolean unregistered = buyer == null || buyer.gstin() == null;
        if (documentType == DocumentType.TAX_INVOICE && unregistered && totals.taxableValue() >= BUYER_DETAILS_FROM
                && (buyer == null || buyer.name() == null || buyer.address() == null)) {
            throw new RuleViolation("BUYER_DETAILS_REQUIRED", "customer",
                    "from ₹50,000 of taxable value the buyer's name and address are printed on the invoice");
        }
    }

    /** What was paid now and what stays due; a credit part needs a customer to owe it. */
    public static Payment payment(PaymentMode mode, List<PaymentPart> parts, long grandTotal, Buyer buyer) {
        if (mode == null) {
            throw new RuleViolation("PAYMENT_MODE_REQUIRED", "payment.mode", "say how the sale is paid");
        }
        List<PaymentPart> settled = new ArrayList<>();
        if (mode == PaymentMode.SPLIT) {
            if (parts == null || parts.size() < 2) {
                throw new RuleViolation("PAYMENT_PARTS_REQUIRED", "payment.parts", "a split payment has at least two parts");
            }
            long sum = 0;
            for (int i = 0; i < parts.size(); i++) {
                PaymentPart part = parts.get(i);
                if (part == null || part.mode() == null || part.mode() == PaymentMode.SPLIT) {
                    throw new RuleViolation("PAYMENT_MODE_INVALID", "payment.parts[" + i + "].mode",
                            "each part is CASH, UPI, CARD or CREDIT");
                }
                if (part.amount() <= 0) {
                    throw new RuleViolation("AMOUNT_NOT_POSITIVE", "payment.parts[" + i + "].amount",
                            "each part is more than zero");
                }
                sum += part.amount();
                settled.add(part);
            }
            if (sum != grandTotal) {
                throw new RuleViolation("PAYMENT_PARTS_MISMATCH", "payment.parts",
                        "the parts add up to ₹" + dev.bahi.platform.kernel.Money.format(sum) + ", the bill is ₹"
                                + dev.bahi.platform.kernel.Money.format(grandTotal));
            }
        } else {
            if (parts != null && !parts.isEmpty()) {
                throw new RuleViolation("PAYMENT_PARTS_NOT_ALLOWED", "payment.parts", "only a SPLIT payment has parts");
            }
            settled.add(new PaymentPart(mode, grandTotal));
        }
        long due = settled.stream().filter(p -> p.mode() == PaymentMode.CREDIT).mapToLong(PaymentPart::amount).sum();
        if (due > 0 && (buyer == null || buyer.customerId() == null)) {
            throw new RuleViolation("CUSTOMER_REQUIRED", "customer.customerId",
                    "a sale on credit (udhaar) goes on a customer's khata: give the customerId");
        }
        return new Payment(mode, List.copyOf(settled), grandTotal - due, due);
    }

    static String text(String raw, String field) {
        return dev.bahi.platform.kernel.Text.optional(raw, field, MAX_TEXT, "TEXT_TOO_LONG");
    }
}
