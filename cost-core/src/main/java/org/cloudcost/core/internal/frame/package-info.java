/** Read-only, copy-free access to the frames' tables for cost-core's own readers and rules; not API. */
package org.cloudcost.core.internal.frame;
