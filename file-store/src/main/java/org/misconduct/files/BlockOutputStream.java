package org.misconduct.files;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Cuts what is written into blocks of one size, the last one shorter, and hands each over as soon as it is full, so
 * no more than one block is ever held. A blob of no bytes is handed over as one empty block, so that it exists.
 */
abstract class BlockOutputStream extends OutputStream {

    private final byte[] buffer;
    private int filled;
    private int handedOver;
    private boolean closed;

    BlockOutputStream(int blockBytes) {
        this.buffer = new byte[blockBytes];
    }

    /** Takes the block of this index (from 0), in order. */
    protected abstract void block(int index, byte[] bytes);

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
            if (filled == buffer.length) {
                handOver();
            }
        }
    }

    @Override
    public void close() {
        if (!closed && (filled > 0 || handedOver == 0)) {
            handOver();
        }
        closed = true;
    }

    private void handOver() {
        block(handedOver++, Arrays.copyOf(buffer, filled));
        filled = 0;
    }
}
