package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * GSTR-1 in the GST offline tool's JSON layout (india-retail.md §6): component names are the portal's keys, amounts
 * rupees with two decimals. A section without entries is null (left out of the JSON).
 */
public record Gstr1(String gstin, String fp, List<B2b> b2b, List<B2cl> b2cl, List<B2cs> b2cs, List<Cdnr> cdnr,
                    List<Cdnur> cdnur, Nil nil, Map<String, List<HsnRow>> hsn, DocIssue doc_issue) {

    /** Invoices to one registered buyer. */
    public record B2b(String ctin, List<Invoice> inv) {
    }

    /** A B2B invoice; {@code itms} one per tax rate. */
    public record Invoice(String inum, String idt, BigDecimal val, String pos, String rchrg, String inv_typ,
                          List<Item> itms) {
    }

    /** Large inter-state B2C invoices to one place of supply. */
    public record B2cl(String pos, List<B2clInvoice> inv) {
    }

    public record B2clInvoice(String inum, String idt, BigDecimal val, List<Item> itms) {
    }

    /** Other B2C supplies, summed per supply type, place of supply and rate, net of their credit notes. */
    public record B2cs(String sply_ty, String pos, String typ, BigDecimal rt, BigDecimal txval, BigDecimal iamt,
                       BigDecimal camt, BigDecimal samt, BigDecimal csamt) {
    }

    /** Credit notes to one registered buyer. */
    public record Cdnr(String ctin, List<Note> nt) {
    }

    public record Note(String ntty, String nt_num, String nt_dt, BigDecimal val, String pos, String rchrg,
                       String inv_typ, List<Item> itms) {
    }

    /** A credit note to an unregistered buyer against a B2CL invoice. */
    public record Cdnur(String typ, String ntty, String nt_num, String nt_dt, BigDecimal val, String pos,
                        List<Item> itms) {
    }

    /** One rate of a document: {@code num} from 1. */
    public record Item(int num, ItemDetail itm_det) {
    }

    /** IGST for inter-state supplies, CGST and SGST within the state (the other tax is null, left out). */
    public record ItemDetail(BigDecimal rt, BigDecimal txval, BigDecimal iamt, BigDecimal camt, BigDecimal samt,
                             BigDecimal csamt) {
    }

    /** Nil-rated and exempt supplies (0% lines), per supply type. */
    public record Nil(List<NilRow> inv) {
    }

    public record NilRow(String sply_ty, BigDecimal nil_amt, BigDecimal expt_amt, BigDecimal ngsup_amt) {
    }

    /** One row of the HSN summary: per HSN, unit and rate. */
    public record HsnRow(int num, String hsn_sc, String desc, String uqc, BigDecimal qty, BigDecimal rt,
                         BigDecimal txval, BigDecimal iamt, BigDecimal camt, BigDecimal samt, BigDecimal csamt) {
    }

    public record DocIssue(List<DocDet> doc_det) {
    }

    /** {@code doc_num} 1 invoices, 5 credit notes. */
    public record DocDet(int doc_num, List<Doc> docs) {
    }

    /** One series' documents of the period: first and last number, how many, how many cancelled. */
    public record Doc(int num, String from, String to, int totnum, int cancel, int net_issue) {
    }
}
