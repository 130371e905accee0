package org.attest.core.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 file, read as a stream: a line ends at LF (a CR before it is dropped, a byte order mark
 * at the start of the file too), and only one line is in memory at a time. A line longer than the limit is
 * skipped without being kept, and a line that is not valid UTF-8 is reported rather than decoded with
 * replacement characters; either way the next line reads normally, so one bad line costs only itself.
 */
final class Utf8Lines implements Closeable {

	/** One line: its text, or why it has none. */
	sealed interface Line {
		/** The 1-based line number. */
		int number();
	}

	record Text(int number, String text) implements Line {
	}

	/** A line of {@code bytes} bytes, over the limit. */
	record TooLong(int number, long bytes) implements Line {
	}

	/** A line whose byte at {@code offset} (0-based, in the line) starts no valid UTF-8 sequence. */
	record NotUtf8(int number, int offset) implements Line {
	}

	private static final int CHUNK = 64 * 1024;

	private final InputStream in;
	private final int maxBytes;
	private final byte[] chunk = new byte[CHUNK];
	private int chunkStart;
	private int chunkEnd;
	private byte[] line = new byte[256];
	private int number;
	private boolean ended;

	/** Lines of at most {@code maxBytes} bytes (without the line end) are read; longer ones are skipped. */
	Utf8Lines(InputStream in, int maxBytes) {
		this.in = in;
		this.maxBytes = maxBytes;
	}

	/** The next line, or {@code null} after the last one. */
	Line next() throws IOException {
		if (ended) {
			return null;
		}
		int length = 0;
		long bytes = 0;
		boolean foundEnd = false;
		while (!foundEnd) {
			if (chunkStart == chunkEnd && !fill()) {
				ended = true;
				if (bytes == 0) {
					return null;
				}
				break;
			}
			int end = chunkStart;
			while (end < chunkEnd && chunk[end] != '\n') {
				end++;
			}
			int count = end - chunkStart;
			if (bytes + count <= maxBytes + 1L) {
				// one byte more than the limit may be a CR that ends the line
				line = ensure(line, length + count, maxBytes + 1);
				System.arraycopy(chunk, chunkStart, line, length, count);
				length += count;
			}
			bytes += count;
			foundEnd = end < chunkEnd;
			chunkStart = foundEnd ? end + 1 : end;
		}
		number++;
		if (bytes > 0 && bytes == length && line[length - 1] == '\r') {
			length--;
			bytes--;
		}
		if (bytes > maxBytes) {
			return new TooLong(number, bytes);
		}
		int start = number == 1 && startsWithBom(line, length) ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(line, start, length - start);
		try {
			return new Text(number, decoder.decode(input).toString());
		} catch (CharacterCodingException e) {
			// the decoder stops at the first byte of the bad sequence
			return new NotUtf8(number, input.position());
		}
	}

	private boolean fill() throws IOException {
		int read = in.read(chunk);
		chunkStart = 0;
		chunkEnd = Math.max(read, 0);
		return read > 0;
	}

	private static byte[] ensure(byte[] buffer, int size, int max) {
		return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, (int) Math.min(max, buffer.length * 2L)));
	}

	private static boolean startsWithBom(byte[] bytes, int length) {
		return length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
