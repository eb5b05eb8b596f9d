package org.db3311.sgc.server.feedback;

import java.util.Optional;
import org.db3311.sgc.core.evaluation.feedback.Feedback;
import org.db3311.sgc.core.evaluation.feedback.FeedbackSnapshot;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;
import org.db3311.sgc.core.evaluation.feedback.PublicStatus;
import org.db3311.sgc.server.http.PublicAccess;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The feedback views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface FeedbackViewMapper {

  FeedbackViewMapper INSTANCE = Mappers.getMapper(FeedbackViewMapper.class);

  @Mapping(target = "contact", qualifiedByName = "contact")
  FeedbackView view(FeedbackSnapshot snapshot, @Context boolean reveal);

  FeedbackView.MessageView view(Feedback.Message message);

  /** The public status: no code yet, messages with phone and identity numbers masked (9.1). */
  @Mapping(target = "ticket", source = "s.ticket")
  @Mapping(target = "code", ignore = true)
  @Mapping(target = "messages", source = "s.messages", qualifiedByName = "public")
  FeedbackView.PublicStatusView view(String county, PublicStatus s);

  @Named("public")
  default FeedbackView.MessageView shown(Feedback.Message m) {
    return new FeedbackView.MessageView(m.at().toString(), PublicAccess.text(m.text()));
  }

  @Named("contact")
  default String contact(Optional<String> contact, @Context boolean reveal) {
    return contact.map(c -> reveal ? c : FeedbackView.contact(c)).orElse(null);
  }

  default String text(FeedbackTicket ticket) {
    return ticket.value();
  }
}
