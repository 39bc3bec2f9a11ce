package dev.bahi.sales.adapter.out.persistence;

import com.mongodb.client.gridfs.model.GridFSFile;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import dev.bahi.sales.application.port.out.DocumentFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/**
 * Documents in GridFS (bucket {@code documents} of {@code bahi_sales}), named {@code <tenantId>:<key>} with the
 * tenant in their metadata, so that a lookup can only find the asking shop's file.
 */
public final class GridFsDocumentFiles implements DocumentFiles {
    static final String BUCKET = "documents";

    private final GridFsTemplate files;

    public GridFsDocumentFiles(MongoTemplate mongo) {
        this.files = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(), BUCKET);
    }

    @Override
    public Optional<byte[]> find(String tenantId, String key) {
        GridFSFile file = files.findOne(byName(tenantId, key));
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = files.getResource(file).getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void store(String tenantId, String key, String contentType, byte[] content) {
        if (files.findOne(byName(tenantId, key)) != null) {
            return;
        }
        files.store(new ByteArrayInputStream(content), TenantKeys.id(tenantId, key), contentType,
                new Document("tenantId", tenantId).append("key", key));
    }

    private static Query byName(String tenantId, String key) {
        return Query.query(Criteria.where("filename").is(TenantKeys.id(tenantId, key))
                .and("metadata.tenantId").is(tenantId)).limit(1);
    }
}
