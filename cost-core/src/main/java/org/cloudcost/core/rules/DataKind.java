package org.cloudcost.core.rules;

/** The inputs a rule can need; a rule whose inputs are absent is skipped with a reason. */
public enum DataKind {
    /** The billing frame: what each resource costs. */
    BILLING,
    /** The usage frame: utilization per resource and hour. */
    USAGE,
    /** The inventory frame: type, size, state and tags per resource. */
    INVENTORY,
    /** The storage frame: object groups by class and age. */
    STORAGE
}
