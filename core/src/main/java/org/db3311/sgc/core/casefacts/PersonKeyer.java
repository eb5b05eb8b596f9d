package org.db3311.sgc.core.casefacts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.db3311.sgc.core.facts.PersonKey;
import org.db3311.sgc.core.intake.Party;

/**
 * Turns a party's identity (GB 11643 ID number, GB 32100 credit code, or name and phone when no
 * number was given) into a pseudonymous {@link PersonKey}: an HMAC-SHA256 under a secret of the
 * deployment. Analysis recognises the same person across matters (repeat petitions, 6.5.1) without
 * holding the number; without the secret the key cannot be turned back or recomputed from a guessed
 * number.
 */
public final class PersonKeyer {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec secret;

  /**
   * @param secret at least 16 bytes kept by the deployment; the same secret must be used for as
   *     long as keys are compared
   */
  public PersonKeyer(byte[] secret) {
    if (secret == null || secret.length < 16) {
      throw new IllegalArgumentException("a person-key secret has at least 16 bytes");
    }
    this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** The party's key, empty when nothing identifies the party across matters. */
  public Optional<PersonKey> keyOf(Party party) {
    return party.identityKey().map(this::keyOf);
  }

  PersonKey keyOf(String identity) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      byte[] digest = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
      return PersonKey.of("pk-" + HexFormat.of().formatHex(Arrays.copyOf(digest, 16)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides " + ALGORITHM, e);
    }
  }
}
