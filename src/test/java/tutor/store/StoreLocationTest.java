package tutor.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A location is a path or a URI; {@link Stores} opens it with the adapter that takes it. */
class StoreLocationTest {
  @Test
  void aUriHasASchemeAndAPathHasNone() {
    assertEquals(
        Optional.of("postgresql"), new StoreLocation("PostgreSQL://host:5432/tutor").scheme());
    assertEquals(Optional.of("jdbc"), new StoreLocation("jdbc:postgresql://host/t").scheme());
    for (String path :
        new String[] {"tutor.db", "/tmp/x/tutor.db", "./a:b.db", "dir/a:b.db", "C:\\tutor.db"}) {
      StoreLocation where = new StoreLocation(path);
      assertTrue(where.isPath(), path);
      assertEquals(Path.of(path), where.path());
    }
    assertThrows(IllegalStateException.class, () -> new StoreLocation("postgresql://h/t").path());
    assertThrows(IllegalArgumentException.class, () -> new StoreLocation(""));
    assertEquals("tutor.db", StoreLocation.of(Path.of("tutor.db")).toString());
  }

  @Test
  void storesChooseTheAdapterByTheLocation() {
    StoreAdapter files = Stores.adapterFor(new StoreLocation("tutor.db")).orElseThrow();
    assertEquals("SQLite", files.name());
    assertEquals(files, Stores.adapter());
    assertEquals(Optional.empty(), Stores.adapterFor(new StoreLocation("postgresql://h/t")));
    StoreException e =
        assertThrows(
            StoreException.class, () -> Stores.open(new StoreLocation("postgresql://h/tutor")));
    assertEquals(
        "no store adapter for 'postgresql://h/tutor': this build has SQLite only", e.getMessage());
  }
}
