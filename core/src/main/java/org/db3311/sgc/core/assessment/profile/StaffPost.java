package org.db3311.sgc.core.assessment.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A staff post of the center (岗位, 4.2) and the people holding it.
 *
 * @param title the post's title, e.g. 综合受理窗口
 * @param kind what kind of post it is
 * @param requiredCertificate for a post with special requirements (有特殊要求的岗位), the certificate its
 *     holders must have
 * @param holders the people holding the post
 */
public record StaffPost(
    String title, PostKind kind, Optional<String> requiredCertificate, List<PostHolder> holders) {

  public StaffPost {
    Checks.text(title, "post title");
    Objects.requireNonNull(kind, "post kind");
    Objects.requireNonNull(requiredCertificate, "required certificate");
    requiredCertificate.ifPresent(c -> Checks.text(c, "required certificate"));
    holders = Checks.list(holders, "post holders");
  }

  public boolean isStaffed() {
    return !holders.isEmpty();
  }
}
