package org.cheguan.licensing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a {@code COPY … FROM STDIN} (PostgreSQL's text format) while they are being formatted, so that the
 * database inserts the first rows while the application formats the next: on two cores the formatting of an
 * allocation run's 88,505 bookings then costs next to nothing of the run's time (docs/benchmarks.md, exam seat
 * allocation). Values are written as ASCII: UUIDs, enum names, ISO instants and encoded decisions, none of which needs
 * escaping in the text format. Not thread-safe; one per statement.
 */
final class CopyRows implements AutoCloseable {

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	/** PostgreSQL reads COPY data in 64 KiB pieces; a piece of the same size keeps both sides busy. */
	private static final int CHUNK = 64 * 1024;

	private final CopyIn copy;

	private final byte[] buffer = new byte[CHUNK + 1024];

	private int length;

	private long rows;

	private boolean ended;

	/**
	 * Starts the statement on the connection.
	 *
	 * @param connection the transaction's connection (a pgjdbc connection, possibly pooled)
	 * @param sql a {@code COPY … FROM STDIN} statement in the text format
	 * @throws SQLException when the server refuses the statement
	 */
	CopyRows(Connection connection, String sql) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
	}

	/** Appends a UUID in its canonical 36-character form. */
	CopyRows uuid(UUID value) throws SQLException {
		if (length + 36 > buffer.length) {
			flush();
		}
		length = format(value, buffer, length);
		return this;
	}

	/** Appends ASCII text that needs no escaping (no tab, newline or backslash). */
	CopyRows ascii(String value) throws SQLException {
		for (int i = 0; i < value.length(); i++) {
			buffer[length++] = (byte) value.charAt(i);
			if (length == buffer.length) {
				flush();
			}
		}
		return this;
	}

	/** Ends a column. */
	CopyRows tab() throws SQLException {
		if (length == buffer.length) {
			flush();
		}
		buffer[length++] = '\t';
		return this;
	}

	/** Ends a row; sends a piece once enough rows are formatted. */
	void endRow() throws SQLException {
		if (length == buffer.length) {
			flush();
		}
		buffer[length++] = '\n';
		rows++;
		if (length >= CHUNK) {
			flush();
		}
	}

	/**
	 * Sends what is left and ends the statement.
	 *
	 * @return the number of rows the server wrote
	 * @throws SQLException when the server refuses a row (a constraint, a bad value)
	 */
	long end() throws SQLException {
		flush();
		ended = true;
		long written = copy.endCopy();
		if (written != rows) {
			throw new SQLException("COPY wrote " + written + " of " + rows + " rows");
		}
		return written;
	}

	/** Cancels a statement that was not ended, so that the connection can be used (and rolled back). */
	@Override
	public void close() throws SQLException {
		if (!ended && copy.isActive()) {
			copy.cancelCopy();
		}
	}

	/**
	 * Writes a UUID's canonical form, as {@link UUID#toString()} gives it, as ASCII bytes.
	 *
	 * @param value the UUID
	 * @param into the buffer, with at least 36 bytes free at {@code at}
	 * @param at where to start
	 * @return the position after the 36 bytes written
	 */
	static int format(UUID value, byte[] into, int at) {
		long most = value.getMostSignificantBits();
		long least = value.getLeastSignificantBits();
		hex(most >>> 32, 8, into, at);
		into[at + 8] = '-';
		hex(most >>> 16, 4, into, at + 9);
		into[at + 13] = '-';
		hex(most, 4, into, at + 14);
		into[at + 18] = '-';
		hex(least >>> 48, 4, into, at + 19);
		into[at + 23] = '-';
		hex(least, 12, into, at + 24);
		return at + 36;
	}

	private static void hex(long value, int digits, byte[] into, int at) {
		for (int i = digits - 1; i >= 0; i--) {
			into[at + i] = HEX[(int) (value & 0xF)];
			value >>>= 4;
		}
	}

	private void flush() throws SQLException {
		if (length > 0) {
			copy.writeToCopy(buffer, 0, length);
			length = 0;
		}
	}

}
