package org.attest.core.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.attest.core.text.StorableText;

/**
 * Strict UTF-8 decoding of a text file: a byte order mark is dropped, and a NUL byte (the sign of a binary or
 * UTF-16 file), a malformed sequence or a character a corpus file cannot hold (see {@link StorableText}) is
 * refused with its position rather than replaced or dropped, which would silently corrupt the text annotators
 * quote.
 */
final class Utf8Text {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** The first byte that is not text: its offset in the file, its 1-based line, and what it is. */
	static final class BadByteException extends Exception {
		private static final long serialVersionUID = 1L;
		static final int MALFORMED = -1;
		final int offset;
		final int line;
		/** The code point there: NUL, one a corpus file cannot hold, or {@link #MALFORMED}. */
		final int character;

		BadByteException(byte[] bytes, int offset, int character) {
			this.offset = offset;
			this.line = lineAt(bytes, offset);
			this.character = character;
		}
	}

	private Utf8Text() {
	}

	static String decode(byte[] bytes) throws BadByteException {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new BadByteException(bytes, i, 0);
			}
		}
		int start = hasBom(bytes) ? BOM.length : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length - start);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new BadByteException(bytes, in.position(), BadByteException.MALFORMED);
		}
		decoder.flush(out);
		String text = out.flip().toString();
		int unstorable = StorableText.firstUnstorable(text);
		if (unstorable >= 0) {
			int offset = start + text.substring(0, unstorable).getBytes(StandardCharsets.UTF_8).length;
			throw new BadByteException(bytes, offset, text.codePointAt(unstorable));
		}
		return text;
	}

	private static boolean hasBom(byte[] bytes) {
		return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
				line++;
			}
		}
		return line;
	}
}
