package dev.bahi.identity.application.port.in;

/** Logging in, refreshing and logging out. */
public interface AuthenticationUseCase {
    /** What a login form sends; {@code tenantId} only matters when the login exists in several shops. */
    record LoginInput(String login, String password, String tenantId) {
    }

    /** Tokens handed to a client after any successful authentication. */
    record Tokens(String tenantId, String userId, String accessToken, String refreshToken, long expiresIn) {
    }

    Tokens login(LoginInput input);

    Tokens refresh(String refreshToken);

    /** Ends the current access token and, when given, the refresh token's whole family. */
    void logout(String refreshToken);
}
