package org.db3311.sgc.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@HelidonTest
@AddConfig(key = "sgc.data-dir", value = "target/test-data/display-feed-cap")
@AddConfig(key = "sgc.counties", value = "331102")
@AddConfig(key = "sgc.display.feed.max-subscribers", value = "1")
@DisplayName("Display feed: no more screens at once than configured (503, the others unaffected)")
class DisplayFeedCapApiTest {

  @Inject WebTarget target;

  @Test
  void a_screen_past_the_cap_is_refused() throws Exception {
    URI feed = URI.create(target.getUri().toString().replaceAll("/$", "") + "/display/331102/feed");
    try (EventStream first = EventStream.open(feed, Optional.empty())) {
      assertThat(first.status()).isEqualTo(200);
      Response second = target.path("/display/331102/feed").request("text/event-stream").get();
      assertThat(second.getStatus()).isEqualTo(503);
      assertThat(second.getMediaType().toString()).startsWith("application/problem+json");
      second.close();
      Response page = target.path("/display/331102/zone-map").request().get();
      assertThat(page.getStatus()).as("the pages themselves are still served").isEqualTo(200);
      page.close();
    }
  }
}
