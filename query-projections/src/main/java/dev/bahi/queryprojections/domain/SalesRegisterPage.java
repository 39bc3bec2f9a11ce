package dev.bahi.queryprojections.domain;

import java.util.List;

/** One page of the sales register in register order; {@code nextCursor} is null on the last page. */
public record SalesRegisterPage(List<GstDocumentFact> documents, String nextCursor) {
}
