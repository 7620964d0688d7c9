package org.cloudcost.aws.cloudwatch;

import java.util.Objects;

/**
 * One resource whose utilization CloudWatch is asked for: its kind, the id the usage rows carry
 * (the inventory's {@code ResourceId}, so usage joins inventory and bill) and the value of the
 * CloudWatch dimension that names it (an instance id, a DB instance identifier, a volume id).
 *
 * <pre>{@code
 * MetricTarget.instance("i-0abc12345def67890");
 * new MetricTarget(MetricTarget.Kind.DATABASE, "arn:aws:rds:us-east-1:111122223333:db:shop", "shop");
 * }</pre>
 *
 * @param resourceId written in the usage file's ResourceId column
 * @param dimensionValue the value of {@link Kind#dimension()}
 */
public record MetricTarget(Kind kind, String resourceId, String dimensionValue) {
    /** What is measured, and the CloudWatch dimension that names it. */
    public enum Kind {
        /** An EC2 instance: namespace AWS/EC2, dimension InstanceId. */
        INSTANCE("InstanceId"),
        /** An RDS DB instance: AWS/RDS, DBInstanceIdentifier. */
        DATABASE("DBInstanceIdentifier"),
        /** An EBS volume: AWS/EBS, VolumeId. */
        VOLUME("VolumeId");

        private final String dimension;

        Kind(String dimension) {
            this.dimension = dimension;
        }

        /** The CloudWatch dimension name. */
        public String dimension() {
            return dimension;
        }
    }

    public MetricTarget {
        Objects.requireNonNull(kind, "kind");
        if (resourceId == null || resourceId.isBlank() || dimensionValue == null || dimensionValue.isBlank()) {
            throw new IllegalArgumentException("a metric target needs a resource id and a dimension value");
        }
    }

    /** An EC2 instance, whose id is both. */
    public static MetricTarget instance(String instanceId) {
        return new MetricTarget(Kind.INSTANCE, instanceId, instanceId);
    }

    /** An EBS volume, whose id is both. */
    public static MetricTarget volume(String volumeId) {
        return new MetricTarget(Kind.VOLUME, volumeId, volumeId);
    }
}
