package dev.bahi.queryprojections.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GSTR-1 and GSTR-3B from hand-made register documents: every section, the thresholds, the schema. */
class Gstr1BuilderTest {
    static final String GSTIN = "29AAGCB7383J1Z4";
    static final String BUYER = "33AAGCB7383J1ZF";
    static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    static GstLine intra(String hsn, String rate, long taxable, long cgst, long sgst) {
        return new GstLine(hsn, "Item " + hsn, "PCS", BigDecimal.ONE, new BigDecimal(rate), taxable, cgst, sgst, 0, 0);
    }

    static GstLine inter(String hsn, String rate, long taxable, long igst) {
        return new GstLine(hsn, "Item " + hsn, "PCS", new BigDecimal("2"), new BigDecimal(rate), taxable, 0, 0, igst,
                0);
    }

    static GstDocumentFact invoice(String id, String number, String date, String gstin, String pos, boolean inter,
                                   long total, GstLine... lines) {
        return doc(GstDocumentFact.Kind.INVOICE, id, number, date, gstin, pos, inter, total, null, null, 0, lines);
    }

    static GstDocumentFact note(String id, String number, String date, GstDocumentFact of, long total,
                                GstLine... lines) {
        return doc(GstDocumentFact.Kind.CREDIT_NOTE, id, number, date, of.buyerGstin(), of.placeOfSupply(),
                of.interState(), total, of.number(), of.date(), of.total(), lines);
    }

    static GstDocumentFact doc(GstDocumentFact.Kind kind, String id, String number, String date, String gstin,
                               String pos, boolean inter, long total, String original, String originalDate,
                               long originalValue, GstLine... lines) {
        long taxable = 0, cgst = 0, sgst = 0, igst = 0;
        for (GstLine l : lines) {
            taxable += l.taxable();
            cgst += l.cgst();
            sgst += l.sgst();
            igst += l.igst();
        }
        return new GstDocumentFact("shop", id, "sale-" + id, kind, number, date, "TAX_INVOICE", "Buyer", gstin, pos,
                inter, List.of(lines), taxable, cgst, sgst, igst, 0, total, original, originalDate, originalValue,
                false, null);
    }

    static final GstDocumentFact B2B = invoice("1", "INV/26-27/000001", "2026-11-03", BUYER, "33", true, 10822_00,
            inter("9401", "18", 4275_00, 769_50), inter("8516", "18", 4896_00, 881_28));
    static final GstDocumentFact B2CL = invoice("2", "INV/26-27/000002", "2026-11-04", null, "27", true, 118000_00,
            inter("8471", "18", 100000_00, 18000_00));
    static final GstDocumentFact JUST_BELOW = invoice("3", "INV/26-27/000003", "2026-11-05", null, "27", true,
            100000_00, inter("8471", "18", 84745_76, 15254_24));
    static final GstDocumentFact COUNTER = invoice("4", "INV/26-27/000004", "2026-11-06", null, "29", false, 790_00,
            intra("1101", "5", 542_86, 13_57, 13_57), intra("0713", "0", 62_00, 0, 0),
            intra("3401", "18", 142_37, 12_81, 12_82));
    static final List<GstDocumentFact> MONTH = List.of(B2B, B2CL, JUST_BELOW, COUNTER,
            note("r1", "CN/26-27/0000001", "2026-11-20", B2B, 1180_00, inter("9401", "18", 1000_00, 180_00)),
            note("r2", "CN/26-27/0000002", "2026-11-21", B2CL, 11800_00, inter("8471", "18", 10000_00, 1800_00)),
            note("r3", "CN/26-27/0000003", "2026-11-22", COUNTER, 285_00, intra("1101", "5", 271_43, 6_78, 6_79)),
            invoice("5", "INV/26-27/000005", "2026-12-01", null, "29", false, 100_00,
                    intra("1101", "5", 95_24, 2_38, 2_38)));

    @Test
    void every_document_goes_to_its_section_and_credit_notes_reduce_theirs() {
        Gstr1 r = Gstr1Builder.gstr1(GSTIN, YearMonth.of(2026, 11), MONTH);

        assertThat(r.fp()).isEqualTo("112026");
        assertThat(r.b2b()).hasSize(1);
        Gstr1.Invoice inv = r.b2b().get(0).inv().get(0);
        assertThat(inv.idt()).isEqualTo("03-11-2026");
        assertThat(inv.val()).isEqualByComparingTo("10822.00");
        assertThat(inv.itms()).hasSize(1);
        assertThat(inv.itms().get(0).itm_det().txval()).isEqualByComparingTo("9171.00");
        assertThat(inv.itms().get(0).itm_det().iamt()).isEqualByComparingTo("1650.78");
        assertThat(inv.itms().get(0).itm_det().camt()).isNull();

        assertThat(r.b2cl()).extracting(Gstr1.B2cl::pos).containsExactly("27");
        assertThat(r.b2cl().get(0).inv()).extracting(Gstr1.B2clInvoice::inum).containsExactly("INV/26-27/000002");

        assertThat(r.b2cs()).extracting(b -> b.sply_ty() + " " + b.pos() + " " + b.rt() + " " + b.txval())
                .containsExactly("INTER 27 18 84745.76", "INTRA 29 5 271.43", "INTRA 29 18 142.37");
        assertThat(r.cdnr().get(0).nt().get(0).nt_num()).isEqualTo("CN/26-27/0000001");
        assertThat(r.cdnur()).extracting(Gstr1.Cdnur::typ, Gstr1.Cdnur::nt_num)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B2CL", "CN/26-27/0000002"));
        assertThat(r.nil().inv()).extracting(Gstr1.NilRow::sply_ty).containsExactly("INTRAB2C");
        assertThat(r.nil().inv().get(0).expt_amt()).isEqualByComparingTo("62.00");

        assertThat(r.hsn().keySet()).containsExactly("hsn_b2b", "hsn_b2c");
        assertThat(r.hsn().get("hsn_b2b")).extracting(Gstr1.HsnRow::hsn_sc).containsExactly("8516", "9401");
        Gstr1.HsnRow chairs = r.hsn().get("hsn_b2b").get(1);
        assertThat(chairs.txval()).isEqualByComparingTo("3275.00");
        assertThat(chairs.qty()).isEqualByComparingTo("0");
        assertThat(r.hsn().get("hsn_b2c")).extracting(Gstr1.HsnRow::hsn_sc)
                .containsExactly("0713", "1101", "3401", "8471");

        List<Gstr1.DocDet> docs = r.doc_issue().doc_det();
        assertThat(docs).extracting(Gstr1.DocDet::doc_num).containsExactly(1, 5);
        assertThat(docs.get(0).docs().get(0)).isEqualTo(new Gstr1.Doc(1, "INV/26-27/000001", "INV/26-27/000004", 4,
                0, 4));
        assertThat(docs.get(1).docs().get(0)).isEqualTo(new Gstr1.Doc(1, "CN/26-27/0000001", "CN/26-27/0000003", 3,
                0, 3));
    }

    @Test
    void gstr3b_is_gstr1_net_of_credit_notes() {
        Gstr3b b = Gstr1Builder.gstr3b(GSTIN, YearMonth.of(2026, 11), MONTH);
        long rated = 9171_00 + 100000_00 + 84745_76 + 542_86 + 142_37 - 1000_00 - 10000_00 - 271_43;
        assertThat(b.sup_details().osup_det().txval()).isEqualByComparingTo(GstRules.rupees(rated));
        assertThat(b.sup_details().osup_det().iamt()).isEqualByComparingTo(
                GstRules.rupees(1650_78 + 18000_00 + 15254_24 - 180_00 - 1800_00));
        assertThat(b.sup_details().osup_det().camt()).isEqualByComparingTo(GstRules.rupees(13_57 + 12_81 - 6_78));
        assertThat(b.sup_details().osup_nil_exmp().txval()).isEqualByComparingTo("62.00");
        assertThat(b.sup_details().isup_rev().txval()).isEqualByComparingTo("0.00");
        assertThat(b.inwardSuppliesTracked()).isFalse();
    }

    @Test
    void the_b2cl_threshold_was_two_and_a_half_lakh_before_august_2024_and_hsn_was_one_list_before_may_2025() {
        GstDocumentFact july = invoice("9", "INV/24-25/000009", "2024-07-31", null, "27", true, 200000_00,
                inter("8471", "18", 169491_53, 30508_47));
        GstDocumentFact august = invoice("10", "INV/24-25/000010", "2024-08-01", null, "27", true, 200000_00,
                inter("8471", "18", 169491_53, 30508_47));
        assertThat(Gstr1Builder.gstr1(GSTIN, YearMonth.of(2024, 7), List.of(july)).b2cl()).isNull();
        Gstr1 aug = Gstr1Builder.gstr1(GSTIN, YearMonth.of(2024, 8), List.of(august));
        assertThat(aug.b2cl()).hasSize(1);
        assertThat(aug.hsn().keySet()).containsExactly("data");
    }

    @Test
    void the_json_keeps_the_portal_keys_and_passes_the_schema() throws Exception {
        JsonNode json = JSON.valueToTree(Gstr1Builder.gstr1(GSTIN, YearMonth.of(2026, 11), MONTH));
        assertThat(json.path("b2b").get(0).path("inv").get(0).path("itms").get(0).path("itm_det").path("rt").asText())
                .isEqualTo("18");
        assertThat(json.path("b2b").get(0).path("inv").get(0).path("val").decimalValue())
                .isEqualByComparingTo("10822.00");
        try (InputStream schema = getClass().getResourceAsStream("/gstr1.schema.json")) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
            Set<ValidationMessage> errors = validator.validate(json);
            assertThat(errors).isEmpty();
            JsonNode broken = JSON.readTree(json.toString().replace("\"fp\":\"112026\"", "\"fp\":\"132026\""));
            assertThat(validator.validate(broken)).isNotEmpty();
        }
        assertThat(JSON.valueToTree(Gstr1Builder.gstr1(GSTIN, YearMonth.of(2026, 10), MONTH)).toString())
                .isEqualTo("{\"gstin\":\"" + GSTIN + "\",\"fp\":\"102026\"}");
    }
}
