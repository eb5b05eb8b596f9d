package org.db3311.sgc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Vendors embed core anywhere: its POM may declare test-scope dependencies only. */
class CoreHasNoDependenciesTest {

  @Test
  @DisplayName("core/pom.xml has no non-test dependency")
  void core_pom_declares_only_test_dependencies() throws Exception {
    Path pom = ProjectClasses.root().resolve("core/pom.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(pom.toFile());
    Element project = doc.getDocumentElement();
    List<String> offenders = new ArrayList<>();
    int declared = 0;
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals("dependencies")) {
        NodeList deps = e.getElementsByTagName("dependency");
        for (int j = 0; j < deps.getLength(); j++) {
          Element d = (Element) deps.item(j);
          declared++;
          String scope = text(d, "scope");
          if (!"test".equals(scope)) {
            offenders.add(text(d, "groupId") + ":" + text(d, "artifactId") + " (" + scope + ")");
          }
        }
      }
    }
    assertThat(declared).as("dependencies read from core/pom.xml").isPositive();
    assertThat(offenders).as("non-test dependencies of core").isEmpty();
  }

  private static String text(Element e, String tag) {
    NodeList n = e.getElementsByTagName(tag);
    return n.getLength() == 0 ? "compile" : n.item(0).getTextContent().strip();
  }
}
