package io.sousei.store.read;

import java.sql.Connection;
import java.sql.SQLException;

/** Hands out a connection per use; DuckDB connections are cheap duplicates of the database's first one. */
@FunctionalInterface
public interface Connections {

    Connection open() throws SQLException;
}
