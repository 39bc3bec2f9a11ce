package dev.bahi.sales.api;

/**
 * A sale's totals in paise. {@code beforeRoundOff} is the sum of taxable values and taxes; {@code grandTotal} is
 * that rounded half-up to the rupee, the amount payable; {@code roundOff} the difference, printed on its own line.
 */
public record SaleTotals(long gross, long discount, long taxableValue, long cgst, long sgst, long igst, long cess,
                         long beforeRoundOff, long roundOff, long grandTotal) {
}
