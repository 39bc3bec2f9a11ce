package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds GSTR-1 and GSTR-3B Table 3.1 for a period from the register's documents dated in it (india-retail.md §6).
 *
 * <ul>
 *   <li>Invoices that are not cancelled: to a GSTIN → {@code b2b}; inter-state to an unregistered buyer above the
 *   B2CL threshold at the invoice's date → {@code b2cl}; all other tax invoices → {@code b2cs}.</li>
 *   <li>Credit notes: to a GSTIN → {@code cdnr}; against a B2CL invoice → {@code cdnur} (typ B2CL); others are
 *   subtracted from the {@code b2cs} row of their supply type, place of supply and rate.</li>
 *   <li>0% lines are nil-rated/exempt: {@code nil} (credit notes subtract), never in the rated sections' items.</li>
 *   <li>{@code hsn}: every line, credit notes subtracted; B2B and B2C tabs from May 2025, one {@code data} list
 *   before.</li>
 *   <li>{@code doc_issue}: per series, the first and last number of the period, how many, how many cancelled
 *   (cancelled documents keep their numbers and are left out of every other section).</li>
 *   <li>Bills of supply (a shop that was on the composition scheme earlier) are counted in {@code doc_issue} and
 *   {@code hsn} only.</li>
 * </ul>
 */
public final class Gstr1Builder {
    static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("MMyyyy");
    static final String INTRA = "INTRA";
    static final String INTER = "INTER";

    private Gstr1Builder() {
    }

    public static String fp(YearMonth period) {
        return period.format(PERIOD);
    }

    public static String portalDate(String isoDate) {
        return LocalDate.parse(isoDate).format(PORTAL_DATE);
    }

    public static Gstr1 gstr1(String gstin, YearMonth period, Collection<GstDocumentFact> all) {
        List<GstDocumentFact> documents = inPeriod(period, all);
        List<GstDocumentFact> live = documents.stream().filter(d -> !d.cancelled() && d.taxInvoice()).toList();

        Map<String, List<Gstr1.Invoice>> b2b = new TreeMap<>();
        Map<String, List<Gstr1.B2clInvoice>> b2cl = new TreeMap<>();
        Map<String, long[]> b2cs = new TreeMap<>();
        Map<String, List<Gstr1.Note>> cdnr = new TreeMap<>();
        List<Gstr1.Cdnur> cdnur = new ArrayList<>();
        Map<String, Long> nil = new LinkedHashMap<>();
        for (String type : List.of("INTRB2B", "INTRAB2B", "INTRB2C", "INTRAB2C")) {
            nil.put(type, 0L);
        }

        for (GstDocumentFact d : live) {
            int sign = d.invoice() ? 1 : -1;
            String nilType = (d.interState() ? "INTRB2" : "INTRAB2") + (d.registeredBuyer() ? "B" : "C");
            d.lines().stream().filter(GstLine::nilRated).forEach(l -> nil.merge(nilType, sign * l.taxable(), Long::sum));
            List<Gstr1.Item> items = items(d);
            if (d.invoice()) {
                if (d.registeredBuyer()) {
                    if (!items.isEmpty()) {
                        b2b.computeIfAbsent(d.buyerGstin(), k -> new ArrayList<>()).add(new Gstr1.Invoice(d.number(),
                                portalDate(d.date()), GstRules.rupees(d.total()), d.placeOfSupply(), "N", "R", items));
                    }
                } else if (d.largeInterStateB2c()) {
                    if (!items.isEmpty()) {
                        b2cl.computeIfAbsent(d.placeOfSupply(), k -> new ArrayList<>()).add(new Gstr1.B2clInvoice(
                                d.number(), portalDate(d.date()), GstRules.rupees(d.total()), items));
                    }
                } else {
                    addB2cs(b2cs, d, 1);
                }
            } else if (d.registeredBuyer()) {
                if (!items.isEmpty()) {
                    cdnr.computeIfAbsent(d.buyerGstin(), k -> new ArrayList<>()).add(new Gstr1.Note("C", d.number(),
                            portalDate(d.date()), GstRules.rupees(d.total()), d.placeOfSupply(), "N", "R", items));
                }
            } else if (d.largeInterStateB2c()) {
                if (!items.isEmpty()) {
                    cdnur.add(new Gstr1.Cdnur("B2CL", "C", d.number(), portalDate(d.date()),
                            GstRules.rupees(d.total()), d.placeOfSupply(), items));
                }
            } else {
                addB2cs(b2cs, d, -1);
            }
        }

        List<Gstr1.B2cs> b2csRows = new ArrayList<>();
        b2cs.forEach((key, a) -> {
            if (a[0] == 0 && a[1] == 0 && a[2] == 0 && a[3] == 0 && a[4] == 0) {
                return;
            }
            String[] parts = key.split("\\|");
            boolean inter = INTER.equals(parts[0]);
            b2csRows.add(new Gstr1.B2cs(parts[0], parts[1], "OE", GstLine.plain(new BigDecimal(parts[2])),
                    GstRules.rupees(a[0]), inter ? GstRules.rupees(a[1]) : null,
                    inter ? null : GstRules.rupees(a[2]), inter ? null : GstRules.rupees(a[3]),
                    GstRules.rupees(a[4])));
        });
        List<Gstr1.NilRow> nilRows = nil.entrySet().stream().filter(e -> e.getValue() != 0)
                .map(e -> new Gstr1.NilRow(e.getKey(), GstRules.rupees(0), GstRules.rupees(e.getValue()),
                        GstRules.rupees(0))).toList();

        return new Gstr1(gstin, fp(period),
                orNull(b2b.entrySet().stream().map(e -> new Gstr1.B2b(e.getKey(), e.getValue())).toList()),
                orNull(b2cl.entrySet().stream().map(e -> new Gstr1.B2cl(e.getKey(), e.getValue())).toList()),
                orNull(b2csRows),
                orNull(cdnr.entrySet().stream().map(e -> new Gstr1.Cdnr(e.getKey(), e.getValue())).toList()),
                orNull(cdnur), nilRows.isEmpty() ? null : new Gstr1.Nil(nilRows), hsn(period, documents),
                docIssue(documents));
    }

    /** Table 3.1 from the same documents: rated supplies net of credit notes, nil-rated and exempt apart. */
    public static Gstr3b gstr3b(String gstin, YearMonth period, Collection<GstDocumentFact> all) {
        long[] rated = new long[5];
        long[] nil = new long[5];
        for (GstDocumentFact d : inPeriod(period, all)) {
            if (d.cancelled() || !d.taxInvoice()) {
                continue;
            }
            int sign = d.invoice() ? 1 : -1;
            for (GstLine l : d.lines()) {
                long[] into = l.nilRated() ? nil : rated;
                into[0] += sign * l.taxable();
                into[1] += sign * l.igst();
                into[2] += sign * l.cgst();
                into[3] += sign * l.sgst();
                into[4] += sign * l.cess();
            }
        }
        long[] none = new long[5];
        return new Gstr3b(gstin, fp(period), new Gstr3b.SupDetails(Gstr3b.Amounts.of(rated), Gstr3b.Amounts.of(none),
                Gstr3b.Amounts.of(nil), Gstr3b.Amounts.of(none), Gstr3b.Amounts.of(none)), false,
                "Bahi records outward supplies only: inward supplies liable to reverse charge (3.1(d)) and input tax "
                        + "credit are not tracked and show as zeros; zero-rated (exports, SEZ) and non-GST outward "
                        + "supplies are not made through Bahi. Outward supplies are net of credit notes dated in the "
                        + "period.");
    }

    private static List<GstDocumentFact> inPeriod(YearMonth period, Collection<GstDocumentFact> all) {
        return all.stream().filter(d -> YearMonth.from(d.localDate()).equals(period))
                .sorted(Comparator.comparing(GstDocumentFact::registerKey)).toList();
    }

    /** One item per rate above zero, rates ascending, numbered from 1. */
    private static List<Gstr1.Item> items(GstDocumentFact d) {
        Map<BigDecimal, long[]> byRate = new TreeMap<>();
        for (GstLine l : d.lines()) {
            if (l.nilRated()) {
                continue;
            }
            long[] a = byRate.computeIfAbsent(l.rate(), r -> new long[5]);
            a[0] += l.taxable();
            a[1] += l.igst();
            a[2] += l.cgst();
            a[3] += l.sgst();
            a[4] += l.cess();
        }
        List<Gstr1.Item> items = new ArrayList<>();
        byRate.forEach((rate, a) -> items.add(new Gstr1.Item(items.size() + 1, new Gstr1.ItemDetail(rate,
                GstRules.rupees(a[0]), d.interState() ? GstRules.rupees(a[1]) : null,
                d.interState() ? null : GstRules.rupees(a[2]), d.interState() ? null : GstRules.rupees(a[3]),
                GstRules.rupees(a[4])))));
        return items;
    }

    private static void addB2cs(Map<String, long[]> b2cs, GstDocumentFact d, int sign) {
        for (GstLine l : d.lines()) {
            if (l.nilRated()) {
                continue;
            }
            String key = (d.interState() ? INTER : INTRA) + "|" + d.placeOfSupply() + "|"
                    + String.format(java.util.Locale.ROOT, "%08.3f", l.rate());
            long[] a = b2cs.computeIfAbsent(key, k -> new long[5]);
            a[0] += sign * l.taxable();
            a[1] += sign * l.igst();
            a[2] += sign * l.cgst();
            a[3] += sign * l.sgst();
            a[4] += sign * l.cess();
        }
    }

    private static Map<String, List<Gstr1.HsnRow>> hsn(YearMonth period, List<GstDocumentFact> documents) {
        Map<String, List<Gstr1.HsnRow>> hsn = new LinkedHashMap<>();
        if (period.isBefore(GstRules.HSN_SPLIT_FROM)) {
            List<Gstr1.HsnRow> rows = HsnSummary.of(documents).gstr1Rows();
            if (!rows.isEmpty()) {
                hsn.put("data", rows);
            }
        } else {
            List<Gstr1.HsnRow> b2b = HsnSummary.of(documents, GstDocumentFact::registeredBuyer).gstr1Rows();
            List<Gstr1.HsnRow> b2c = HsnSummary.of(documents, d -> !d.registeredBuyer()).gstr1Rows();
            if (!b2b.isEmpty()) {
                hsn.put("hsn_b2b", b2b);
            }
            if (!b2c.isEmpty()) {
                hsn.put("hsn_b2c", b2c);
            }
        }
        return hsn.isEmpty() ? null : hsn;
    }

    private static Gstr1.DocIssue docIssue(List<GstDocumentFact> documents) {
        List<Gstr1.DocDet> details = new ArrayList<>();
        for (GstDocumentFact.Kind kind : GstDocumentFact.Kind.values()) {
            Map<String, List<GstDocumentFact>> bySeries = new TreeMap<>();
            documents.stream().filter(d -> d.kind() == kind)
                    .forEach(d -> bySeries.computeIfAbsent(series(d.number()), k -> new ArrayList<>()).add(d));
            List<Gstr1.Doc> docs = new ArrayList<>();
            bySeries.values().forEach(list -> {
                List<GstDocumentFact> ordered = list.stream().sorted(Comparator
                        .comparing((GstDocumentFact d) -> d.sequence() == null ? Long.MAX_VALUE : d.sequence())
                        .thenComparing(GstDocumentFact::number)).toList();
                int cancelled = (int) ordered.stream().filter(GstDocumentFact::cancelled).count();
                docs.add(new Gstr1.Doc(docs.size() + 1, ordered.get(0).number(),
                        ordered.get(ordered.size() - 1).number(), ordered.size(), cancelled,
                        ordered.size() - cancelled));
            });
            if (!docs.isEmpty()) {
                details.add(new Gstr1.DocDet(kind == GstDocumentFact.Kind.INVOICE ? 1 : 5, docs));
            }
        }
        return details.isEmpty() ? null : new Gstr1.DocIssue(details);
    }

    /** "INV/26-27/000123" → "INV/26-27/": the number without its running digits. */
    static String series(String number) {
        int end = number.length();
        while (end > 0 && Character.isDigit(number.charAt(end - 1))) {
            end--;
        }
        return number.substring(0, end);
    }

    private static <T> List<T> orNull(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
