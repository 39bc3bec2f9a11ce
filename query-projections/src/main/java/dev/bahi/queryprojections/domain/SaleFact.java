package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;
import java.util.List;

/** A sale as recorded on {@code businessDate}: its totals (paise) and what each line sold. */
public record SaleFact(String tenantId, String saleId, String businessDate, long grandTotal, long discount,
                       long taxableValue, long cgst, long sgst, long igst, long cess, List<Line> lines) {
    public SaleFact {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One line: the item, its quantity in its unit and the line's total (paise, tax included). */
    public record Line(String itemId, String name, BigDecimal quantity, String unit, long amount) {
    }
}
