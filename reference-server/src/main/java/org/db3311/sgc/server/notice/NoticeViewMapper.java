package org.db3311.sgc.server.notice;

import java.util.Optional;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.notice.QueuedNotice;
import org.db3311.sgc.server.http.PublicAccess;
import org.db3311.sgc.server.http.ViewTypes;
import org.db3311.sgc.server.security.Masking;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The notice views from the core's queued notices (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface NoticeViewMapper {

  NoticeViewMapper INSTANCE = Mappers.getMapper(NoticeViewMapper.class);

  @Mapping(target = "reference", source = "notification.reference")
  @Mapping(target = "channel", source = "notification.channel")
  @Mapping(target = "template", source = "notification.template")
  @Mapping(target = "subject", source = "notification.subject")
  @Mapping(target = "recipient", source = "notification.recipient.name")
  @Mapping(target = "phone", source = "notification.recipient.phone", qualifiedByName = "masked")
  @Mapping(target = "unit", source = "notification.recipient.unit")
  @Mapping(target = "lastFailure", source = "lastFailure", qualifiedByName = "public")
  NoticeView view(QueuedNotice q);

  default String key(Optional<Notification.Template> template) {
    return template.map(Notification.Template::key).orElse(null);
  }

  @Named("masked")
  default String masked(Optional<PhoneNumber> phone) {
    return phone.map(p -> Masking.phone(p.value())).orElse(null);
  }

  /** A gateway's reason may echo the number it could not reach. */
  @Named("public")
  default String shown(Optional<String> failure) {
    return failure.map(PublicAccess::text).orElse(null);
  }
}
