package org.db3311.sgc.core.mediation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A video room opened for a request, with one join link per participant. A link may carry a
 * credential (a signed token): hand each one only to its participant and do not keep it in the case
 * file.
 *
 * @param room the room; its {@link VideoRoom#joinUrl()} is the room's address without a credential
 * @param links one link per participant, in the request's order
 * @param recording whether the provider records the session, as it was asked to; {@code false} when
 *     it was not asked or cannot
 */
public record VideoInvitation(VideoRoom room, List<JoinLink> links, boolean recording) {

  public VideoInvitation {
    Objects.requireNonNull(room, "room");
    links = List.copyOf(Objects.requireNonNull(links, "links"));
    Set<String> names = new HashSet<>();
    for (JoinLink l : links) {
      if (!names.add(l.participant())) {
        throw new IllegalArgumentException(l.participant() + " has two join links");
      }
    }
  }

  /** The link of the named participant. */
  public Optional<JoinLink> link(String participant) {
    return links.stream().filter(l -> l.participant().equals(participant)).findFirst();
  }

  /**
   * One participant's way into the room.
   *
   * @param participant the participant's name
   * @param moderator whether the link lets its holder moderate the room
   * @param url the address to open
   */
  public record JoinLink(String participant, boolean moderator, String url) {
    public JoinLink {
      if (participant == null || participant.isBlank() || url == null || url.isBlank()) {
        throw new IllegalArgumentException("a join link names its participant and its address");
      }
    }
  }
}
