package org.db3311.sgc.core.mediation;

/**
 * Someone invited to an online mediation session: a mediator (调解人员), who holds the session
 * (6.2.1.1.2: 由调解人员通过视频等方式组织开展线上调解), or a party.
 *
 * @param name the display name shown in the room
 * @param mediator whether this participant is a mediator and so moderates the room
 */
public record VideoParticipant(String name, boolean mediator) {

  public VideoParticipant {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a video participant has a name");
    }
  }

  /** A mediator, who moderates the room. */
  public static VideoParticipant mediator(String name) {
    return new VideoParticipant(name, true);
  }

  /** A party, who joins without moderating. */
  public static VideoParticipant party(String name) {
    return new VideoParticipant(name, false);
  }
}
