package org.db3311.sgc.server.security;

import io.helidon.config.mp.MpConfig;
import io.helidon.microprofile.jwt.auth.JwtAuthProvider;
import io.helidon.microprofile.security.SecurityCdiExtension;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.EndpointConfig;
import io.helidon.security.OutboundSecurityResponse;
import io.helidon.security.ProviderRequest;
import io.helidon.security.SecurityEnvironment;
import io.helidon.security.SecurityResponse;
import io.helidon.security.Subject;
import io.helidon.security.providers.common.TokenCredential;
import io.helidon.security.spi.AuthenticationProvider;
import io.helidon.security.spi.OutboundSecurityProvider;
import io.helidon.security.spi.ProviderConfig;
import io.helidon.security.util.TokenHandler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Verifies each bearer token once: Helidon's MicroProfile JWT provider parses the token, checks its
 * signature and builds its validators again on every request; here it stays the verifier, and what
 * it accepted is remembered by the token's exact text until the token's {@code exp} (and no later
 * than {@code iat} plus {@code mp.jwt.verify.token.age} when that is configured). A token differing
 * in any character, expired, of another issuer or signed by another key is not the remembered text
 * and goes to the verifier, which refuses it; a remembered token is refused from its {@code exp} on
 * (the verifier's 5 s of clock skew is not granted to it again).
 *
 * <p>The cache is used only for the standard {@code Authorization: Bearer} header; a server
 * configured to read the token elsewhere ({@code mp.jwt.token.header}) verifies every request.
 * {@code sgc.security.token-cache-size} bounds it ({@value VerifiedTokens#DEFAULT_CAPACITY}
 * tokens); 0 turns it off.
 */
@ApplicationScoped
public class TokenVerificationCache {

  /** The name Helidon's MP-JWT extension registers its provider under (and then skips its own). */
  static final String PROVIDER_NAME = "mp-jwt-auth";

  /**
   * Registers the caching provider before Helidon's MP-JWT extension would register the plain one
   * (priority 5) and before security is built (priority 1000).
   */
  void register(
      @Observes @Priority(4) @Initialized(ApplicationScoped.class) Object ignored, BeanManager bm) {
    SecurityCdiExtension security = bm.getExtension(SecurityCdiExtension.class);
    if (security.securityBuilder().hasProvider(PROVIDER_NAME)) {
      return;
    }
    Config mp = ConfigProvider.getConfig();
    JwtAuthProvider verifier = JwtAuthProvider.create(MpConfig.toHelidonConfig(mp));
    int size = mp.getOptionalValue("sgc.security.token-cache-size", Integer.class).orElse(-1);
    boolean standardHeader =
        mp.getOptionalValue("mp.jwt.token.header", String.class)
            .map("Authorization"::equalsIgnoreCase)
            .orElse(true);
    if (size == 0 || !standardHeader) {
      security.securityBuilder().addProvider(verifier, PROVIDER_NAME);
      return;
    }
    Optional<Duration> maxAge =
        mp.getOptionalValue("mp.jwt.verify.token.age", Integer.class).map(Duration::ofSeconds);
    security
        .securityBuilder()
        .addProvider(
            new Provider(
                verifier,
                new VerifiedTokens<>(
                    Clock.systemUTC(), size < 0 ? VerifiedTokens.DEFAULT_CAPACITY : size),
                maxAge),
            PROVIDER_NAME);
  }

  /**
   * Helidon's MP-JWT provider with the verified tokens in front: a remembered token of an MP-JWT
   * application is authenticated as it was when verified; anything else is the verifier's.
   */
  static final class Provider implements AuthenticationProvider, OutboundSecurityProvider {

    /** Exactly how Helidon's provider reads the token by default. */
    private static final TokenHandler BEARER =
        TokenHandler.builder().tokenHeader("Authorization").tokenPrefix("bearer ").build();

    private final JwtAuthProvider verifier;
    private final VerifiedTokens<Subject> tokens;
    private final Optional<Duration> maxAge;

    Provider(JwtAuthProvider verifier, VerifiedTokens<Subject> tokens, Optional<Duration> maxAge) {
      this.verifier = verifier;
      this.tokens = tokens;
      this.maxAge = maxAge;
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest request) {
      String token = bearer(request);
      if (token != null && mpJwt(request)) {
        Subject known = tokens.get(token);
        if (known != null) {
          return AuthenticationResponse.success(known);
        }
      }
      AuthenticationResponse response = verifier.authenticate(request);
      if (token != null
          && response.status() == SecurityResponse.SecurityStatus.SUCCESS
          && response.service().isEmpty()) {
        response.user().ifPresent(user -> remember(token, user));
      }
      return response;
    }

    /** Remembers the subject only if the verifier verified this very text and it has an exp. */
    private void remember(String token, Subject user) {
      Optional<TokenCredential> credential = user.publicCredential(TokenCredential.class);
      if (credential.isEmpty() || !token.equals(credential.get().token())) {
        return;
      }
      Optional<Instant> exp = credential.get().getExpTime();
      if (exp.isEmpty()) {
        return;
      }
      Instant until = exp.get();
      if (maxAge.isPresent()) {
        Optional<Instant> iat = credential.get().getIssueTime();
        if (iat.isEmpty()) {
          return;
        }
        Instant ageLimit = iat.get().plus(maxAge.get());
        until = ageLimit.isBefore(until) ? ageLimit : until;
      }
      tokens.put(token, user, until);
    }

    private static String bearer(ProviderRequest request) {
      try {
        return BEARER.extractToken(request.env().headers()).orElse(null);
      } catch (RuntimeException e) {
        return null;
      }
    }

    /** Whether the verifier would authenticate here at all (the application says MP-JWT). */
    private static boolean mpJwt(ProviderRequest request) {
      List<LoginConfig> configs =
          request
              .endpointConfig()
              .securityLevels()
              .get(0)
              .filterAnnotations(LoginConfig.class, EndpointConfig.AnnotationScope.CLASS);
      return configs.stream().anyMatch(c -> "MP-JWT".equals(c.authMethod()));
    }

    @Override
    public Collection<Class<? extends Annotation>> supportedAnnotations() {
      return verifier.supportedAnnotations();
    }

    @Override
    public Collection<String> supportedConfigKeys() {
      return verifier.supportedConfigKeys();
    }

    @Override
    public Collection<Class<? extends ProviderConfig>> supportedCustomObjects() {
      return verifier.supportedCustomObjects();
    }

    @Override
    public Collection<String> supportedAttributes() {
      return verifier.supportedAttributes();
    }

    @Override
    public boolean isOutboundSupported(
        ProviderRequest request, SecurityEnvironment outboundEnv, EndpointConfig outboundConfig) {
      return verifier.isOutboundSupported(request, outboundEnv, outboundConfig);
    }

    @Override
    public OutboundSecurityResponse outboundSecurity(
        ProviderRequest request, SecurityEnvironment outboundEnv, EndpointConfig outboundConfig) {
      return verifier.outboundSecurity(request, outboundEnv, outboundConfig);
    }
  }
}
