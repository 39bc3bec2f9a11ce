package dev.bahi.identity.adapter.out.persistence;

import dev.bahi.identity.api.Role;
import dev.bahi.identity.api.UserPage;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.api.UserView;
import dev.bahi.identity.application.port.out.UserReadModel;
import dev.bahi.platform.runtime.mongo.CursorPage;
import dev.bahi.platform.runtime.mongo.TenantKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

/** Users keyed {@code <tenantId>:<userId>}; lists read in id order within the tenant. */
public final class MongoUserReadModel implements UserReadModel {
    static final String COLLECTION = "users";

    @Document(COLLECTION)
    record UserDocument(@Id String id, String tenantId, String userId, String name, String email, String phone,
                        Role role, UserStatus status, List<UserView.Device> devices, Instant registeredAt) {
        static UserDocument of(UserView u) {
            return new UserDocument(TenantKeys.id(u.tenantId(), u.userId()), u.tenantId(), u.userId(), u.name(),
                    u.email(), u.phone(), u.role(), u.status(), u.devices(), u.registeredAt());
        }

        UserView toView() {
            return new UserView(userId, tenantId, name, email, phone, role, status,
                    devices == null ? List.of() : devices, registeredAt);
        }
    }

    private final MongoTemplate mongo;

    public MongoUserReadModel(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).ensureIndex(TenantKeys.index("tenant_user", "userId"));
    }

    @Override
    public void save(UserView user) {
        mongo.save(UserDocument.of(user));
    }

    @Override
    public void update(String tenantId, String userId, UnaryOperator<UserView> change) {
        find(tenantId, userId).ifPresent(user -> save(change.apply(user)));
    }

    @Override
    public Optional<UserView> find(String tenantId, String userId) {
        return Optional.ofNullable(mongo.findById(TenantKeys.id(tenantId, userId), UserDocument.class))
                .map(UserDocument::toView);
    }

    @Override
    public UserPage list(String tenantId, Integer limit, String cursor) {
        CursorPage<UserView> page = CursorPage.read(mongo, TenantKeys.tenant(tenantId), UserDocument.class,
                UserDocument::id, UserDocument::toView, limit, cursor);
        return new UserPage(page.items(), page.nextCursor());
    }

    @Override
    public void clear() {
        mongo.remove(new Query(), UserDocument.class);
    }
}
