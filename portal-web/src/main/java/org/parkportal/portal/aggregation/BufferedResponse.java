package org.parkportal.portal.aggregation;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Captures one window's markup so the theme can place it; writer and stream both end up in the same text. */
public final class BufferedResponse extends HttpServletResponseWrapper {

    private final CharArrayWriter chars = new CharArrayWriter(2048);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private String contentType;
    private ServletOutputStream stream;

    public BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(chars);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public void write(int b) { bytes.write(b); }
                @Override public void write(byte[] b, int off, int len) { bytes.write(b, off, len); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { }
            };
        }
        return stream;
    }

    /** Kept for whoever reads the captured output; the real response is not touched. */
    @Override public void setContentType(String type) { this.contentType = type; }
    @Override public String getContentType() { return contentType; }
    @Override public void setContentLength(int len) { }
    @Override public void setContentLengthLong(long len) { }
    @Override public void setBufferSize(int size) { }
    @Override public void flushBuffer() { }
    @Override public void resetBuffer() { chars.reset(); bytes.reset(); }
    @Override public void reset() { resetBuffer(); }
    @Override public boolean isCommitted() { return false; }

    public String text() {
        if (writer != null) {
            writer.flush();
        }
        return chars.toString() + bytes.toString(StandardCharsets.UTF_8);
    }
}
