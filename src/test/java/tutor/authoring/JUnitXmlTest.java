package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tutor.packfile.Location;

class JUnitXmlTest {
  @Test
  void resultsBecomeWellFormedJUnitXmlWithOneCasePerExample() throws Exception {
    Location at = new Location(Path.of("ex/x.yaml"), 12, 7);
    List<ExampleResult> results =
        List.of(
            new ExampleResult("e1", true, "'a < b & \"c\"'", at, true, ""),
            new ExampleResult(
                "e1", false, "'x\u0001'", at, false, "should be rejected, but is accepted"));
    String xml = JUnitXml.of("demo", results);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    Element first = (Element) doc.getElementsByTagName("testcase").item(0);
    assertEquals("demo.e1", first.getAttribute("classname"));
    assertEquals("accept 'a < b & \"c\"'", first.getAttribute("name"));
    assertEquals("12", first.getAttribute("line"));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertEquals("should be rejected, but is accepted", failure.getAttribute("message"));
  }
}
