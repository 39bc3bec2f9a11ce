package dev.bahi.platform.runtime.security;

import dev.bahi.platform.runtime.BahiProperties;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.EcPrivateJwk;
import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ES256 key that signs access tokens. Production passes a private JWK in {@code bahi.jwt.signing-jwk};
 * in development one is generated once and kept in the data directory so tokens survive a restart.
 */
public final class SigningKeys {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    static final String KEY_FILE = "jwt-signing-key.jwk.json";

    private final EcPrivateJwk privateJwk;

    SigningKeys(EcPrivateJwk privateJwk) {
        this.privateJwk = privateJwk;
    }

    public static SigningKeys from(BahiProperties properties) {
        String configured = properties.jwt().signingJwk();
        if (configured != null && !configured.isBlank()) {
            return new SigningKeys(parse(configured));
        }
        return fromFile(properties.dataDir().resolve(KEY_FILE));
    }

    static SigningKeys fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return new SigningKeys(parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            java.security.KeyPair pair = Jwts.SIG.ES256.keyPair().build();
            EcPrivateJwk jwk = Jwks.builder().ecKeyPair(pair).idFromThumbprint().build();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Jwks.UNSAFE_JSON(jwk), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own permissions have to do
            }
            log.info("Generated a development token-signing key at {} (production sets bahi.jwt.signing-jwk)",
                    file.toAbsolutePath());
            return new SigningKeys(jwk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        }
    }

    private static EcPrivateJwk parse(String json) {
        Jwk<?> jwk = Jwks.parser().build().parse(json);
        if (!(jwk instanceof EcPrivateJwk ec)) {
            throw new IllegalStateException("bahi.jwt.signing-jwk must be a private EC (P-256) JWK");
        }
        if (ec.getId() == null) {
            return Jwks.builder().ecKeyPair(new java.security.KeyPair(ec.toPublicJwk().toKey(), ec.toKey()))
                    .idFromThumbprint().build();
        }
        return ec;
    }

    /**
     * A secret for another signing purpose (shared links), derived from the token-signing key so that no second
     * secret has to be configured or kept: SHA-256 over the purpose and the private key.
     */
    public byte[] derivedSecret(String purpose) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(privateJwk.toKey().getEncoded());
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return privateJwk.getId();
    }

    java.security.PrivateKey privateKey() {
        return privateJwk.toKey();
    }

    public java.security.PublicKey publicKey() {
        return privateJwk.toPublicJwk().toKey();
    }

    /** The JWK set published at {@code /.well-known/jwks.json}: public parts only. */
    public Map<String, Object> publicJwkSet() {
        PublicJwk<?> publicJwk = privateJwk.toPublicJwk();
        return Jwks.set().add(publicJwk).build();
    }
}
