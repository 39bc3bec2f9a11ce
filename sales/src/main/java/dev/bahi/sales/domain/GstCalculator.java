package dev.bahi.sales.domain;

import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * GST on a sale, line by line, to the paisa (CGST Act s.15, Rules 46/49; worked examples in the facts
 * document). Per line: gross = quantity × unit price − discount. A tax-exclusive price is the taxable value;
 * a tax-inclusive one is divided by (100 + rate + cess rate). Intra-state tax is split into CGST and
 * SGST/UTGST (the odd paisa of an inclusive price goes to SGST), inter-state tax is IGST. Each amount is rounded
 * half-up per line; the invoice total is rounded to the rupee with an explicit round-off. A bill of supply
 * charges no tax: the line's value is its gross.
 */
public final class GstCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Lines with their taxes, and the totals. */
    public record Result(List<TaxedLine> lines, SaleTotals totals) {
    }

    private GstCalculator() {
    }

    public static Result compute(List<PricedLine> lines, DocumentType documentType, SupplyType supplyType) {
        List<TaxedLine> taxed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            taxed.add(line(i, lines.get(i), documentType, supplyType));
        }
        return new Result(taxed, totals(taxed));
    }

    static TaxedLine line(int index, PricedLine line, DocumentType documentType, SupplyType supplyType) {
        String at = "lines[" + index + "]";
        if (line.quantity() == null || line.quantity().signum() <= 0) {
            throw new RuleViolation("QUANTITY_NOT_POSITIVE", at + ".quantity", "a quantity must be above zero");
        }
        if (line.unitPrice() < 0) {
            throw new RuleViolation("UNIT_PRICE_NEGATIVE", at + ".unitPrice", "a unit price may not be negative");
        }
        long value = Money.times(line.quantity(), line.unitPrice());
        if (line.discount() < 0) {
            throw new RuleViolation("DISCOUNT_NEGATIVE", at + ".discount", "a discount may not be negative");
        }
        if (line.discount() > value) {
            throw new RuleViolation("DISCOUNT_TOO_LARGE", at + ".discount",
                    "the discount is more than the line's value of ₹" + Money.format(value));
        }
        long gross = value - line.discount();
        BigDecimal rate = line.gstRate() == null ? BigDecimal.ZERO : line.gstRate();
        BigDecimal cessRate = line.cessRate() == null ? BigDecimal.ZERO : line.cessRate();
        long taxable;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        long cess = 0;
        if (documentType == DocumentType.BILL_OF_SUPPLY) {
            taxable = gross;
        } else if (line.priceIncludesTax()) {
            taxable = round(BigDecimal.valueOf(gross).multiply(HUNDRED)
                    .divide(HUNDRED.add(rate).add(cessRate), 10, RoundingMode.HALF_UP));
            cess = percentOf(taxable, cessRate);
            long tax = gross - taxable - cess;
            if (supplyType == SupplyType.INTRA_STATE) {
                cgst = Math.floorDiv(tax, 2);
                sgst = tax - cgst;
            } else {
                igst = tax;
            }
        } else {
            taxable = gross;
            cess = percentOf(taxable, cessRate);
            if (supplyType == SupplyType.INTRA_STATE) {
                cgst = round(BigDecimal.valueOf(taxable).multiply(rate).divide(BigDecimal.valueOf(200)));
                sgst = cgst;
            } else {
                igst = percentOf(taxable, rate);
            }
        }
        long total = taxable + cgst + sgst + igst + cess;
        return new TaxedLine(index + 1, line.itemId(), line.sku(), line.name(), line.hsn(), line.unit(), line.uqc(),
                line.quantity(), line.unitPrice(), line.discount(), line.priceIncludesTax(),
                documentType == DocumentType.BILL_OF_SUPPLY ? BigDecimal.ZERO : rate,
                documentType == DocumentType.BILL_OF_SUPPLY ? null : line.cessRate(), gross, taxable, cgst, sgst,
                igst, cess, total);
    }

    static SaleTotals totals(List<TaxedLine> lines) {
        long gross = 0;
        long discount = 0;
        long taxable = 0;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        long cess = 0;
        for (TaxedLine l : lines) {
            gross += l.gross() + l.discount();
            discount += l.discount();
            taxable += l.taxableValue();
            cgst += l.cgst();
            sgst += l.sgst();
            igst += l.igst();
            cess += l.cess();
        }
        long beforeRoundOff = taxable + cgst + sgst + igst + cess;
        long grandTotal = roundToRupee(beforeRoundOff);
        return new SaleTotals(gross, discount, taxable, cgst, sgst, igst, cess, beforeRoundOff,
                grandTotal - beforeRoundOff, grandTotal);
    }

    /** Half-up to the rupee: 219.50 becomes 220, 219.49 becomes 219. */
    static long roundToRupee(long paise) {
        return BigDecimal.valueOf(paise).divide(HUNDRED).setScale(0, RoundingMode.HALF_UP).longValueExact() * 100;
    }

    private static long percentOf(long paise, BigDecimal percent) {
        return round(BigDecimal.valueOf(paise).multiply(percent).divide(HUNDRED));
    }

    private static long round(BigDecimal paise) {
        return paise.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
