package org.lodestone.store.run;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A series of doubles as bytes (little-endian IEEE 754), the column form both engines store compactly. */
public final class SeriesCodec {

    private SeriesCodec() {}

    public static byte[] encode(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }

    /** @throws IllegalArgumentException if the length is not a whole number of doubles */
    public static double[] decode(byte[] bytes) {
        if (bytes.length % Double.BYTES != 0) {
            throw new IllegalArgumentException(
                    "a series of " + bytes.length + " bytes is not a whole number of 8-byte doubles");
        }
        double[] values = new double[bytes.length / Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
        return values;
    }
}
