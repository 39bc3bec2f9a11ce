package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.queryprojections.domain.Gstr1;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GSTR-1 as tables, one per section (b2b, b2cl, b2cs, cdnr, cdnur, nil, hsn, docs), with header rows in the words of
 * the GST offline tool's sheets; one row per item (rate) of a document. Cells are text or {@link BigDecimal}s.
 */
final class GstrTables {
    static final List<String> SECTIONS = List.of("b2b", "b2cl", "b2cs", "cdnr", "cdnur", "nil", "hsn", "docs");

    /** One sheet: its header and rows. */
    record Table(List<String> header, List<List<Object>> rows) {
    }

    private GstrTables() {
    }

    static Map<String, Table> of(Gstr1 r) {
        Map<String, Table> tables = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        for (Gstr1.B2b b : list(r.b2b())) {
            for (Gstr1.Invoice i : b.inv()) {
                for (Gstr1.Item it : i.itms()) {
                    rows.add(row(b.ctin(), i.inum(), i.idt(), i.val(), i.pos(), i.rchrg(), i.inv_typ(),
                            it.itm_det().rt(), it.itm_det().txval(), it.itm_det().iamt(), it.itm_det().camt(),
                            it.itm_det().samt(), it.itm_det().csamt()));
                }
            }
        }
        tables.put("b2b", new Table(List.of("GSTIN/UIN of Recipient", "Invoice Number", "Invoice date",
                "Invoice Value", "Place Of Supply", "Reverse Charge", "Invoice Type", "Rate", "Taxable Value",
                "Integrated Tax Amount", "Central Tax Amount", "State/UT Tax Amount", "Cess Amount"), rows));

        rows = new ArrayList<>();
        for (Gstr1.B2cl b : list(r.b2cl())) {
            for (Gstr1.B2clInvoice i : b.inv()) {
                for (Gstr1.Item it : i.itms()) {
                    rows.add(row(i.inum(), i.idt(), i.val(), b.pos(), it.itm_det().rt(), it.itm_det().txval(),
                            it.itm_det().iamt(), it.itm_det().csamt()));
                }
            }
        }
        tables.put("b2cl", new Table(List.of("Invoice Number", "Invoice date", "Invoice Value", "Place Of Supply",
                "Rate", "Taxable Value", "Integrated Tax Amount", "Cess Amount"), rows));

        rows = new ArrayList<>();
        for (Gstr1.B2cs b : list(r.b2cs())) {
            rows.add(row(b.typ(), b.pos(), b.sply_ty(), b.rt(), b.txval(), b.iamt(), b.camt(), b.samt(), b.csamt()));
        }
        tables.put("b2cs", new Table(List.of("Type", "Place Of Supply", "Supply Type", "Rate", "Taxable Value",
                "Integrated Tax Amount", "Central Tax Amount", "State/UT Tax Amount", "Cess Amount"), rows));

        rows = new ArrayList<>();
        for (Gstr1.Cdnr c : list(r.cdnr())) {
            for (Gstr1.Note n : c.nt()) {
                for (Gstr1.Item it : n.itms()) {
                    rows.add(row(c.ctin(), n.nt_num(), n.nt_dt(), n.ntty(), n.pos(), n.rchrg(), n.val(),
                            it.itm_det().rt(), it.itm_det().txval(), it.itm_det().iamt(), it.itm_det().camt(),
                            it.itm_det().samt(), it.itm_det().csamt()));
                }
            }
        }
        tables.put("cdnr", new Table(List.of("GSTIN/UIN of Recipient", "Note Number", "Note Date", "Note Type",
                "Place Of Supply", "Reverse Charge", "Note Value", "Rate", "Taxable Value", "Integrated Tax Amount",
                "Central Tax Amount", "State/UT Tax Amount", "Cess Amount"), rows));

        rows = new ArrayList<>();
        for (Gstr1.Cdnur c : list(r.cdnur())) {
            for (Gstr1.Item it : c.itms()) {
                rows.add(row(c.typ(), c.nt_num(), c.nt_dt(), c.ntty(), c.pos(), c.val(), it.itm_det().rt(),
                        it.itm_det().txval(), it.itm_det().iamt(), it.itm_det().csamt()));
            }
        }
        tables.put("cdnur", new Table(List.of("UR Type", "Note Number", "Note Date", "Note Type", "Place Of Supply",
                "Note Value", "Rate", "Taxable Value", "Integrated Tax Amount", "Cess Amount"), rows));

        rows = new ArrayList<>();
        for (Gstr1.NilRow n : r.nil() == null ? List.<Gstr1.NilRow>of() : r.nil().inv()) {
            rows.add(row(n.sply_ty(), n.nil_amt(), n.expt_amt(), n.ngsup_amt()));
        }
        tables.put("nil", new Table(List.of("Supply Type", "Nil Rated Supplies", "Exempted (other than nil rated/non "
                + "GST supply)", "Non-GST Supplies"), rows));

        rows = new ArrayList<>();
        if (r.hsn() != null) {
            for (Map.Entry<String, List<Gstr1.HsnRow>> tab : r.hsn().entrySet()) {
                String type = switch (tab.getKey()) {
                    case "hsn_b2b" -> "B2B";
                    case "hsn_b2c" -> "B2C";
                    default -> "ALL";
                };
                for (Gstr1.HsnRow h : tab.getValue()) {
                    rows.add(row(type, h.hsn_sc(), h.desc(), h.uqc(), h.qty(), h.rt(), h.txval(), h.iamt(), h.camt(),
                            h.samt(), h.csamt()));
                }
            }
        }
        tables.put("hsn", new Table(List.of("Type", "HSN", "Description", "UQC", "Total Quantity", "Rate",
                "Taxable Value", "Integrated Tax Amount", "Central Tax Amount", "State/UT Tax Amount", "Cess Amount"),
                rows));

        rows = new ArrayList<>();
        if (r.doc_issue() != null) {
            for (Gstr1.DocDet det : r.doc_issue().doc_det()) {
                String nature = det.doc_num() == 1 ? "Invoices for outward supply" : "Credit Note";
                for (Gstr1.Doc d : det.docs()) {
                    rows.add(row(nature, d.from(), d.to(), BigDecimal.valueOf(d.totnum()),
                            BigDecimal.valueOf(d.cancel()), BigDecimal.valueOf(d.net_issue())));
                }
            }
        }
        tables.put("docs", new Table(List.of("Nature of Document", "Sr. No. From", "Sr. No. To", "Total Number",
                "Cancelled", "Net Issued"), rows));
        return tables;
    }

    private static <T> List<T> list(List<T> section) {
        return section == null ? List.of() : section;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
