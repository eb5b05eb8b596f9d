package org.db3311.sgc.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.db3311.sgc.server.problem.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Seek cursors: 'after' reads back what a page handed out, never with 'page'")
class CursorsTest {

  @Test
  void a_cursor_alone_reads_back_its_parts() {
    Requests.Errors errors = new Requests.Errors();
    String cursor = Cursors.encode("2026-12-04", "331102-20261204-0001");
    assertThat(Cursors.after(cursor, null, 2, errors))
        .contains(List.of("2026-12-04", "331102-20261204-0001"));
    assertThat(errors.any()).isFalse();
  }

  @Test
  void neither_cursor_nor_page_is_the_first_page_without_error() {
    Requests.Errors errors = new Requests.Errors();
    assertThat(Cursors.after(null, null, 2, errors)).isEmpty();
    assertThat(Cursors.after(null, "3", 2, errors)).isEmpty();
    assertThat(errors.any()).isFalse();
  }

  @Test
  void a_cursor_with_a_page_number_is_a_field_error_of_after() {
    Requests.Errors errors = new Requests.Errors();
    Cursors.after(Cursors.encode("a", "b"), "1", 2, errors);
    assertThat(errors.list())
        .extracting(Problem.FieldError::path, Problem.FieldError::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "after", "either 'after' (the page after a cursor) or 'page', not both"));
  }

  @Test
  void a_cursor_of_another_shape_is_refused_once_under_after() {
    Requests.Errors errors = new Requests.Errors();
    assertThat(Cursors.after(Cursors.encode("a", "b", "c"), null, 2, errors)).isEmpty();
    assertThat(Cursors.after("%%", null, 2, errors)).isEmpty();
    assertThat(errors.list())
        .extracting(Problem.FieldError::path)
        .containsExactly("after", "after");
  }
}
