package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Quantities and values per HSN/SAC, unit quantity code and rate (paise), net of credit notes: every line of the
 * documents given that are not cancelled, credit notes subtracted.
 */
public record HsnSummary(List<Row> rows) {

    /** One HSN, unit and rate. */
    public record Row(String hsn, String description, String uqc, BigDecimal rate, BigDecimal quantity, long taxable,
                      long cgst, long sgst, long igst, long cess) {
    }

    public static HsnSummary of(Collection<GstDocumentFact> documents) {
        return of(documents, d -> true);
    }

    public static HsnSummary of(Collection<GstDocumentFact> documents, Predicate<GstDocumentFact> which) {
        Map<String, Row> rows = new TreeMap<>();
        documents.stream().filter(d -> !d.cancelled()).filter(which)
                .sorted(Comparator.comparing(GstDocumentFact::registerKey)).forEach(d -> {
                    int sign = d.invoice() ? 1 : -1;
                    for (GstLine l : d.lines()) {
                        String hsn = l.hsn() == null ? "" : l.hsn();
                        String uqc = GstRules.uqc(l.hsn(), l.uqc());
                        String key = hsn + "|" + uqc + "|" + String.format(java.util.Locale.ROOT, "%08.3f", l.rate());
                        Row was = rows.get(key);
                        Row add = new Row(hsn, l.description(), uqc, l.rate(), l.quantity().multiply(BigDecimal.valueOf(sign)),
                                sign * l.taxable(), sign * l.cgst(), sign * l.sgst(), sign * l.igst(), sign * l.cess());
                        rows.put(key, was == null ? add : new Row(hsn, was.description() != null ? was.description()
                                : l.description(), uqc, l.rate(), was.quantity().add(add.quantity()),
                                was.taxable() + add.taxable(), was.cgst() + add.cgst(), was.sgst() + add.sgst(),
                                was.igst() + add.igst(), was.cess() + add.cess()));
                    }
                });
        return new HsnSummary(new ArrayList<>(rows.values()));
    }

    /** GSTR-1's rows, numbered from 1. */
    public List<Gstr1.HsnRow> gstr1Rows() {
        List<Gstr1.HsnRow> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new Gstr1.HsnRow(out.size() + 1, r.hsn(), r.description(), r.uqc(), GstLine.plain(r.quantity()),
                    r.rate(), GstRules.rupees(r.taxable()), GstRules.rupees(r.igst()), GstRules.rupees(r.cgst()),
                    GstRules.rupees(r.sgst()), GstRules.rupees(r.cess())));
        }
        return out;
    }
}
