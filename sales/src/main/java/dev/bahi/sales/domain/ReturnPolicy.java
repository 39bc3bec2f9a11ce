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
     * The part of {@code line} that {@code quantity} takes, given what came back before: priced again by the same
     * rules as the sale (a share of the discount), so that one of two packs at ₹275 comes back as ₹275; the part
     * that empties the line takes exactly what is left.
     */
    static TaxedLine part(TaxedLine line, TaxedLine before, BigDecimal quantity, DocumentType documentType,
                          SupplyType supplyType) {
        BigDecimal backBefore = before == null ? BigDecimal.ZERO : before.quantity();
        boolean last = backBefore.add(quantity).compareTo(line.quantity()) == 0;
        if (!last) {
            long discount = share(line.discount(), quantity, line.quantity());
            TaxedLine priced = GstCalculator.line(line.number() - 1, new PricedLine(line.itemId(), line.sku(),
                    line.name(), line.hsn(), line.unit(), line.uqc(), quantity, line.unitPrice(), discount,
                    line.priceIncludesTax(), line.gstRate(), line.cessRate()), documentType, supplyType);
            return new TaxedLine(line.number(), priced.itemId(), priced.sku(), priced.name(), priced.hsn(), priced.unit(),
                    priced.uqc(), quantity, priced.unitPrice(), priced.discount(), priced.priceIncludesTax(),
                    line.gstRate(), line.cessRate(), priced.gross(), priced.taxableValue(), priced.cgst(), priced.sgst(),
                    priced.igst(), priced.cess(), priced.total());
        }
        long gross = last ? line.gross() - amount(before, TaxedLine::gross) : share(line.gross(), quantity, line.quantity());
        long discount = last ? line.discount() - amount(before, TaxedLine::discount)
                : share(line.discount(), quantity, line.quantity());
        long taxable = last ? line.taxableValue() - amount(before, TaxedLine::taxableValue)
                : share(line.taxableValue(), quantity, line.quantity());
        long cgst = last ? line.cgst() - amount(before, TaxedLine::cgst) : share(line.cgst(), quantity, line.quantity());
        long sgst = last ? line.sgst() - amount(before, TaxedLine::sgst) : share(line.sgst(), quantity, line.quantity());
        long igst = last ? line.igst() - amount(before, TaxedLine::igst) : share(line.igst(), quantity, line.quantity());
        long cess = last ? line.cess() - amount(before, TaxedLine::cess) : share(line.cess(), quantity, line.quantity());
        return new TaxedLine(line.number(), line.itemId(), line.sku(), line.name(), line.hsn(), line.unit(), line.uqc(),
                quantity, line.unitPrice(), discount, line.priceIncludesTax(), line.gstRate(), line.cessRate(), gross,
                taxable, cgst, sgst, igst, cess, taxable + cgst + sgst + igst + cess);
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

    private static long amount(TaxedLine before, java.util.function.ToLongFunction<TaxedLine> field) {
        return before == null ? 0 : field.applyAsLong(before);
    }

    private static long share(long amount, BigDecimal quantity, BigDecimal of) {
        return BigDecimal.valueOf(amount).multiply(quantity).divide(of, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
