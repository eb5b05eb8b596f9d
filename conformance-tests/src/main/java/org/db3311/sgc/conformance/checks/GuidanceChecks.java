package org.db3311.sgc.conformance.checks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.db3311.sgc.conformance.ConformanceCheck;
import org.db3311.sgc.conformance.Probe;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Guidance of townships and villages (基层社会治理业务指导, 6.8: 承接省市县工作任务，指导乡镇（街道）、村（社）…): a task taken on
 * from the city is issued to a township and a village of the county with a deadline in working days
 * the kit counts on its own calendar (R9); the township accepts it and reports, the center returns
 * a report that falls short and verifies the one that does, and the task's progress says so.
 */
public final class GuidanceChecks {

  static final int WORKING_DAYS = 10;

  private GuidanceChecks() {}

  public static List<ConformanceCheck> all() {
    return List.of(new TaskToVerification());
  }

  /** A task issued, accepted, reported, returned, reported again and verified. */
  @Implements({"6.8", "R9"})
  static final class TaskToVerification extends HttpCheck {
    TaskToVerification() {
      super(
          "guidance-task-verified",
          "6.8 a task from above is issued to a township and a village, due in working days,"
              + " accepted, reported and verified",
          "guidance",
          List.of("6.8", "R9"),
          List.of(
              "POST /api/v1/guidance/tasks (one task to a township and a village)",
              "POST …/assignees/{township}/acceptance, …/report (twice), …/verification"
                  + " (returned, then passed)"));
    }

    @Override
    public void run(Probe p) throws Exception {
      if (!p.settings().tenant()) {
        p.skip("a task issued in a real county would reach its townships' staff: tenant only");
      }
      String county = p.settings().county();
      String township = county + "001";
      String village = township + "001";
      String body =
          Json.createObjectBuilder()
              .add("issuer", "CITY")
              .add("source", "检查用文件（" + p.settings().tag() + "）")
              .add("topic", "COMPREHENSIVE_GOVERNANCE")
              .add("title", "综合治理工作任务（检查用）")
              .add("requirements", "排查辖区矛盾纠纷并录入平台（检查用）")
              .add("due", Json.createObjectBuilder().add("workingDays", WORKING_DAYS))
              .add(
                  "assignees",
                  Json.createArrayBuilder()
                      .add(Json.createObjectBuilder().add("code", township).add("name", "检查用乡镇"))
                      .add(Json.createObjectBuilder().add("code", village).add("name", "检查用村社")))
              .build()
              .toString();
      JsonObject task =
          p.require(
              HttpSteps.create(p, "/api/v1/guidance/tasks" + HttpSteps.county(p), body),
              201,
              "/api/v1/guidance/tasks",
              "issuing a task taken on from the city");
      String id = task.getString("id", "");
      String path = "/api/v1/guidance/tasks/" + id + HttpSteps.county(p);
      p.expect(
          Fixtures.objects(task, "assignments").size() == 2,
          "the task is assigned to the township and the village");

      LocalDate issued =
          OffsetDateTime.parse(task.getString("issuedAt"))
              .atZoneSameInstant(CaseworkChecks.BEIJING)
              .toLocalDate();
      KitCalendar calendar = KitCalendar.carried();
      LocalDate expected = calendar.plusWorkingDays(issued, WORKING_DAYS);
      String due = task.getString("due", "");
      if (p.expect(due.matches("\\d{4}-\\d{2}-\\d{2}.*"), "the task names its last day")) {
        LocalDate last = LocalDate.parse(due.substring(0, 10));
        if (calendar.provisional(expected.getYear()) && !last.equals(expected)) {
          p.skip(
              "the deadline falls in "
                  + expected.getYear()
                  + ", whose arrangement this kit version knows only provisionally");
        }
        p.expect(
            last.equals(expected),
            "due "
                + last
                + ": the kit counts "
                + WORKING_DAYS
                + " working days from "
                + issued
                + " to "
                + expected);
      }

      JsonObject listed =
          p.require(
              p.get(
                  "/api/v1/guidance/tasks"
                      + HttpSteps.county(p)
                      + "&unit="
                      + township
                      + "&size=200"),
              200,
              "/api/v1/guidance/tasks",
              "the township's tasks");
      p.expect(
          HttpSteps.items(listed).stream().anyMatch(t -> id.equals(t.getString("id", ""))),
          "the township finds the task among its own");

      String a = "/assignees/" + township;
      JsonObject accepted =
          p.require(
              HttpSteps.change(p, path, a + "/acceptance", null),
              200,
              "/api/v1/guidance/tasks/{id}/assignees/{unit}/acceptance",
              "the township accepts");
      p.expect(
          "ACCEPTED".equals(state(accepted, township)),
          "the township's part is accepted (" + state(accepted, township) + ")");
      p.require(
          HttpSteps.change(p, path, a + "/report", "{\"account\":\"已排查 12 件（检查用）\"}"),
          200,
          "/api/v1/guidance/tasks/{id}/assignees/{unit}/report",
          "the township reports");
      JsonObject returned =
          p.require(
              HttpSteps.change(
                  p, path, a + "/verification", "{\"passed\":false,\"note\":\"缺少录入截图（检查用）\"}"),
              200,
              "/api/v1/guidance/tasks/{id}/assignees/{unit}/verification",
              "the center returns a report that falls short");
      p.expect(
          !"VERIFIED".equals(state(returned, township)),
          "a returned report is not verified (" + state(returned, township) + ")");
      p.require(
          HttpSteps.change(p, path, a + "/report", "{\"account\":\"补充录入截图（检查用）\"}"),
          200,
          "/api/v1/guidance/tasks/{id}/assignees/{unit}/report",
          "the township reports again");
      JsonObject verified =
          p.require(
              HttpSteps.change(p, path, a + "/verification", "{\"passed\":true}"),
              200,
              "/api/v1/guidance/tasks/{id}/assignees/{unit}/verification",
              "the center verifies");
      p.expect(
          "VERIFIED".equals(state(verified, township)),
          "the township's part is verified (" + state(verified, township) + ")");

      JsonObject progress =
          p.require(
              p.get("/api/v1/guidance/tasks/" + id + "/progress" + HttpSteps.county(p)),
              200,
              "/api/v1/guidance/tasks/{id}/progress",
              "the task's progress");
      p.expect(
          progress.getInt("verified", -1) == 1 && progress.getInt("assignees", -1) == 2,
          "its progress shows 1 of 2 assignees verified ("
              + progress.getInt("verified", -1)
              + " of "
              + progress.getInt("assignees", -1)
              + ")");
    }

    private static String state(JsonObject task, String unit) {
      return Fixtures.objects(task, "assignments").stream()
          .filter(
              x ->
                  x.containsKey("unit")
                      && unit.equals(x.getJsonObject("unit").getString("code", "")))
          .map(x -> x.getString("state", ""))
          .findFirst()
          .orElse("absent");
    }
  }
}
