package org.db3311.sgc.server.security;

import io.helidon.security.jwt.Jwt;
import io.helidon.security.jwt.SignedJwt;
import io.helidon.security.jwt.jwk.Jwk;
import io.helidon.security.jwt.jwk.JwkEC;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in token issuer of the embedded default: a key pair made at start-up (tokens do not
 * outlive the process) and the seeded demo users below, so that a newcomer can call the API at
 * once. It refuses to exist under the production profile, where tokens come from the county's own
 * identity provider and only its public key is configured.
 */
public final class DemoIssuer {

  /** The {@code iss} of every demo token; the server accepts no other issuer in embedded mode. */
  public static final String ISSUER = "urn:db3311:demo-issuer";

  static final Duration LIFETIME = Duration.ofHours(8);

  /**
   * A seeded demo user. The password of every demo user is {@link #DEMO_PASSWORD}: they exist to be
   * tried, never to protect anything.
   */
  public record DemoUser(String username, String name, String division, List<String> roles) {}

  public static final String DEMO_PASSWORD = "demo";

  /** The demo inspector: province-wide, or the inspection tenant's when that is on. */
  public static final String INSPECTOR = "inspector";

  /** The documented demo users (README, "Demo users"). */
  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("clerk.liandu", "莲都窗口受理员", "331102", List.of(Roles.CLERK)),
          new DemoUser("mediator.liandu", "莲都调解员", "331102", List.of(Roles.MEDIATOR)),
          new DemoUser("handler.liandu", "莲都部门经办人", "331102", List.of(Roles.HANDLER)),
          new DemoUser("supervisor.liandu", "莲都督办员", "331102", List.of(Roles.SUPERVISOR)),
          new DemoUser("leader.liandu", "莲都中心负责人", "331102", List.of(Roles.LEADER)),
          new DemoUser("clerk.zijin", "紫金街道窗口受理员", "331102001", List.of(Roles.CLERK)),
          new DemoUser("clerk.qingtian", "青田窗口受理员", "331121", List.of(Roles.CLERK)),
          new DemoUser("supervisor.qingtian", "青田督办员", "331121", List.of(Roles.SUPERVISOR)),
          new DemoUser("analyst.lishui", "丽水市分析员", "331100", List.of(Roles.ANALYST)),
          new DemoUser("archivist.liandu", "莲都档案员", "331102", List.of(Roles.ARCHIVIST)),
          new DemoUser("kiosk.liandu", "莲都取号机", "331102", List.of(Roles.KIOSK)),
          new DemoUser(INSPECTOR, "检查员", "330000", List.of(Roles.INSPECTOR)),
          new DemoUser("admin", "系统管理员", "331100", List.of(Roles.ADMIN)));

  private static final Map<String, DemoUser> BY_NAME =
      USERS.stream().collect(Collectors.toMap(DemoUser::username, Function.identity()));

  private static volatile DemoIssuer instance;

  private final KeyPair keys;
  private final Jwk jwk;
  private final String keyId;

  /**
   * The tokens' signature: ES256 (ECDSA on P-256, about 128-bit strength, above RSA-2048's 112).
   * Making an RSA-2048 pair at start-up took 0.3–0.8 s of CPU on the 2-core machine, and the JIT
   * about as much again compiling BigInteger for it (JFR, README "Benchmarks"); a P-256 pair is a
   * few milliseconds.
   */
  static final String ALGORITHM = JwkEC.ALG_ES256;

  private DemoIssuer() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      this.keys = g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make P-256 keys", e);
    }
    this.keyId = "demo-" + UUID.randomUUID();
    this.jwk =
        JwkEC.builder()
            .publicKey((ECPublicKey) keys.getPublic())
            .privateKey((ECPrivateKey) keys.getPrivate())
            .keyId(keyId)
            .algorithm(ALGORITHM)
            .usage(Jwk.USE_SIGNATURE)
            .build();
  }

  /** Whether the configuration allows the demo issuer: never under the production profile. */
  public static boolean allowed() {
    String profile =
        Optional.ofNullable(System.getProperty("sgc.profile"))
            .or(() -> Optional.ofNullable(System.getenv("SGC_PROFILE")))
            .orElse("embedded");
    return !profile.strip().equals("production");
  }

  /**
   * The issuer of this process.
   *
   * @throws IllegalStateException under the production profile
   */
  public static DemoIssuer instance() {
    if (!allowed()) {
      throw new IllegalStateException(
          "the demo token issuer does not run under the production profile: configure"
              + " mp.jwt.verify.publickey.location with the county identity provider's key");
    }
    DemoIssuer i = instance;
    if (i == null) {
      synchronized (DemoIssuer.class) {
        i = instance;
        if (i == null) {
          i = new DemoIssuer();
          instance = i;
        }
      }
    }
    return i;
  }

  /**
   * Makes the issuer (its key pair, with the JDK's elliptic-curve classes loaded for it) on a
   * thread of its own, when the configuration allows it: start-up then asks for the key only after
   * CDI has booted on the main thread, and finds it made.
   */
  public static void prepareInBackground() {
    if (!allowed()) {
      return;
    }
    Thread t = new Thread(DemoIssuer::instance, "sgc-demo-issuer-key");
    t.setDaemon(true);
    t.start();
  }

  /** The public key as a PEM document, for {@code mp.jwt.verify.publickey}. */
  public String publicKeyPem() {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(keys.getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  /** The demo user with this name and password. */
  public Optional<DemoUser> authenticate(String username, String password) {
    DemoUser u = username == null ? null : BY_NAME.get(username);
    if (u == null || password == null || !constantTimeEquals(password, DEMO_PASSWORD)) {
      return Optional.empty();
    }
    return Optional.of(u);
  }

  /** A signed token for {@code user}, valid for {@link #LIFETIME} from {@code now}. */
  public String issue(DemoUser user, Instant now) {
    return issue(user.username(), user.name(), user.division(), user.roles(), now);
  }

  /** A signed token for anyone (tests make their own staff with it). */
  public String issue(
      String username, String name, String division, List<String> roles, Instant now) {
    Jwt.Builder b =
        Jwt.builder()
            .jwtId(UUID.randomUUID().toString())
            .issuer(ISSUER)
            .subject(username)
            .userPrincipal(username)
            .addPayloadClaim("name", name)
            .addPayloadClaim("division", division)
            .issueTime(now)
            .notBefore(now.minusSeconds(5))
            .expirationTime(now.plus(LIFETIME))
            .keyId(keyId)
            .algorithm(ALGORITHM);
    roles.forEach(b::addUserGroup);
    return SignedJwt.sign(b.build(), jwk).tokenContent();
  }

  /**
   * Signs any claims with this issuer's key, as {@link #issue} does: tests make with it the tokens
   * the server must refuse (another issuer, no expiry) although their signature is good.
   */
  String sign(Jwt.Builder claims) {
    return SignedJwt.sign(claims.keyId(keyId).algorithm(ALGORITHM).build(), jwk).tokenContent();
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
