package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The tiny protobuf reader, against messages from the test's own tiny encoder (ApkgFixture.proto).
 */
class ProtobufTest {
  @Test
  void readsVarintAndStringFieldsSkippingTheOthers() {
    byte[] m = ApkgFixture.proto(3, "css", 1, 1, 8, ApkgFixture.proto(1, 0), 9, -5, 2, "héllo");
    assertEquals(1, Protobuf.varint(m, 1));
    assertEquals(-5, Protobuf.varint(m, 9), "a negative int, as a ten-byte varint");
    assertEquals("héllo", Protobuf.string(m, 2));
    assertEquals("css", Protobuf.string(m, 3));
  }

  @Test
  void anAbsentFieldHasItsDefaultAndTheLastOfARepeatedOneCounts() {
    byte[] m = ApkgFixture.proto(1, "a", 1, "b", 4, 300);
    assertEquals(0, Protobuf.varint(m, 2));
    assertEquals("", Protobuf.string(m, 2));
    assertEquals("b", Protobuf.string(m, 1));
    assertEquals(300, Protobuf.varint(m, 4));
    assertEquals("", Protobuf.string(new byte[0], 1));
    assertEquals("", Protobuf.string(null, 1));
  }

  @Test
  void fixedWidthFieldsAreSkipped() {
    byte[] m = {
      0x09, 1, 2, 3, 4, 5, 6, 7, 8, 0x15, 1, 2, 3, 4, 0x18, 42
    }; // field 1 fixed64, 2 fixed32, 3 varint
    assertEquals(42, Protobuf.varint(m, 3));
  }

  @Test
  void malformedMessagesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> Protobuf.string(new byte[] {0x0A, 0x05, 'a'}, 1));
    assertThrows(
        IllegalArgumentException.class, () -> Protobuf.varint(new byte[] {0x08, (byte) 0x80}, 1));
    assertThrows(
        IllegalArgumentException.class, () -> Protobuf.varint(new byte[] {0x0B}, 1), "groups");
    byte[] endless = new byte[12];
    java.util.Arrays.fill(endless, (byte) 0xFF);
    assertThrows(IllegalArgumentException.class, () -> Protobuf.varint(endless, 1));
  }
}
