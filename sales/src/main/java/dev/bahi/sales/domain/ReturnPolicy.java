package dev.bahi.sales.domain;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.ReturnedLine;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a return takes off a sale. Each returned quantity is matched to the sale's lines of that item in order;
 * it may never exceed what was sold less what came back before. The returned part is priced and taxed by the
 * sale's own rules, and the return that empties a line takes exactly what is left, so that all the credit notes
 * of a line add up to the line to the paisa.
 */
public final class ReturnPolicy {
    static final int MAX_SCALE = 3;

    private ReturnPolicy() {
    }

    /** The returned part of each affected line; {@code returned} holds what came back before, by line number. */
    public static List<TaxedLine> returnedParts(List<TaxedLine> sold, Map<Integer, TaxedLine> returned,
                                                List<ReturnedLine> lines, DocumentType documentType,
                                                SupplyType supplyType) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("LINES_REQUIRED", "lines", "say which items come back");
        }
        Map<Integer, TaxedLine> running = new java.util.HashMap<>(returned);
        Map<Integer, TaxedLine> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            ReturnedLine line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null || line.itemId() == null) {
                throw new RuleViolation("ITEM_REQUIRED", at + ".itemId", "each returned line names an item");
            }
            BigDecimal quantity = line.quantity();
            if (quantity == null || quantity.signum() <= 0) {
                throw new RuleViolation("QUANTITY_NOT_POSITIVE", at + ".quantity", "a returned quantity is above zero");
            }
            if (quantity.stripTrailingZeros().scale() > MAX_SCALE) {
                throw new RuleViolation("QUANTITY_TOO_PRECISE", at + ".quantity", "at most three decimals");
            }
            List<TaxedLine> ofItem = sold.stream().filter(l -> l.itemId().equals(line.itemId())).toList();
            if (ofItem.isEmpty()) {
                throw new RuleViolation("RETURN_ITEM_NOT_IN_SALE", at + ".itemId", "item " + line.itemId() + " is not in this sale");
            }
            BigDecimal left = quantity;
            for (TaxedLine s : ofItem) {
                BigDecimal back = running.containsKey(s.number()) ? running.get(s.number()).quantity() : BigDecimal.ZERO;
                BigDecimal open = s.quantity().subtract(back);
                if (open.signum() <= 0 || left.signum() == 0) {
                    continue;
                }
                BigDecimal take = left.min(open);
                TaxedLine part = part(s, running.get(s.number()), take, documentType, supplyType);
                running.put(s.number(), add(running.get(s.number()), part));
                parts.merge(s.number(), part, ReturnPolicy::add);
                left = left.subtract(take);
            }
            if (left.signum() > 0) {
                throw new RuleViolation("RETURN_EXCEEDS_SOLD", at + ".quantity",
                        "more than was sold less what was already returned (" + quantity.subtract(left).toPlainString()
                                + " can still come back)");
            }
        }
        return new ArrayList<>(parts.values());
    }

    /**
     * The part of {@code line} that {@code quantity} takes, given what came back before: the difference between
     * the line priced for everything returned so far and for what was returned before, each priced by the sale's
     * own rules (a share of the discount), with the whole line standing for the whole quantity. So one of two packs
     * at 285.00 comes back as 285.00, all parts of a line add up to the line to the paisa, and no part is negative.
     * The part's tax is split like any document's: the odd paisa to SGST/UTGST.
     */
    static TaxedLine part(TaxedLine line, TaxedLine before, BigDecimal quantity, DocumentType documentType,
                          SupplyType supplyType) {
        BigDecimal backBefore = before == null ? BigDecimal.ZERO : before.quantity();
        TaxedLine from = cumulative(line, backBefore, documentType, supplyType);
        TaxedLine to = cumulative(line, backBefore.add(quantity), documentType, supplyType);
        long gross = to.gross() - from.gross();
        long discount = to.discount() - from.discount();
        long taxable = to.taxableValue() - from.taxableValue();
        long cess = to.cess() - from.cess();
        long tax = (to.cgst() + to.sgst() + to.igst()) - (from.cgst() + from.sgst() + from.igst());
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        if (supplyType == SupplyType.INTER_STATE) {
            igst = tax;
        } else {
            cgst = Math.floorDiv(tax, 2);
            sgst = tax - cgst;
        }
        return new TaxedLine(line.number(), line.itemId(), line.sku(), line.name(), line.hsn(), line.unit(), line.uqc(),
                quantity, line.unitPrice(), discount, line.priceIncludesTax(), line.gstRate(), line.cessRate(), gross,
                taxable, cgst, sgst, igst, cess, taxable + cgst + sgst + igst + cess);
    }

    /** The line as if {@code quantity} of it had been sold; the whole quantity is the line itself. */
    private static TaxedLine cumulative(TaxedLine line, BigDecimal quantity, DocumentType documentType,
                                        SupplyType supplyType) {
        if (quantity.signum() == 0) {
            return new TaxedLine(line.number(), line.itemId(), line.sku(), line.name(), line.hsn(), line.unit(),
                    line.uqc(), BigDecimal.ZERO, line.unitPrice(), 0, line.priceIncludesTax(), line.gstRate(),
                    line.cessRate(), 0, 0, 0, 0, 0, 0, 0);
        }
        if (quantity.compareTo(line.quantity()) == 0) {
            return line;
        }
        long value = dev.bahi.platform.kernel.Money.times(quantity, line.unitPrice());
        long discount = Math.min(value, share(line.discount(), quantity, line.quantity()));
        return GstCalculator.line(line.number() - 1, new PricedLine(line.itemId(), line.sku(), line.name(), line.hsn(),
                line.unit(), line.uqc(), quantity, line.unitPrice(), discount, line.priceIncludesTax(), line.gstRate(),
                line.cessRate()), documentType, supplyType);
    }

    static TaxedLine add(TaxedLine a, TaxedLine b) {
        if (a == null) {
            return b;
        }
        return new TaxedLine(a.number(), a.itemId(), a.sku(), a.name(), a.hsn(), a.unit(), a.uqc(),
                a.quantity().add(b.quantity()), a.unitPrice(), a.discount() + b.discount(), a.priceIncludesTax(),
                a.gstRate(), a.cessRate(), a.gross() + b.gross(), a.taxableValue() + b.taxableValue(), a.cgst() + b.cgst(),
                a.sgst() + b.sgst(), a.igst() + b.igst(), a.cess() + b.cess(), a.total() + b.total());
    }

    private static long share(long amount, BigDecimal quantity, BigDecimal of) {
        return BigDecimal.valueOf(amount).multiply(quantity).divide(of, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
