package dev.bahi.platform.runtime.mongo;

import dev.bahi.platform.kernel.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One page of a list, read in {@code _id} order after an opaque cursor. Used by every paged endpoint
 * ({@code ?limit=&cursor=}); {@code nextCursor} is null on the last page.
 */
public record CursorPage<T>(List<T> items, String nextCursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static <D, T> CursorPage<T> read(MongoTemplate template, Criteria criteria, Class<D> documentType,
                                            Function<D, String> idOf, Function<D, T> mapper,
                                            Integer limit, String cursor) {
        int size = limit(limit);
        Criteria where = criteria;
        if (cursor != null && !cursor.isBlank()) {
            where = new Criteria().andOperator(criteria, Criteria.where("_id").gt(decode(cursor)));
        }
        Query query = new Query(where).with(Sort.by("_id")).limit(size + 1);
        List<D> documents = template.find(query, documentType);
        boolean more = documents.size() > size;
        List<D> page = more ? documents.subList(0, size) : documents;
        String next = more ? encode(idOf.apply(page.get(page.size() - 1))) : null;
        return new CursorPage<>(page.stream().map(mapper).toList(), next);
    }

    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RuleViolation("LIMIT_INVALID", "limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("CURSOR_INVALID", "cursor", "cursor is not one this API handed out");
        }
    }
}
