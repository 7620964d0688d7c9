package org.cloudcost.aliyun.oss;

/**
 * Bytes and objects of one storage class.
 *
 * <pre>{@code
 * ClassTotal t = new ClassTotal(4096, 2).plus(new ClassTotal(1024, 1));   // 5120 bytes, 3 objects
 * }</pre>
 */
public record ClassTotal(long bytes, long objects) {
    public static final ClassTotal ZERO = new ClassTotal(0, 0);

    public ClassTotal plus(ClassTotal other) {
        return new ClassTotal(Math.addExact(bytes, other.bytes), Math.addExact(objects, other.objects));
    }

    /** This minus {@code other}, each figure at least zero. */
    public ClassTotal minusAtLeastZero(ClassTotal other) {
        return new ClassTotal(Math.max(0, bytes - other.bytes), Math.max(0, objects - other.objects));
    }

    /** Whether {@code other} exceeds this in bytes or objects. */
    public boolean lessThan(ClassTotal other) {
        return other.bytes > bytes || other.objects > objects;
    }

    public boolean isZero() {
        return bytes == 0 && objects == 0;
    }
}
