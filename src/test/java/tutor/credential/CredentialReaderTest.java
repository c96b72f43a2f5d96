package tutor.credential;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds a verifier keeps, tested as bounds (work done, bytes read), not as timings: those are
 * in scripts/bench.
 */
class CredentialReaderTest {
  /** An endless stream of zeros that counts what is taken from it, like /dev/zero. */
  private static final class Zeros extends InputStream {
    long taken;

    @Override
    public int read() {
      taken++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      taken += len;
      return len;
    }
  }

  @Test
  void anEndlessInputIsReadOnlyToTheLimitAndRefused() {
    Zeros zeros = new Zeros();
    CredentialReader.Unreadable e =
        assertThrows(CredentialReader.Unreadable.class, () -> CredentialReader.read(zeros));
    assertEquals("it is larger than 1 MB; a credential is a few kilobytes", e.getMessage());
    assertEquals(CredentialReader.MAX_BYTES + 1, zeros.taken);
  }

  private static String refusal(String json) {
    return assertThrows(
            CredentialReader.Unreadable.class,
            () -> CredentialReader.parse(json.getBytes(StandardCharsets.UTF_8)))
        .getMessage();
  }

  @Test
  void nestingStringsNumbersAndNamesAreBoundedWhileParsing() {
    assertTrue(
        refusal("[".repeat(33) + "]".repeat(33))
            .contains("nesting depth (33) exceeds the maximum allowed (32)"));
    assertEquals(32, depth(CredentialReader.MAX_DEPTH));
    assertTrue(refusal("{\"a\":" + "9".repeat(41) + "}").contains("Number value length"));
    assertTrue(
        refusal("{\"a\":\"" + "x".repeat(CredentialReader.MAX_STRING + 1) + "\"}")
            .contains("String value length"));
    assertTrue(
        refusal("{\"" + "n".repeat(CredentialReader.MAX_NAME + 1) + "\":1}")
            .contains("Name length"));
    assertTrue(
        refusal("[" + "[],".repeat((int) CredentialReader.MAX_TOKENS) + "1]")
            .contains("Token count"));
    assertEquals(
        "it holds more than 1000 numbers; a credential holds a few at most",
        refusal("[" + "0.5,".repeat(CredentialReader.MAX_NUMBERS) + "1]"));
  }

  private static int depth(int n) {
    try {
      CredentialReader.parse(("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.UTF_8));
      return n;
    } catch (CredentialReader.Unreadable e) {
      return -1;
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{} {}|there is more after the JSON value, at line 1, column 4",
        "{}x|there is more after the JSON value, at line 1, column 3",
        "{} // a comment|there is more after the JSON value, at line 1, column 4",
        "{\"a\":1,\"a\":2}|not valid JSON at line 1, column 11: Duplicate field 'a'"
      })
  void textAfterTheValueAndDuplicateNamesAreRefused(String json, String expected) {
    assertEquals(expected, refusal(json));
  }

  @Test
  void blankTextIsEmpty() {
    assertEquals("it is empty", refusal(" \n\t "));
    assertEquals("it is empty", refusal(""));
    assertEquals("there is more after the JSON value, at line 3, column 1", refusal("{}\n\n{}"));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirPlace() {
    byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};
    assertEquals(
        "it is not UTF-8 text (byte 7 is not)",
        assertThrows(CredentialReader.Unreadable.class, () -> CredentialReader.parse(bad))
            .getMessage());
    byte[] cut = {'"', (byte) 0xe2, (byte) 0x82};
    assertTrue(
        assertThrows(CredentialReader.Unreadable.class, () -> CredentialReader.parse(cut))
            .getMessage()
            .startsWith("it is not UTF-8 text"));
  }

  @Test
  void aByteOrderMarkIsIgnoredAndAnIssuedCredentialReadsBack() throws Exception {
    byte[] json = Standards.JSON.writeValueAsBytes(IssuedCredentials.signed());
    assertEquals(IssuedCredentials.signed(), CredentialReader.parse(json));
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertTrue(
        CredentialCheck.of(CredentialReader.parse(withBom), Instant.parse("2026-06-01T00:00:00Z"))
            .valid());
  }

  @Test
  void base58RefusesTextLongerThanTheBytesWantedBeforeDecoding() {
    assertEquals(88, Base58.maxLength(64));
    assertEquals(47, Base58.maxLength(34));
    byte[] ones = new byte[64];
    java.util.Arrays.fill(ones, (byte) 0xff);
    assertTrue(Base58.encode(ones).length() <= Base58.maxLength(64));
    assertArrayEquals(new byte[64], Base58.decode("1".repeat(64), 64), "a zero byte is one '1'");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Base58.decode("2".repeat(89), 64));
    assertEquals("it is 89 characters long; 64 bytes take at most 88", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> Base58.decode("0OIl", 64), "not in the alphabet");
  }
}
